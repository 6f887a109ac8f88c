// Phones and small things (issue 10, items 5 and 7): a bottom sheet that fits a 390 px screen,
// a popup that closes when the map refits, header buttons told apart, "Clash" not "CLASHE",
// events drawn over place dots, labels over markers, a notice when the online basemap is out of
// reach, and a search placeholder that fits.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, settled, collection, seed, shownByDefault, EVENT_LAYERS } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PHONE = { width: 390, height: 844 };

test('on a phone an event\'s details fit the screen, × included', async () => {
  const data = await seed();
  // the event with the longest quote: the widest details
  const f = EVENT_LAYERS.flatMap((l) => data[l].features).filter(shownByDefault)
    .sort((a, b) => (b.properties.sources[0].quote.length - a.properties.sources[0].quote.length))[0];
  const page = await open(browser, '/', PHONE);
  await page.evaluate((id) => window.conflictmap.select(id), f.id);
  const sheet = page.locator('#sheet');
  await sheet.locator('.pop-title').waitFor();
  assert.equal(await page.locator('.leaflet-popup').count(), 0, 'no popup beside the marker');
  assert.equal(await sheet.locator('.pop-title').textContent(), f.properties.title);
  const box = await sheet.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width && box.y >= 0 && box.y + box.height <= PHONE.height, JSON.stringify(box));
  const wide = await sheet.evaluate((s) => [...s.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > 390.5).map((e) => e.className));
  assert.deepEqual(wide, [], 'nothing in it sticks out');
  const close = await sheet.locator('.sheet-close').boundingBox();
  assert.ok(close.x >= 0 && close.x + close.width <= PHONE.width && close.y >= 0 && close.width >= 40, JSON.stringify(close));
  await page.waitForFunction((id) => location.hash.includes(`sel=${id}`), f.id);
  await sheet.locator('.sheet-close').click();
  await sheet.waitFor({ state: 'hidden' });
  await page.waitForFunction(() => !location.hash.includes('sel='));
  assert.deepEqual(page.errors, []);
});

test('a popup closes when the map refits, and a clash is a "Clash"', async () => {
  const { features } = await collection('clashes');
  const f = features.find(shownByDefault);
  assert.ok(f, 'the seed has a clash');
  const page = await open(browser);
  await page.evaluate((id) => window.conflictmap.select(id), f.id);
  await page.locator('.leaflet-popup .pop-kind').waitFor();
  assert.equal((await page.locator('.leaflet-popup .pop-kind').textContent()).split(' · ')[0], 'Clash');
  // a search submitted with Enter refits the map to its hits: the old popup goes
  const [word, hits] = await page.evaluate(() => {
    const n = new Map();
    for (const id of window.conflictmap.ids()) for (const a of window.conflictmap.marker(id).feature.properties.actors || []) n.set(a, (n.get(a) || 0) + 1);
    return [...n].sort((a, b) => b[1] - a[1])[0];
  });
  assert.ok(hits >= 2, `${word} is in several events`);
  await page.locator('#search').fill(word);
  await page.waitForFunction(() => location.hash.includes('q='));
  await page.locator('#search').press('Enter');
  await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
  assert.deepEqual(page.errors, []);
});

test('the header\'s buttons are told apart: labels on a wide screen, distinct icons on a phone', async () => {
  const page = await open(browser, '/', { width: 900, height: 700 });
  for (const [id, label] of [['#btn-download', 'Download'], ['#btn-qgis', 'Use in QGIS'], ['#btn-add', 'Add article']]) {
    assert.ok(await page.locator(`${id} span`).isVisible(), `${id} shows its label at 900 px`);
    assert.equal(await page.locator(`${id} span`).textContent(), label);
  }
  await page.setViewportSize(PHONE);
  const icons = await page.evaluate(() => ['btn-download', 'btn-qgis', 'btn-add'].map((id) => {
    const b = document.getElementById(id);
    return { svg: b.querySelector('svg').innerHTML, title: b.title };
  }));
  assert.equal(new Set(icons.map((i) => i.svg)).size, 3, 'three different icons');
  for (const i of icons) assert.ok(i.title.length > 5, `a tooltip: ${i.title}`);
  // the QGIS icon is not a stack of layers like the basemap switch beside it
  assert.doesNotMatch(icons[1].svg, /M4 7l8-4 8 4/);
  assert.match(await page.locator('.leaflet-control-layers-toggle').getAttribute('title'), /Basemap/);
});

test('event markers are drawn over place dots, and place names over markers', async () => {
  const data = await seed();
  // an event at a place of the places layer, both at the same point
  const places = data.places.features;
  const events = EVENT_LAYERS.flatMap((l) => data[l].features).filter((f) => shownByDefault(f) && f.properties.geo_precision === 1 && (f.properties.modality || 'reported') === 'reported');
  const pair = events.map((e) => [e, places.find((p) => Math.abs(p.geometry.coordinates[0] - e.geometry.coordinates[0]) < 1e-6 &&
    Math.abs(p.geometry.coordinates[1] - e.geometry.coordinates[1]) < 1e-6)]).find(([, p]) => p);
  assert.ok(pair, 'an event and a place at one point');
  const [ev] = pair;
  const page = await open(browser);
  await page.locator('#lg-places').check();
  await page.evaluate((id) => window.conflictmap.select(id), ev.id);
  await page.locator('.leaflet-popup').waitFor();
  await page.keyboard.press('Escape');
  await settled(page);
  // the canvas's pixel at the marker's centre has the event's colour, not the dot's grey
  const rgb = await page.evaluate((id) => {
    const cm = window.conflictmap, m = cm.marker(id);
    const canvas = m._renderer._container;
    const p = cm.map.latLngToLayerPoint(m.getLatLng()).subtract(L.DomUtil.getPosition(canvas));
    const r = canvas.width / canvas.clientWidth;
    return [...canvas.getContext('2d').getImageData(Math.round(p.x * r), Math.round(p.y * r), 1, 1).data];
  }, ev.id);
  const color = await page.evaluate((id) => window.conflictmap.marker(id).options.fillColor, ev.id);
  const want = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  assert.ok(want.every((v, i) => Math.abs(v - rgb[i]) <= 8), `pixel ${rgb} is the event's ${color}`);

  // the labels' pane is above the markers' canvas
  const z = await page.evaluate((id) => {
    const m = window.conflictmap.marker(id);
    const zOf = (e) => +getComputedStyle(e).zIndex;
    return { labels: zOf(window.conflictmap.map.getPane('labels')), markers: zOf(m._renderer._container.parentNode) };
  }, ev.id);
  assert.ok(z.labels > z.markers, JSON.stringify(z));
  assert.deepEqual(page.errors, []);
});

test('when the online basemap cannot be reached the map says so and draws the offline one', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route(/^https?:\/\/([a-z0-9-]+\.)*tile\.openstreetmap\.org\//, (r) => r.abort('internetdisconnected'));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${process.env.E2E_BASE_URL || 'http://127.0.0.1:8080'}/#base=online`);
  await page.locator('.notice').waitFor();
  assert.match(await page.locator('.notice').textContent(), /online map cannot be reached/);
  await page.waitForFunction(() => !document.getElementById('map').classList.contains('online') && !location.hash.includes('base=online'));
  assert.ok(await page.evaluate(() => document.querySelector('.leaflet-control-layers-base input:checked')?.nextSibling?.textContent.includes('Offline')));
  await page.locator('.notice .close').click();
  assert.equal(await page.locator('.notice').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the search placeholder fits a phone\'s search box', async () => {
  const page = await open(browser, '/', PHONE);
  const fit = await page.evaluate(() => {
    const s = document.getElementById('search'), cs = getComputedStyle(s);
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    return { text: s.placeholder, need: ctx.measureText(s.placeholder).width, room: s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) };
  });
  assert.ok(fit.text.startsWith('Search') && fit.need <= fit.room, JSON.stringify(fit));
});
