// The map in a real browser: markers, layers, popups, time, the URL, downloads, adding articles.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { launch, open, stats, markerInk, BASE, TOKEN, FIXTURES } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the seed features appear as markers and in the list', async () => {
  const page = await open(browser);
  const s = await stats(page);
  assert.ok(s.visible > 0, `events on the map: ${JSON.stringify(s)}`);
  assert.ok(await page.locator('#list .item').count() > 0, 'list of events in view');
  assert.match(await page.locator('#status').textContent(), /\d+ events/);
  // a marker outside any cluster is drawn on the canvas
  const ids = await page.evaluate(() => window.conflictmap.ids());
  await page.evaluate((id) => window.conflictmap.select(id), ids[0]);
  await page.locator('.leaflet-popup').waitFor();
  assert.ok(await markerInk(page, ids[0]), 'the marker is drawn');
  assert.deepEqual(page.errors, []);
});

test('turning a layer off hides its markers', async () => {
  const page = await open(browser);
  const before = await stats(page);
  const layer = Object.keys(before.byLayer).find((k) => k !== 'places');
  assert.ok(layer);
  const box = page.locator(`#lg-${layer}`);
  await box.focus();
  await page.keyboard.press('Space'); // keyboard-accessible toggle
  await page.waitForFunction((l) => !window.conflictmap.stats().byLayer[l], layer);
  const after = await stats(page);
  assert.equal(after.visible, before.visible - before.byLayer[layer]);
  await page.waitForFunction((l) => document.querySelectorAll(`#list .item[data-layer="${l}"]`).length === 0, layer);
  await page.waitForFunction((l) => {
    const ls = new URLSearchParams(location.hash.slice(1)).get('layers');
    return ls !== null && !ls.split(',').includes(l);
  }, layer);
  await box.check();
  await page.waitForFunction((n) => window.conflictmap.stats().visible === n, before.visible);
});

test('a popup shows the source sentence with the place highlighted', async () => {
  const page = await open(browser);
  if (FIXTURES) {
    await page.evaluate(() => window.conflictmap.select('ev-shusha-decl'));
  } else {
    await page.locator('#list .item').first().click();
  }
  const popup = page.locator('.leaflet-popup');
  await popup.waitFor();
  const quote = popup.locator('blockquote.quote').first();
  const mark = quote.locator('mark');
  await mark.first().waitFor();
  const marked = await mark.first().textContent();
  assert.ok(marked.trim().length > 1);
  assert.ok((await quote.textContent()).includes(marked));
  if (FIXTURES) {
    assert.equal(marked, 'Şuşa'); // from the UTF-8 byte offsets place_start/place_end
    assert.match(await popup.locator('.pop-title').textContent(), /Shusha Declaration/);
    assert.equal(await popup.locator('.cite a').first().getAttribute('href'), '/api/articles/a2'); // no url: the API's record
    await page.waitForFunction(() => location.hash.includes('sel=ev-shusha-decl'));
  }
  await page.keyboard.press('Escape');
  await popup.waitFor({ state: 'detached' });
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
  assert.equal(await page.locator('.leaflet-popup img, .leaflet-popup b').count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
});

test('the time slider filters the events', async () => {
  const page = await open(browser);
  const before = await stats(page);
  // undated events stay unless the toggle says otherwise
  await page.evaluate(() => {
    const to = document.getElementById('range-to');
    to.value = String(Math.round((+to.min + +to.max) / 2));
    to.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForFunction((n) => window.conflictmap.stats().visible < n, before.visible);
  const mid = await stats(page);
  await page.locator('#undated').uncheck();
  await page.waitForFunction((n) => window.conflictmap.stats().visible <= n, mid.visible);
  await page.waitForFunction(() => /from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/.test(location.hash) && location.hash.includes('undated=0'));
  await page.locator('#time-reset').click();
  await page.locator('#undated').check();
  await page.waitForFunction((n) => window.conflictmap.stats().visible === n, before.visible);
});

test('a shared URL restores the view, layers, dates and search', async () => {
  const page = await open(browser, '/#map=8/39.9/46.6&layers=clashes,deployments&from=2020-11-01&to=2021-06-30&q=russia');
  const st = await page.evaluate(() => ({
    zoom: window.conflictmap.map.getZoom(),
    center: window.conflictmap.map.getCenter(),
    clashes: document.getElementById('lg-clashes').checked,
    meetings: document.getElementById('lg-meetings').checked,
    q: document.getElementById('search').value,
    from: document.getElementById('t-from').textContent,
    layers: Object.keys(window.conflictmap.stats().byLayer),
  }));
  assert.equal(st.zoom, 8);
  assert.ok(Math.abs(st.center.lat - 39.9) < 0.01 && Math.abs(st.center.lng - 46.6) < 0.01);
  assert.equal(st.clashes, true);
  assert.equal(st.meetings, false);
  assert.equal(st.q, 'russia');
  assert.ok(st.layers.every((l) => l === 'clashes' || l === 'deployments'), st.layers.join());
  if (FIXTURES) assert.equal(st.from, '10 Nov 2020'); // clamped to the data's first day
});

test('search narrows the map and the list', async () => {
  const page = await open(browser);
  const before = await stats(page);
  await page.locator('#search').fill(FIXTURES ? 'landmine' : 'Russia');
  await page.waitForFunction((n) => window.conflictmap.stats().visible < n, before.visible);
  if (FIXTURES) {
    await page.keyboard.press('Enter'); // one hit: its popup opens
    await page.locator('.leaflet-popup').waitFor();
    assert.equal((await stats(page)).visible, 1);
    assert.match(await page.locator('.leaflet-popup .pop-title').textContent(), /Landmine/);
    await page.waitForFunction(() => location.hash.includes('q=landmine'));
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
  await page.evaluate(() => { window.conflictmap.map.setView([-40, -120], 6, { animate: false }); }); // the Pacific
  await page.waitForFunction(() => document.querySelectorAll('#list .item').length === 0);
  assert.match(await page.locator('#list').textContent(), /No events here/);
});

test('downloads return the layer with the map\'s filters', async () => {
  const page = await open(browser);
  await page.locator('#btn-download').click();
  const dlg = page.locator('#dlg-download');
  await dlg.waitFor();
  await page.locator('#dl-bbox').uncheck();
  const href = await page.locator('#dl-geojson').getAttribute('href');
  assert.match(href, /^\/api\/collections\/events\/download\?format=geojson/);
  const res = await page.evaluate(async (u) => {
    const r = await fetch(u);
    return { status: r.status, type: r.headers.get('content-type'), disp: r.headers.get('content-disposition'), text: await r.text() };
  }, href);
  assert.equal(res.status, 200);
  const fc = JSON.parse(res.text);
  assert.equal(fc.type, 'FeatureCollection');
  assert.ok(Array.isArray(fc.features) && fc.features.length > 0);
  assert.match(res.disp || '', /attachment/);
  for (const f of ['csv', 'kml']) {
    const u = await page.locator(`#dl-${f}`).getAttribute('href');
    assert.equal(await page.evaluate(async (u) => (await fetch(u)).status, u), 200, f);
  }
  await page.locator('#dl-bbox').check();
  assert.match(await page.locator('#dl-geojson').getAttribute('href'), /bbox=-?\d/);
  await page.keyboard.press('Escape');
  await dlg.waitFor({ state: 'hidden' });
});

test('"Use in QGIS" shows the OGC API address', async () => {
  const page = await open(browser);
  await page.locator('#btn-qgis').click();
  assert.equal(await page.locator('#qgis-url').inputValue(), `${BASE}/api`);
  await page.keyboard.press('Escape');
  await page.locator('#dlg-qgis').waitFor({ state: 'hidden' });
});

test('an added article\'s events appear without a reload', async () => {
  const page = await open(browser);
  const before = await stats(page);
  await page.locator('#btn-add').click();
  await page.locator('#add-text').fill('Russian troops were deployed to Goris on Monday, officials said.\n\nMore troops are expected.');
  await page.locator('#add-title').fill('Troops to Goris');
  await page.locator('#add-published').fill('2021-03-01');
  // a wrong token: the server's problem detail is shown
  await page.locator('#add-token').fill('wrong');
  await page.locator('#add-submit').click();
  await page.locator('#add-msg.err').waitFor();
  assert.match(await page.locator('#add-msg').textContent(), /Not allowed/);
  await page.locator('#add-token').fill(TOKEN);
  await page.locator('#add-submit').click();
  await page.waitForFunction((n) => window.conflictmap.stats().visible > n, before.visible, { timeout: 30000 });
  await page.locator('.toast').waitFor();
  assert.equal(await page.evaluate(() => sessionStorage.getItem('conflictmap.token')), TOKEN);
  if (FIXTURES) {
    await page.locator('.leaflet-popup').waitFor();
    assert.match(await page.locator('.leaflet-popup mark').first().textContent(), /Goris/);
  }
});

test('a phone gets a drawer and big enough buttons', async () => {
  const page = await open(browser, '/', { width: 390, height: 844 });
  const side = page.locator('#side');
  assert.equal(await side.evaluate((e) => e.getBoundingClientRect().right <= 0), true, 'drawer closed');
  await page.locator('#drawer-toggle').click();
  await page.waitForFunction(() => document.getElementById('side').getBoundingClientRect().left >= 0);
  for (const sel of ['#drawer-toggle', '#btn-download', '#btn-qgis', '#btn-add', '#play', '#list .item']) {
    const b = await page.locator(sel).first().boundingBox();
    assert.ok(b && b.height >= 40 && b.width >= 40, `${sel}: ${JSON.stringify(b)}`);
  }
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.getElementById('side').getBoundingClientRect().right <= 0);
});

test('screenshot for the README', async () => {
  const page = await open(browser);
  if (FIXTURES) {
    await page.evaluate(() => { window.conflictmap.map.setView([39.95, 46.75], 8, { animate: false }); });
    await page.waitForTimeout(300);
    await page.evaluate(() => window.conflictmap.select('ev-fuzuli-mine'));
  } else {
    await page.locator('#list .item').first().click();
  }
  await page.locator('.leaflet-popup').waitFor();
  await page.waitForTimeout(700);
  const out = process.env.E2E_SCREENSHOT;
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out });
  }
});
