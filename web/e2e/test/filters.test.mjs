// Filters that say what they do (issue 10, item 6): actor, country and killed filters agree with
// the API's own actor=, country= and CQL2; search reads events, not article titles; and
// "Download what you see" holds, and says it holds, what the map shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, open, stats, api, seed, shownByDefault, BASE, EVENT_LAYERS } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** apiIds returns the ids of the events the API gives for a query, as the map shows them by default. */
async function apiIds(query) {
  const fc = await api(`/api/collections/events/items?limit=10000&${query}`);
  return fc.features.filter(shownByDefault).map((f) => f.id).sort();
}
const mapIds = async (page) => (await page.evaluate(() => window.conflictmap.ids())).sort();

test('actor, country and killed filters show what the API says, and say so', async () => {
  const page = await open(browser);
  const all = await stats(page);
  // the most frequent actor that is not everywhere
  const options = await page.locator('#f-actor option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
  assert.ok(options.length >= 3, options.join());
  let actor = null, want = null;
  for (const a of options) {
    const ids = await apiIds(`actor=${encodeURIComponent(a)}`);
    if (ids.length > 0 && ids.length < all.visible) { actor = a; want = ids; break; }
  }
  assert.ok(actor, 'an actor that narrows the map');
  await page.locator('#f-actor').selectOption(actor);
  await page.waitForFunction((n) => window.conflictmap.stats().visible === n, want.length);
  assert.deepEqual(await mapIds(page), want);
  assert.match(await page.locator('#f-summary').textContent(), new RegExp(`${actor} among the actors`));
  await page.waitForFunction((a) => location.hash.includes(`actor=${encodeURIComponent(a)}`), actor);

  // and a country on top of it, then at least one killed instead
  const country = await page.locator('#f-country option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean)[0]);
  await page.locator('#f-country').selectOption(country);
  const both = await apiIds(`actor=${encodeURIComponent(actor)}&country=${country}`);
  await page.waitForFunction((n) => window.conflictmap.stats().visible === n, both.length);
  assert.deepEqual(await mapIds(page), both);
  await page.locator('#f-clear').click();
  await page.waitForFunction((n) => window.conflictmap.stats().visible === n, all.visible);
  await page.locator('#f-killed').fill('1');
  const killed = await apiIds(`filter=${encodeURIComponent('fatalities >= 1')}`);
  assert.ok(killed.length > 0 && killed.length < all.visible, `killed: ${killed.length}`);
  await page.waitForFunction((n) => window.conflictmap.stats().visible === n, killed.length);
  assert.deepEqual(await mapIds(page), killed);
  await page.waitForFunction(() => location.hash.includes('killed=1'));
  assert.deepEqual(page.errors, []);
});

test('search matches what events say, not the titles of their articles', async () => {
  const data = await seed();
  const events = EVENT_LAYERS.flatMap((l) => data[l].features).filter(shownByDefault);
  const says = (p, w) => [p.title, p.place, p.event_type, p.sub_type, p.country, p.admin1, ...(p.actors || []), ...(p.sources || []).map((s) => s.quote)]
    .filter(Boolean).join('\n').toLowerCase().includes(w);
  const byTitleOnly = events.filter((f) => !says(f.properties, 'russia') && (f.properties.sources || []).some((s) => /russia/i.test(s.title || '')));
  assert.ok(byTitleOnly.length > 0, 'the seed has events whose article title alone says Russia');
  const want = events.filter((f) => says(f.properties, 'russia')).map((f) => f.id).sort();
  assert.ok(want.length > 0);

  const page = await open(browser);
  await page.locator('#search').fill('Russia');
  await page.waitForFunction((n) => window.conflictmap.stats().visible === n, want.length);
  assert.deepEqual(await mapIds(page), want);
  assert.deepEqual(await apiIds('q=Russia'), want, 'the API\'s q= agrees');
  assert.deepEqual(page.errors, []);
});

test('"Download what you see" applies every filter and says how many features the file holds', async () => {
  const page = await open(browser, '/#map=7/40.2/46.2');
  // narrow the map: a layer off, a date, an actor, and the area in view
  const layer = (await page.evaluate(() => Object.entries(window.conflictmap.stats().byLayer)))
    .sort((a, b) => a[1] - b[1]).map(([l]) => l).find((l) => l !== 'places');
  await page.locator(`label[for="lg-${layer}"]`).click();
  await page.locator('#date-from').fill('2020-11-20');
  await page.locator('#date-from').dispatchEvent('change');
  const actors = await page.locator('#f-actor option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
  await page.locator('#f-actor').selectOption(actors[0]);
  await page.waitForFunction(() => location.hash.includes('actor='));
  const inView = await page.evaluate(() => {
    const cm = window.conflictmap, b = cm.map.getBounds();
    return cm.ids().filter((id) => b.contains(cm.marker(id).getLatLng())).sort();
  });
  const shown = await stats(page);
  assert.ok(inView.length > 0, 'something is left in view');

  await page.locator('#btn-download').click();
  await page.locator('#dlg-download').waitFor();
  await page.waitForFunction(() => document.getElementById('dl-count').dataset.n !== '');
  assert.equal(await page.locator('#dl-count').getAttribute('data-n'), String(inView.length));
  assert.match(await page.locator('#dl-count').textContent(), new RegExp(`will hold ${inView.length} event`));
  const href = await page.locator('#dl-geojson').getAttribute('href');
  const u = new URL(href, BASE);
  assert.equal(u.searchParams.get('actor'), actors[0]);
  assert.ok(u.searchParams.get('bbox'), 'the area');
  assert.match(u.searchParams.get('filter'), /event_type IN/);
  assert.match(u.searchParams.get('filter'), /2020-11-20/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#dl-geojson').click()]);
  const fc = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(fc.features.map((f) => f.id).sort(), inView, 'the file holds what the map shows in view');

  // the whole map, not only the area: the count follows
  await page.locator('#dl-bbox').uncheck();
  await page.waitForFunction((n) => document.getElementById('dl-count').dataset.n === String(n), shown.visible);
  const all = await (await fetch(new URL(await page.locator('#dl-geojson').getAttribute('href'), BASE))).json();
  assert.deepEqual(all.features.map((f) => f.id).sort(), await mapIds(page));
  assert.deepEqual(page.errors, []);
});
