// Vector tiles and live updates (issue 9): with the threshold lowered (?tiles=0) the seed's events
// are drawn from /api/collections/events/tiles/…, a click on a point opens the popup with the
// whole feature (fetched by id), and an article written through the API while the map is open
// appears without a reload, on tiles and on markers (GET /api/changes).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, settled, stats, seed, api, shownByDefault, EVENT_LAYERS, BASE, TOKEN } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const layerOf = (f) => ({ deployment: 'deployments', clash: 'clashes', incident: 'incidents', exercise: 'exercises',
  agreement: 'agreements', parade: 'parades', meeting: 'meetings' })[f.properties.event_type];
const TILE = /\/api\/collections\/[a-z]+\/tiles\/WebMercatorQuad\//;

/** showAt moves the map of page to [lat, lon] at zoom z and waits until its tiles are drawn. */
async function showAt(page, lat, lon, z) {
  await page.evaluate(([lat, lon, z]) => new Promise((resolve) => {
    const { map, tiles } = window.conflictmap;
    const on = [...tiles.grids.values()].filter((g) => map.hasLayer(g));
    Promise.all(on.map((g) => new Promise((r) => g.once('load', () => r())))).then(() => resolve());
    map.setView([lat, lon], z, { animate: false });
  }), [lat, lon, z]);
  await settled(page);
}

test('past the threshold the events are vector tiles, and a click shows the feature and its quote', async () => {
  const data = await seed();
  const events = EVENT_LAYERS.flatMap((l) => data[l].features);
  const key = (f) => f.geometry.coordinates.map((c) => c.toFixed(3)).join(',');
  const n = new Map();
  for (const f of events) n.set(key(f), (n.get(key(f)) || 0) + 1);
  // an event alone at its point, so that the click can only hit it
  const f = events.find((e) => shownByDefault(e) && n.get(key(e)) === 1 && e.properties.sources.length);
  assert.ok(f, 'the seed has an event alone at its point');

  const tileResponses = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('response', (r) => { if (TILE.test(r.url())) tileResponses.push([r.url(), r.status()]); });
  await page.goto(`${BASE}/?tiles=0`);
  await page.waitForFunction(() => document.body.dataset.ready === '1');
  assert.equal(await page.evaluate(() => document.body.dataset.tiles), '1', 'the map is on tiles');
  assert.equal((await stats(page)).visible, 0, 'no event markers');

  const [lon, lat] = f.geometry.coordinates;
  await showAt(page, lat, lon, 12);
  assert.ok(tileResponses.length > 0, 'tiles were requested');
  assert.ok(tileResponses.every(([, s]) => s === 200 || s === 204 || s === 304), `tile statuses ${tileResponses}`);
  assert.ok(tileResponses.some(([u, s]) => s === 200 && u.includes(`/collections/${layerOf(f)}/tiles/`)), 'the event\'s layer had a tile');
  assert.match(await page.locator('#status').textContent(), /vector tiles/);

  const pt = await page.evaluate(([lat, lon]) => {
    const p = window.conflictmap.map.latLngToContainerPoint([lat, lon]);
    const r = document.getElementById('map').getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, [lat, lon]);
  const [item] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/collections/events/items/')),
    page.mouse.click(pt.x, pt.y),
  ]);
  assert.ok(item.url().endsWith(`/items/${encodeURIComponent(f.id)}`), item.url());
  const pop = page.locator('.leaflet-popup');
  await pop.locator('.pop-title').waitFor();
  assert.equal(await pop.locator('.pop-title').textContent(), f.properties.title);
  assert.equal(await pop.locator('blockquote.quote').first().textContent(), f.properties.sources[0].quote);

  // a layer turned off in the legend takes its tiles off the map; the search goes to the tiles
  await page.keyboard.press('Escape');
  await page.locator('#lg-clashes').uncheck();
  await page.waitForFunction(() => { const { map, tiles } = window.conflictmap; return !map.hasLayer(tiles.grids.get('clashes')); });
  assert.ok(await page.evaluate(() => { const { map, tiles } = window.conflictmap; return map.hasLayer(tiles.grids.get('deployments')); }));
  await page.locator('#search').fill('Stepanakert');
  await page.waitForFunction(() => window.conflictmap.tiles.grids.get('deployments')._url.includes('q=Stepanakert'));
  assert.deepEqual(page.errors, []);
  await context.close();
});

/** post adds an article through the API, as another client sharing the store would; it returns its id. */
async function post(text) {
  const r = await fetch(`${BASE}/api/articles`, {
    method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'Live update', published: '2023-03-04', text }),
  });
  assert.equal(r.status, 201, await r.clone().text());
  return r.json();
}

async function remove(id) {
  const r = await fetch(`${BASE}/api/articles/${encodeURIComponent(id)}`, { method: 'DELETE', headers: { Authorization: `Bearer ${TOKEN}` } });
  assert.equal(r.status, 204);
}

const ARTICLE = 'Russian troops were deployed to Gyumri on 3 March 2023, the defence ministry said.';

test('an article written elsewhere appears on the open map without a reload (markers and tiles)', async () => {
  const markers = await open(browser);
  const tiled = await open(browser, '/?tiles=0');
  await settled(markers);
  const requested = await tiled.evaluate(() => window.conflictmap.tiles.requested);

  const res = await post(ARTICLE);
  assert.ok(res.created.length + res.merged.length >= 1, JSON.stringify(res));
  const id = (res.created[0] || res.merged[0]).id;
  try {
    await markers.waitForFunction((id) => !!window.conflictmap.marker(id), id);
    await tiled.waitForFunction((n) => Number(document.body.dataset.changes) >= 1 && window.conflictmap.tiles.requested > n, requested);
    const urls = await tiled.evaluate(() => window.conflictmap.tiles.grids.get('deployments')._url);
    assert.match(urls, /[?&]v=[1-9]/, 'the tiles cache key moved');
  } finally {
    await remove(res.id);
  }
  if (res.created.length) await markers.waitForFunction((id) => !window.conflictmap.marker(id), res.created[0].id);
  assert.deepEqual(markers.errors, []);
  assert.deepEqual(tiled.errors, []);
  await markers.context().close();
  await tiled.context().close();
});

test('over the threshold the map shows markers where few events are in view, and tiles again when zoomed out', async () => {
  const { numberMatched: total } = await api('/api/collections/events/items?limit=1');
  const data = await seed();
  const events = EVENT_LAYERS.flatMap((l) => data[l].features);
  const f = events.find((e) => shownByDefault(e) && e.properties.geo_precision <= 3) || events.find(shownByDefault);
  const [lon, lat] = f.geometry.coordinates;
  const page = await open(browser, `/?tiles=${total - 1}`);
  const mode = () => page.evaluate(() => window.conflictmap.tiles && window.conflictmap.tiles.mode);
  const onMap = () => page.evaluate(() => { const { map, tiles } = window.conflictmap; return [...tiles.grids.values()].filter((g) => map.hasLayer(g)).length; });

  await page.evaluate(() => { window.conflictmap.map.setView([30, 40], 3, { animate: false }); });
  await page.waitForFunction(() => window.conflictmap.tiles.mode === 'tiles' && window.conflictmap.stats().visible === 0);
  assert.ok(await onMap() > 0, 'the whole world is drawn as tiles');

  await page.evaluate(([lat, lon]) => { window.conflictmap.map.setView([lat, lon], 14, { animate: false }); }, [lat, lon]);
  await page.waitForFunction((id) => window.conflictmap.tiles.mode === 'markers' && !!window.conflictmap.marker(id), f.id);
  assert.equal(await onMap(), 0, 'no tiles under the markers');
  assert.match(await page.locator('#status').textContent(), /in view, of /);
  assert.ok((await stats(page)).visible >= 1);

  await page.evaluate(() => { window.conflictmap.map.setView([30, 40], 3, { animate: false }); });
  await page.waitForFunction(() => window.conflictmap.tiles.mode === 'tiles' && window.conflictmap.stats().visible === 0);
  assert.ok(await onMap() > 0, 'tiles again');
  assert.match(await page.locator('#status').textContent(), /vector tiles/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
