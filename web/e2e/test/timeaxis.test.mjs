// The time axis on the sample data (issue 10, item 4): it opens on 2020–21, background events wait
// behind a toggle, typed dates reach any day, and play steps by the unit the span asks for.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, stats, seed, lastDay, shownByDefault, EVENT_LAYERS } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const dayOf = (n) => new Date(n * 86400000).toISOString().slice(0, 10);
const slider = (page) => page.evaluate(() => {
  const r = document.getElementById('range-from');
  return { min: +r.min, max: +r.max, from: document.getElementById('date-from').value, to: document.getElementById('date-to').value };
});

test('the slider opens on where most events are; background events wait behind a toggle', async () => {
  const data = await seed();
  const events = EVENT_LAYERS.flatMap((l) => data[l].features);
  const background = events.filter((f) => !shownByDefault(f));
  assert.ok(background.length > 0, 'the seed recalls older wars (timing: background)');
  const news = events.filter(shownByDefault);

  const page = await open(browser);
  assert.deepEqual((await page.evaluate(() => window.conflictmap.ids())).sort(), news.map((f) => f.id).sort());
  let s = await slider(page);
  assert.ok(dayOf(s.min) >= '2020-01-01' && dayOf(s.max) <= '2021-12-31', `opens on 2020–21: ${dayOf(s.min)} – ${dayOf(s.max)}`);
  assert.equal(await page.locator('#background').isChecked(), false);

  // the toggle shows them, says so in the URL, and the slider still spans 2020–21 …
  await page.locator('#background').check();
  await page.waitForFunction((n) => window.conflictmap.stats().visible === n, events.length);
  await page.waitForFunction(() => /[#&]bg=1(&|$)/.test(location.hash));
  const earliest = background.map((f) => f.properties.date_start).sort()[0];
  s = await slider(page);
  assert.ok(dayOf(s.min) >= '2020-01-01', `the slider is not squeezed by ${earliest}: starts ${dayOf(s.min)}`);
  assert.equal(s.from, earliest, 'the typed start shows the earliest date, which is shown');
  // … while "All years" stretches it over every date
  await page.locator('#time-span').click();
  s = await slider(page);
  assert.equal(dayOf(s.min), earliest);
  assert.equal(await page.locator('#time-span').getAttribute('aria-pressed'), 'true');

  // a shared link keeps the toggle
  await page.goto(page.url());
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === '1');
  assert.equal((await stats(page)).visible, events.length);
  assert.equal(await page.locator('#background').isChecked(), true);
  assert.deepEqual(page.errors, []);
});

test('typed dates filter the events and go into the URL', async () => {
  const data = await seed();
  const news = EVENT_LAYERS.flatMap((l) => data[l].features).filter(shownByDefault);
  const page = await open(browser);
  const day = '2021-06-01';
  await page.locator('#date-from').fill(day);
  await page.locator('#date-from').dispatchEvent('change');
  const want = news.filter((f) => { const e = lastDay(f.properties); return !e || e >= day; });
  assert.ok(want.length > 0 && want.length < news.length, `${want.length} of ${news.length}`);
  await page.waitForFunction((n) => window.conflictmap.stats().visible === n, want.length);
  assert.deepEqual((await page.evaluate(() => window.conflictmap.ids())).sort(), want.map((f) => f.id).sort());
  await page.waitForFunction((d) => location.hash.includes(`from=${d}`), day);
  const thumb = await page.evaluate(() => +document.getElementById('range-from').value);
  assert.equal(dayOf(thumb), day, 'the thumb follows the typed date');
  // a date before every event is "from the beginning": everything comes back
  await page.locator('#date-from').fill('1900-01-01');
  await page.locator('#date-from').dispatchEvent('change');
  await page.waitForFunction((n) => window.conflictmap.stats().visible === n, news.length);
  assert.deepEqual(page.errors, []);
});

test('play steps week by week over the sample\'s months', async () => {
  const page = await open(browser);
  const s = await slider(page);
  const span = s.max - s.min;
  assert.ok(span > 92 && span <= 1100, `the seed spans months: ${span} days`);
  assert.equal(await page.locator('#timebar').getAttribute('data-step'), 'week');
  assert.match(await page.locator('#play').getAttribute('aria-label'), /week by week/);
  await page.locator('#play').click();
  const first = await page.locator('#date-from').inputValue();
  assert.equal(first, dayOf(s.min), 'play starts at the slider\'s start');
  assert.equal(await page.locator('#date-to').inputValue(), dayOf(s.min + 6), 'one week shown');
  await page.waitForFunction((d) => document.getElementById('date-from').value !== d, first);
  const second = await page.locator('#date-from').inputValue();
  await page.locator('#play').click(); // pause
  assert.equal((Date.parse(second) - Date.parse(first)) / 86400000, 7, `${first} → ${second}`);
  assert.equal(await page.locator('#play').getAttribute('aria-pressed'), 'false');
  assert.deepEqual(page.errors, []);
});
