// The map in a real browser against the real server with the sample articles (the seed): markers,
// layers, popups, time, the URL, the keyboard, downloads, a phone, the README's screenshot, and
// adding an article. What the map must show is read from the server's own API, never assumed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  launch, open, ready, settled, stats, drawn, markerInk, seed, collection, api, utf8Slice, lastDay,
  formatNumber, shownByDefault, BASE, TOKEN, EVENT_LAYERS,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** legendCounts reads the count next to each layer in the legend. */
const legendCounts = (page) => page.evaluate(() => Object.fromEntries(
  [...document.querySelectorAll('#legend input[data-layer]')].map((cb) => [cb.dataset.layer, cb.closest('li').querySelector('.lg-count').textContent])));

test('the seed features appear: every layer\'s markers, the legend\'s counts and the list', async () => {
  const data = await seed();
  assert.ok(data.events >= 10, `the seed has events: ${data.events}`);
  const layersWithData = EVENT_LAYERS.filter((l) => data[l].numberMatched > 0);
  assert.ok(layersWithData.length >= 4, `the seed fills several layers: ${layersWithData.join()}`);

  const page = await open(browser);
  await settled(page);
  // the legend counts what the API has, layer by layer (the places layer too, though it is off),
  // and what of it the map shows: all but the background events, hidden by default
  const counts = await legendCounts(page);
  const shownOf = (l) => data[l].features.filter(shownByDefault).length;
  for (const l of [...EVENT_LAYERS, 'places']) {
    const t = data[l].numberMatched, n = l === 'places' ? t : shownOf(l);
    assert.equal(counts[l], n === t ? formatNumber(t) : `${formatNumber(n)} / ${formatNumber(t)}`, `legend count of ${l}`);
  }
  const nShown = EVENT_LAYERS.reduce((n, l) => n + shownOf(l), 0);
  assert.equal(await page.locator('#status').textContent(),
    nShown === data.events ? `${formatNumber(data.events)} events` : `${formatNumber(nShown)} of ${formatNumber(data.events)} events`);
  // every event the API has is on the map, in its layer
  const s = await stats(page);
  assert.equal(s.visible, nShown);
  for (const l of EVENT_LAYERS) assert.equal(s.byLayer[l] || 0, shownOf(l), `markers of ${l}`);
  const apiIds = EVENT_LAYERS.flatMap((l) => data[l].features.filter(shownByDefault).map((f) => f.id)).sort();
  assert.deepEqual((await page.evaluate(() => window.conflictmap.ids())).sort(), apiIds);

  // what is drawn: markers of several layers on the canvas (ink at each), the rest in clusters
  const d = await drawn(page);
  const alone = Object.entries(d).filter(([, v]) => v.how === 'marker');
  const shown = new Set(Object.values(d).filter((v) => v.how !== 'none').map((v) => v.layer));
  assert.ok(alone.length >= 3, `markers drawn on their own: ${JSON.stringify(d)}`);
  assert.ok(shown.size >= 4, `layers drawn: ${[...shown].join()}`);
  for (const [id] of alone) assert.ok(await markerInk(page, id), `marker ${id} has ink on the canvas`);
  if (Object.values(d).some((v) => v.how === 'cluster')) {
    assert.ok(await page.locator('.cl-wrap').count() > 0, 'cluster icons');
  }

  // the list holds the events in view, newest first, each with its layer
  const inView = await page.evaluate(() => {
    const cm = window.conflictmap, b = cm.map.getBounds();
    return cm.ids().filter((id) => b.contains(cm.marker(id).getLatLng())).length;
  });
  assert.ok(inView > 0);
  await page.waitForFunction((n) => document.querySelectorAll('#list .item').length === n, inView);
  assert.equal(await page.locator('#list-count').textContent(), String(inView));
  for (const item of await page.locator('#list .item').all()) {
    assert.ok(EVENT_LAYERS.includes(await item.getAttribute('data-layer')));
  }
  assert.deepEqual(page.errors, []);
});

test('turning a layer off hides its markers, and on shows them again', async () => {
  const data = await seed();
  const layer = EVENT_LAYERS.reduce((a, b) => (data[b].numberMatched > data[a].numberMatched ? b : a));
  const page = await open(browser);
  const before = await stats(page);
  const ids = data[layer].features.filter(shownByDefault).map((f) => f.id);
  assert.equal(before.byLayer[layer], ids.length);

  await page.locator(`label[for="lg-${layer}"]`).click();
  await page.waitForFunction((l) => !window.conflictmap.stats().byLayer[l], layer);
  const after = await stats(page);
  assert.equal(after.visible, before.visible - before.byLayer[layer]);
  for (const l of EVENT_LAYERS) if (l !== layer) assert.equal(after.byLayer[l] || 0, before.byLayer[l] || 0, `${l} stays`);
  // its markers are off the map and out of the clusters; the list and the URL follow
  const left = await page.evaluate((ids) => ids.filter((id) => {
    const m = window.conflictmap.marker(id);
    return m._map || window.conflictmap.cluster.hasLayer(m);
  }), ids);
  assert.deepEqual(left, []);
  await page.waitForFunction((l) => document.querySelectorAll(`#list .item[data-layer="${l}"]`).length === 0 &&
    document.querySelectorAll('#list .item').length > 0, layer);
  await page.waitForFunction((l) => {
    const ls = new URLSearchParams(location.hash.slice(1)).get('layers');
    return ls !== null && !ls.split(',').includes(l);
  }, layer);
  assert.equal(await page.locator(`#lg-${layer}`).isChecked(), false);

  await page.locator(`#lg-${layer}`).check();
  await page.waitForFunction((n) => window.conflictmap.stats().visible === n, before.visible);
  assert.equal((await stats(page)).byLayer[layer], before.byLayer[layer]);
  assert.deepEqual(page.errors, []);
});

test('a popup shows the source sentence with the place highlighted', async () => {
  const { features } = await collection('incidents');
  assert.ok(features.length > 0, 'the seed has an incident');
  const f = features.find((x) => x.properties.sources?.[0]?.place_end > 0) || features[0];
  const p = f.properties, src = p.sources[0];
  const marked = Number.isInteger(src.place_start) && src.place_end > src.place_start
    ? utf8Slice(src.quote, src.place_start, src.place_end) : p.place;

  const page = await open(browser);
  // a click on its list item, or where the list does not show it, the map's own select
  const item = page.locator(`#list .item[data-id="${f.id}"]`);
  if (await item.count()) await item.click();
  else await page.evaluate((id) => window.conflictmap.select(id), f.id);
  const popup = page.locator('.leaflet-popup');
  await popup.waitFor();
  assert.equal(await popup.locator('.pop-title').textContent(), p.title);
  const quote = popup.locator('blockquote.quote').first();
  assert.equal(await quote.textContent(), src.quote);
  assert.equal(await quote.locator('mark').count(), 1);
  assert.equal(await quote.locator('mark').textContent(), marked, 'the place is highlighted');
  assert.match(await popup.locator('.facts').textContent(), new RegExp(p.place));
  await page.waitForFunction((id) => location.hash.includes(`sel=${id}`), f.id);

  // Escape closes it; a click on the marker itself (now drawn on its own) opens it again
  await page.keyboard.press('Escape');
  await popup.waitFor({ state: 'detached' });
  await settled(page);
  assert.ok(await markerInk(page, f.id), 'the marker is drawn');
  const pt = await page.evaluate((id) => window.conflictmap.markerPoint(id), f.id);
  const box = await page.locator('#map').boundingBox();
  await page.mouse.click(box.x + pt.x, box.y + pt.y);
  await popup.waitFor();
  assert.equal(await popup.locator('.pop-title').textContent(), p.title);
  assert.deepEqual(page.errors, []);
});

test('the popup escapes what the server sends', async () => {
  const page = await open(browser);
  const ids = await page.evaluate(() => window.conflictmap.ids());
  await page.evaluate((id) => {
    const m = window.conflictmap.marker(id);
    m.feature.properties.title = '<img src=x onerror="window.pwned=1">';
    m.feature.properties.sources[0].quote = '<b>bold</b> <script>window.pwned=1</script>';
    window.conflictmap.select(id);
  }, ids[0]);
  await page.locator('.leaflet-popup .pop-title').waitFor();
  assert.equal(await page.locator('.leaflet-popup .pop-title').textContent(), '<img src=x onerror="window.pwned=1">');
  assert.equal(await page.locator('.leaflet-popup img, .leaflet-popup b, .leaflet-popup script').count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
});

test('the time slider filters the events', async () => {
  const data = await seed();
  const events = EVENT_LAYERS.flatMap((l) => data[l].features).filter(shownByDefault);
  const page = await open(browser);
  const before = await stats(page);
  assert.equal(before.visible, events.length);
  const [min, max] = await page.evaluate(() => [+document.getElementById('range-from').min, +document.getElementById('range-from').max]);
  const dayOf = (n) => new Date(n * 86400000).toISOString().slice(0, 10);
  const earliestEnd = events.map((f) => lastDay(f.properties)).filter(Boolean).sort()[0];
  assert.ok(earliestEnd, 'the seed has dated events');

  // drag the start thumb with the mouse to a third of the way: past the earliest event
  const box = await page.locator('#range-from').boundingBox();
  const x0 = box.x + 9, y = box.y + box.height / 2;
  const x1 = x0 + (box.width - 18) * 0.35;
  await page.mouse.move(x0, y);
  await page.mouse.down();
  await page.mouse.move(x1, y, { steps: 8 });
  await page.mouse.up();
  const from = await page.evaluate(() => +document.getElementById('range-from').value);
  assert.ok(from > min && from < max, `the start thumb moved: ${from} in ${min}..${max}`);
  assert.ok(dayOf(from) > earliestEnd, `${dayOf(from)} is past the earliest event (${earliestEnd})`);

  // the map keeps the undated events and those that end on or after the start day
  const want = events.filter((f) => { const e = lastDay(f.properties); return !e || e >= dayOf(from); });
  assert.ok(want.length < events.length);
  await page.waitForFunction((n) => window.conflictmap.stats().visible === n, want.length);
  assert.deepEqual((await page.evaluate(() => window.conflictmap.ids())).sort(), want.map((f) => f.id).sort());
  assert.equal(await page.locator('#date-from').inputValue(), dayOf(from), 'the typed date follows the thumb');
  await page.waitForFunction((d) => location.hash.includes(`from=${d}`), dayOf(from));

  // without the undated ones, fewer still
  const dated = want.filter((f) => lastDay(f.properties));
  await page.locator('#undated').uncheck();
  await page.waitForFunction((n) => window.conflictmap.stats().visible === n, dated.length);
  await page.waitForFunction(() => location.hash.includes('undated=0'));

  // "All" and the undated box bring everything back
  await page.locator('#time-reset').click();
  await page.locator('#undated').check();
  await page.waitForFunction((n) => window.conflictmap.stats().visible === n, before.visible);
  assert.deepEqual(page.errors, []);
});

test('the URL keeps layers, dates, search and view across a reload', async () => {
  const data = await seed();
  const page = await open(browser);
  const layer = EVENT_LAYERS.find((l) => data[l].numberMatched > 0);
  await page.locator(`label[for="lg-${layer}"]`).click();
  await page.evaluate(() => {
    const r = document.getElementById('range-from');
    r.value = String(Math.round(+r.min + (+r.max - +r.min) * 0.6));
    r.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.locator('#search').fill('Azerbaijan');
  await page.evaluate(() => { window.conflictmap.map.setView([40.1, 46.9], 8, { animate: false }); });
  await page.waitForFunction(() => /layers=.*&from=\d{4}-\d\d-\d\d&to=.*&q=Azerbaijan/.test(location.hash) && location.hash.startsWith('#map=8/'));
  const want = await page.evaluate(() => ({
    hash: location.hash,
    checked: [...document.querySelectorAll('#legend input[data-layer]')].map((c) => c.checked),
    from: document.getElementById('date-from').value,
    to: document.getElementById('date-to').value,
    q: document.getElementById('search').value,
    ids: window.conflictmap.ids().sort(),
    zoom: window.conflictmap.map.getZoom(),
  }));
  assert.ok(want.ids.length > 0 && want.ids.length < data.events, `filtered: ${want.ids.length}`);

  await page.reload();
  await ready(page);
  const got = await page.evaluate(() => ({
    checked: [...document.querySelectorAll('#legend input[data-layer]')].map((c) => c.checked),
    from: document.getElementById('date-from').value,
    to: document.getElementById('date-to').value,
    q: document.getElementById('search').value,
    ids: window.conflictmap.ids().sort(),
    zoom: window.conflictmap.map.getZoom(),
    center: window.conflictmap.map.getCenter(),
  }));
  const { hash, ...wantState } = want;
  const { center, ...gotState } = got;
  assert.deepEqual(gotState, wantState);
  assert.ok(Math.abs(center.lat - 40.1) < 0.01 && Math.abs(center.lng - 46.9) < 0.01, JSON.stringify(center));
  await page.waitForFunction((h) => location.hash === h, hash);
  assert.deepEqual(page.errors, []);
});

test('a shared link restores the view, layers, dates and search', async () => {
  const page = await open(browser, '/#map=8/39.9/46.6&layers=clashes,deployments&from=1900-01-01&to=2100-12-31&q=azerbaijan');
  const st = await page.evaluate(() => ({
    zoom: window.conflictmap.map.getZoom(),
    center: window.conflictmap.map.getCenter(),
    checked: Object.fromEntries([...document.querySelectorAll('#legend input[data-layer]')].map((c) => [c.dataset.layer, c.checked])),
    q: document.getElementById('search').value,
    from: +document.getElementById('range-from').value, min: +document.getElementById('range-from').min,
    to: +document.getElementById('range-to').value, max: +document.getElementById('range-to').max,
    layers: Object.keys(window.conflictmap.stats().byLayer),
  }));
  assert.equal(st.zoom, 8);
  assert.ok(Math.abs(st.center.lat - 39.9) < 0.01 && Math.abs(st.center.lng - 46.6) < 0.01);
  assert.deepEqual(Object.entries(st.checked).filter(([, on]) => on).map(([l]) => l).sort(), ['clashes', 'deployments']);
  assert.equal(st.q, 'azerbaijan');
  assert.ok(st.layers.every((l) => l === 'clashes' || l === 'deployments'), st.layers.join());
  assert.equal(st.from, st.min, 'dates before the data are clamped to its first day');
  assert.equal(st.to, st.max);
});

test('search narrows the map and the list', async () => {
  const { features } = await collection('incidents');
  const word = features[0]?.properties.sub_type || 'landmine';
  const page = await open(browser);
  const before = await stats(page);
  const hits = await page.evaluate((w) => window.conflictmap.ids().filter((id) => {
    const p = window.conflictmap.marker(id).feature.properties;
    return JSON.stringify([p.title, p.place, p.sub_type, p.actors, (p.sources || []).map((s) => s.quote)]).toLowerCase().includes(w);
  }), word.toLowerCase());
  assert.ok(hits.length >= 1 && hits.length < before.visible, `${word}: ${hits.length}`);
  await page.locator('#search').fill(word);
  await page.waitForFunction((n) => window.conflictmap.stats().visible === n, hits.length);
  await page.waitForFunction((n) => document.querySelectorAll('#list .item').length <= n, hits.length);
  await page.waitForFunction((w) => location.hash.includes(`q=${w}`), encodeURIComponent(word));
  if (hits.length === 1) {
    await page.keyboard.press('Enter'); // one hit: its popup opens
    await page.locator('.leaflet-popup').waitFor();
  }
  await page.locator('#search-clear').click();
  await page.waitForFunction((n) => window.conflictmap.stats().visible === n, before.visible);
});

test('a click in the list opens the popup and moving the map updates the list', async () => {
  const page = await open(browser);
  const first = page.locator('#list .item').first();
  const title = await first.locator('.item-title').textContent();
  await first.click();
  await page.locator('.leaflet-popup').waitFor();
  assert.equal(await page.locator('.leaflet-popup .pop-title').textContent(), title);
  await page.keyboard.press('Escape');
  await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
  await page.evaluate(() => { window.conflictmap.map.setView([-40, -120], 6, { animate: false }); }); // the Pacific
  await page.waitForFunction(() => document.querySelectorAll('#list .item').length === 0);
  assert.match(await page.locator('#list').textContent(), /No events here/);
});

test('a download returns valid GeoJSON of what the map shows', async () => {
  const data = await seed();
  const nShown = EVENT_LAYERS.reduce((n, l) => n + data[l].features.filter(shownByDefault).length, 0);
  const page = await open(browser);
  await page.locator('#btn-download').click();
  const dlg = page.locator('#dlg-download');
  await dlg.waitFor();
  await page.locator('#dl-bbox').uncheck();
  const href = await page.locator('#dl-geojson').getAttribute('href');
  assert.match(href, /^\/api\/collections\/events\/download\?format=geojson/);

  // the button's address: a GeoJSON attachment with every event
  const res = await fetch(new URL(href, BASE));
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-disposition') || '', /^attachment/);
  const fc = JSON.parse(await res.text());
  assert.equal(fc.type, 'FeatureCollection');
  assert.ok(Array.isArray(fc.features) && fc.features.length > 0);
  assert.equal(fc.features.length, nShown, 'the events the map shows: no background ones');
  for (const f of fc.features) {
    assert.equal(f.type, 'Feature');
    assert.ok(f.geometry && Array.isArray(f.geometry.coordinates), `geometry of ${f.id}`);
  }

  // and a click on the button downloads the same file in the browser
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#dl-geojson').click()]);
  assert.equal(download.suggestedFilename(), 'conflictmap-events.geojson');
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(saved.type, 'FeatureCollection');
  assert.equal(saved.features.length, nShown);

  for (const f of ['csv', 'kml']) {
    const u = await page.locator(`#dl-${f}`).getAttribute('href');
    const r = await fetch(new URL(u, BASE));
    assert.equal(r.status, 200, f);
    assert.ok((await r.text()).length > 0, f);
  }
  // one layer, in the area in view
  await page.locator('#dl-layer').selectOption('deployments');
  await page.locator('#dl-bbox').check();
  const u = await page.locator('#dl-geojson').getAttribute('href');
  assert.match(u, /\/collections\/deployments\/download\?.*bbox=-?\d/);
  const one = await (await fetch(new URL(u, BASE))).json();
  assert.equal(one.type, 'FeatureCollection');
  assert.ok(one.features.every((f) => f.properties.event_type === 'deployment'));
  await page.keyboard.press('Escape');
  await dlg.waitFor({ state: 'hidden' });
});

test('"Use in QGIS" shows the OGC API address', async () => {
  const page = await open(browser);
  await page.locator('#btn-qgis').click();
  assert.equal(await page.locator('#qgis-url').inputValue(), `${BASE}/api`);
  const landing = await api('/api');
  assert.ok(Array.isArray(landing.links), 'the address is the OGC API landing page');
  await page.keyboard.press('Escape');
  await page.locator('#dlg-qgis').waitFor({ state: 'hidden' });
});

test('the keyboard reaches the layer toggles and Escape closes a dialog', async () => {
  const page = await open(browser);
  const before = await stats(page);
  // Tab from the top of the page until a layer toggle has the focus
  let layer = null;
  for (let i = 0; i < 30 && !layer; i++) {
    await page.keyboard.press('Tab');
    layer = await page.evaluate(() => document.activeElement?.dataset?.layer || null);
  }
  assert.ok(layer, 'Tab reaches a layer toggle');
  assert.ok(before.byLayer[layer] > 0, layer);
  await page.keyboard.press('Space');
  await page.waitForFunction((l) => !window.conflictmap.stats().byLayer[l], layer);
  await page.keyboard.press('Space');
  await page.waitForFunction((n) => window.conflictmap.stats().visible === n, before.visible);

  // a dialog opened from the keyboard closes with Escape and gives the focus back
  for (const [btn, dlg] of [['#btn-add', '#dlg-add'], ['#btn-download', '#dlg-download'], ['#btn-qgis', '#dlg-qgis']]) {
    await page.locator(btn).focus();
    await page.keyboard.press('Enter');
    await page.locator(dlg).waitFor();
    assert.ok(await page.evaluate((d) => document.querySelector(d).contains(document.activeElement), dlg), `focus in ${dlg}`);
    await page.keyboard.press('Escape');
    await page.locator(dlg).waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate((d) => document.querySelector(d).open, dlg), false);
    assert.equal(await page.evaluate(() => '#' + document.activeElement.id), btn, `focus back on ${btn}`);
  }
  assert.deepEqual(page.errors, []);
});

test('a phone gets the map, a drawer and big enough buttons', async () => {
  const data = await seed();
  const page = await open(browser, '/', { width: 390, height: 844 });
  await settled(page);
  // the map fills the screen and has the events on it
  const mapBox = await page.locator('#map').boundingBox();
  assert.ok(mapBox.width >= 380 && mapBox.height >= 500, JSON.stringify(mapBox));
  assert.equal((await stats(page)).visible, EVENT_LAYERS.reduce((n, l) => n + data[l].features.filter(shownByDefault).length, 0));
  const d = await drawn(page);
  assert.ok(Object.values(d).some((v) => v.how !== 'none'), 'markers or clusters in view');
  for (const [id, v] of Object.entries(d)) if (v.how === 'marker') assert.ok(await markerInk(page, id), id);

  const side = page.locator('#side');
  assert.equal(await side.evaluate((e) => e.getBoundingClientRect().right <= 0), true, 'drawer closed');
  await page.locator('#drawer-toggle').click();
  await page.waitForFunction(() => {
    const r = document.getElementById('side').getBoundingClientRect();
    return r.left >= 0 && r.right > 200;
  });
  assert.equal(await page.locator('#drawer-toggle').getAttribute('aria-expanded'), 'true');
  assert.ok(await page.locator('#legend input[data-layer]').first().isVisible());
  for (const sel of ['#drawer-toggle', '#btn-download', '#btn-qgis', '#btn-add', '#play', '#list .item']) {
    const b = await page.locator(sel).first().boundingBox();
    assert.ok(b && b.height >= 40 && b.width >= 40, `${sel}: ${JSON.stringify(b)}`);
  }
  // a list item closes the drawer and opens its details in the bottom sheet
  await page.locator('#list .item').first().click();
  await page.locator('#sheet .pop-title').waitFor();
  await page.waitForFunction(() => document.getElementById('side').getBoundingClientRect().right <= 0);
  await page.keyboard.press('Escape');
  await page.locator('#sheet').waitFor({ state: 'hidden' });
  await page.locator('#drawer-toggle').click();
  await page.waitForFunction(() => document.getElementById('side').getBoundingClientRect().left >= 0);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.getElementById('side').getBoundingClientRect().right <= 0);
  assert.deepEqual(page.errors, []);
});

test('screenshot for the README', async () => {
  // the seed from Yerevan to Baku, with the popup of the meeting in Yerevan (or else an incident)
  const meetings = await collection('meetings'), incidents = await collection('incidents');
  const f = meetings.features.find((x) => x.properties.place === 'Yerevan') || incidents.features[0];
  const page = await open(browser, '/#map=7/40.46/46.38');
  await page.waitForLoadState('networkidle'); // the detailed basemap and the labels
  if (f) {
    await page.evaluate((id) => window.conflictmap.select(id), f.id);
    await page.locator('.leaflet-popup mark').waitFor();
  }
  await page.waitForLoadState('networkidle');
  await settled(page);
  const d = await drawn(page);
  assert.ok(Object.values(d).filter((v) => v.how !== 'none').length >= 8, `the seed is in view: ${JSON.stringify(d)}`);
  assert.ok(await page.locator('#list .item').count() >= 5, 'the list');
  const out = process.env.E2E_SCREENSHOT;
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out });
  }
});

// Last: it adds to the database the other tests read.
test('an added article\'s events appear without a reload', async () => {
  const before = await seed();
  const page = await open(browser);
  const s0 = await stats(page);
  await page.locator('#btn-add').click();
  await page.locator('#dlg-add').waitFor();
  // a day of its own, so that a rerun against the same database adds a new event
  const day = 1 + (Date.now() % 28);
  const text = `Russian troops were deployed in Gyumri on ${day} March 2021.`;
  await page.locator('#add-text').fill(text);
  await page.locator('#add-title').fill('Troops to Gyumri');
  await page.locator('#add-published').fill('2021-03-29');

  // a wrong token: the server's problem detail is shown, nothing is added
  await page.locator('#add-token').fill('wrong-token');
  await page.locator('#add-submit').click();
  await page.locator('#add-msg.err').waitFor();
  assert.match(await page.locator('#add-msg').textContent(), /Not allowed/);

  await page.locator('#add-token').fill(TOKEN);
  // the toast fades after a few seconds: watch for it from the click on, so that a busy
  // machine's slow checks below cannot outlast it
  const toasted = page.locator('.toast', { hasText: 'Added' }).waitFor({ timeout: 60000 });
  toasted.catch(() => {}); // awaited below; a failure before then is reported by that one
  const [resp] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/articles') && r.request().method() === 'POST'),
    page.locator('#add-submit').click(),
  ]);
  assert.equal(resp.status(), 201);
  const body = await resp.json();
  const feats = body.events.features;
  assert.ok(feats.length >= 1, `the extractor found an event in "${text}"`);
  const dep = feats.find((f) => f.properties.event_type === 'deployment' && f.properties.place === 'Gyumri');
  assert.ok(dep, JSON.stringify(feats.map((f) => f.properties.title)));

  // on the map at once: the marker, its popup with the sentence, the list, the legend
  await page.locator('#dlg-add').waitFor({ state: 'hidden' });
  await page.waitForFunction((n) => window.conflictmap.stats().visible === n, s0.visible + feats.length);
  assert.ok(await page.evaluate((id) => window.conflictmap.ids().includes(id), dep.id));
  await toasted;
  await page.locator('.leaflet-popup').waitFor();
  assert.equal(await page.locator('.leaflet-popup blockquote.quote').first().textContent(), text);
  assert.equal(await page.locator('.leaflet-popup mark').first().textContent(), 'Gyumri');
  await page.locator(`#list .item[data-id="${dep.id}"]`).waitFor();
  await settled(page);
  assert.ok(await markerInk(page, dep.id), 'its marker is drawn');
  assert.equal((await legendCounts(page)).deployments, formatNumber(before.deployments.numberMatched + 1));
  assert.equal(await page.evaluate(() => sessionStorage.getItem('conflictmap.token')), TOKEN);

  // and the API has it too
  const after = await collection('deployments');
  assert.equal(after.numberMatched, before.deployments.numberMatched + 1);
  assert.ok(after.features.some((f) => f.id === dep.id));
  assert.deepEqual(page.errors, []);
});
