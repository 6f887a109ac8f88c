// The API's HTML pages (issue 10, item 12): an items page and an item page each show a small
// Leaflet map with one marker per feature the page lists, from the embedded assets, and a
// collection page its extent; no page loads anything from another origin, and all of it works
// under the map's Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, api, BASE } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** mapCSP is the Content-Security-Policy of the map's own page, which the API's pages must obey. */
async function mapCSP() {
  const csp = (await fetch(BASE + '/')).headers.get('content-security-policy');
  assert.match(csp || '', /script-src 'self'/, 'the map has a CSP');
  return csp;
}

/**
 * openPage loads an API page under the map's CSP (added here when the server does not send it
 * yet) and waits for its map; it keeps errors, CSP violations and requests to other origins.
 */
async function openPage(path) {
  const csp = await mapCSP();
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  await context.route((u) => u.pathname.startsWith('/api/') && u.searchParams.get('f') === 'html', async (route) => {
    const r = await route.fetch();
    route.fulfill({ response: r, headers: { ...r.headers(), 'content-security-policy': r.headers()['content-security-policy'] || csp } });
  });
  const page = await context.newPage();
  await page.exposeFunction('cspViolation', (v) => page.errors.push(`CSP: ${v}`));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.cspViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  page.errors = [];
  page.foreign = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('request', (r) => { if (!r.url().startsWith(BASE)) page.foreign.push(r.url()); });
  await page.goto(BASE + path);
  await page.waitForFunction(() => document.getElementById('pagemap')?.dataset.ready === '1', null, { timeout: 20000 });
  const box = page.locator('#pagemap');
  assert.equal(await box.getAttribute('data-error'), null, 'the map loaded its features');
  const size = await box.boundingBox();
  assert.ok(size.width > 300 && size.height > 200, `a visible map: ${JSON.stringify(size)}`);
  assert.ok(await page.locator('#pagemap .leaflet-pane').count() > 0, 'Leaflet drew the map');
  return page;
}

test('an items page shows a map with a marker per listed feature, fitted to them', async () => {
  const fc = await api('/api/collections/events/items?limit=5');
  assert.ok(fc.features.length >= 2, 'the sample data has events');
  const page = await openPage('/api/collections/events/items?f=html&limit=5');
  const rows = await page.locator('table tbody tr').count();
  assert.equal(rows, fc.features.length);
  assert.equal(await page.locator('#pagemap .pagemap-marker').count(), fc.features.length);
  assert.equal(await page.locator('#pagemap').getAttribute('data-markers'), String(fc.features.length));
  // every marker is inside the map's box: the map fits the features' bounds
  const box = await page.locator('#pagemap').boundingBox();
  for (const m of await page.locator('#pagemap .pagemap-marker').all()) {
    const b = await m.boundingBox();
    assert.ok(b && b.x >= box.x && b.y >= box.y && b.x + b.width <= box.x + box.width && b.y + b.height <= box.y + box.height,
      `marker ${JSON.stringify(b)} in ${JSON.stringify(box)}`);
  }
  // a marker opens a popup that links to its feature's page
  await page.locator('#pagemap .pagemap-marker').first().click({ force: true });
  const href = await page.locator('.leaflet-popup-content a').getAttribute('href');
  assert.match(href, /^\/api\/collections\/events\/items\/[^/?]+\?f=html$/);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.foreign, [], 'everything comes from the server itself');
});

test('an item page shows a map with its one marker', async () => {
  const fc = await api('/api/collections/clashes/items?limit=1');
  const f = fc.features[0];
  const page = await openPage(`/api/collections/clashes/items/${encodeURIComponent(f.id)}?f=html`);
  assert.equal(await page.locator('#pagemap .pagemap-marker').count(), 1);
  const center = await page.evaluate(() => {
    const m = document.querySelector('#pagemap .pagemap-marker').getBoundingClientRect();
    const b = document.getElementById('pagemap').getBoundingClientRect();
    return [(m.left + m.right) / 2 - b.left, (m.top + m.bottom) / 2 - b.top, b.width, b.height];
  });
  assert.ok(Math.abs(center[0] - center[2] / 2) < 5 && Math.abs(center[1] - center[3] / 2) < 5, `centred: ${center}`);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.foreign, []);
});

test('a collection page shows its extent', async () => {
  const page = await openPage('/api/collections/deployments?f=html');
  assert.equal(await page.locator('#pagemap path.leaflet-interactive, #pagemap path').count() > 0, true, 'the extent is drawn');
  assert.equal(await page.locator('#pagemap .pagemap-marker').count(), 0);
  assert.deepEqual(page.errors, []);
});
