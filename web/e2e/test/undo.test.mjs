// Adding an article says what it did and can be undone: the summary lists the features it
// created and those it was merged into, each with the article's sentence; the map zooms to them
// and rings them; the popup gives each source's figure; "Undo" deletes the article, and the map
// and the API are as they were.
// (It runs after map.test.mjs, whose last test adds an article of its own.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, settled, stats, seed, collection, api, TOKEN } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** sourcesOf returns the article ids of a feature's sources, sorted. */
const sourcesOf = (f) => f.properties.sources.map((s) => s.article_id).sort();

test('after "Add article" the map lists what it created and merged, rings it, and Undo removes it', async () => {
  const before = await seed();
  // the sample's August 2021 clash at Kalbajar: the new article's second sentence joins it
  const kalbajar = before.clashes.features.find((f) => f.properties.place === 'Kalbajar' && f.properties.date.startsWith('2021-08'));
  assert.ok(kalbajar, 'the sample has the Kalbajar clash');
  const page = await open(browser);
  const s0 = await stats(page);

  await page.locator('#btn-add').click();
  await page.locator('#dlg-add').waitFor();
  const created = 'Azerbaijan said 50 of its servicemen died in clashes near the Kalbajar and Lachin districts.';
  const merged = 'Three Armenian soldiers died in clashes in Kalbajar in early August 2021.';
  // two articles' worth in one: a 2022 report (new events) and a recollection of 2021 (merged)
  await page.locator('#add-text').fill(`${created} ${merged}`);
  await page.locator('#add-title').fill('Border report');
  await page.locator('#add-published').fill('2022-09-14');
  await page.locator('#add-token').fill(TOKEN);
  const [resp] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/articles') && r.request().method() === 'POST'),
    page.locator('#add-submit').click(),
  ]);
  assert.equal(resp.status(), 201);
  const res = await resp.json();
  assert.ok(res.created.length >= 1, `created: ${JSON.stringify(res.created)}`);
  assert.ok(res.merged.some((m) => m.id === kalbajar.id), `merged into the sample's clash: ${JSON.stringify(res.merged)}`);

  // the summary: every feature, with its quote, new ones apart from merged ones
  const panel = page.locator('#add-summary');
  await panel.waitFor();
  assert.match(await panel.locator('h2').textContent(), /Border report/);
  assert.equal(await panel.locator('.as-created').count(), res.created.length);
  assert.equal(await panel.locator('.as-merged').count(), res.merged.length);
  for (const f of res.created) {
    const item = panel.locator(`.as-created:has(button[data-id="${f.id}"])`);
    assert.equal(await item.locator('.as-quote').textContent(), f.quote);
  }
  const mk = panel.locator(`.as-merged:has(button[data-id="${kalbajar.id}"])`);
  assert.equal(await mk.locator('.as-quote').textContent(), merged);
  assert.match(await mk.textContent(), new RegExp(`now ${kalbajar.properties.sources.length + 1} sources`));

  // zoomed to and ringed: a ring at each feature, all of them in view
  await settled(page);
  const all = [...res.created, ...res.merged];
  assert.equal(await page.locator('path.add-ring').count(), all.length);
  const inView = await page.evaluate((ids) => {
    const cm = window.conflictmap, b = cm.map.getBounds();
    return ids.filter((id) => cm.marker(id) && b.contains(cm.marker(id).getLatLng()));
  }, all.map((f) => f.id));
  assert.deepEqual(inView.sort(), all.map((f) => f.id).sort());
  assert.equal((await stats(page)).visible, s0.visible + res.created.length);

  // a click on an entry opens that feature's popup
  await panel.locator(`button[data-id="${kalbajar.id}"]`).click();
  await page.locator('.leaflet-popup').waitFor();
  // and the popup gives each source's own figure beside its sentence
  const li = page.locator('.leaflet-popup .sources li', { hasText: merged });
  assert.equal(await li.locator('.src-figures').textContent(), 'This source: 3 killed');

  // Undo: DELETE with the token; the summary and rings go, the created markers go, the merged
  // feature is back to its own sources, on the map and in the API
  const undone = page.locator('.toast', { hasText: 'Undone' }).waitFor({ timeout: 60000 }); // it fades: watch from the click
  undone.catch(() => {}); // awaited below
  const [del] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'DELETE'),
    panel.locator('#add-undo').click(),
  ]);
  assert.equal(del.status(), 204);
  assert.equal(del.request().headers().authorization, `Bearer ${TOKEN}`);
  assert.ok(del.url().endsWith(`/api/articles/${res.article}`), del.url());
  await panel.waitFor({ state: 'detached' });
  await page.waitForFunction((n) => window.conflictmap.stats().visible === n, s0.visible);
  assert.equal(await page.locator('path.add-ring').count(), 0);
  for (const f of res.created) {
    assert.equal(await page.evaluate((id) => !!window.conflictmap.marker(id), f.id), false, `${f.id} is off the map`);
  }
  const onMap = await page.evaluate((id) => window.conflictmap.marker(id).feature.properties.sources.map((s) => s.article_id).sort(), kalbajar.id);
  assert.deepEqual(onMap, sourcesOf(kalbajar));
  assert.deepEqual(sourcesOf(await api(`/api/collections/clashes/items/${kalbajar.id}`)), sourcesOf(kalbajar));
  assert.equal((await collection('clashes')).numberMatched, before.clashes.numberMatched);
  await undone;
  assert.deepEqual(page.errors, []);
});
