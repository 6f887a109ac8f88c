// Speed: 10,000 events from the server drawn in about a second in headless Chromium. The stand-in
// server of web/e2e/server serves them (synthetic events behind the real web app): the real one
// cannot make that many from the sample articles.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, stats, PERF } from './helpers.mjs';

const TARGET_MS = 1000; // the "about a second"

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('10,000 events render quickly', { skip: !PERF && 'no E2E_PERF_URL' }, async (t) => {
  // a first load warms the browser's and the server's caches, as a second visit would be
  await (await open(browser, '/', { width: 1280, height: 800 }, PERF)).context().close();
  const runs = [];
  let pan = 0;
  for (let i = 0; i < 3; i++) {
    const page = await open(browser, '/', { width: 1280, height: 800 }, PERF);
    const s = await stats(page);
    assert.equal(s.visible, 10000);
    // where the time goes, in ms from navigation: the page's own marks and the data's fetches
    const r = await page.evaluate(() => {
      const mark = (n) => Math.round(performance.getEntriesByName(n)[0]?.startTime ?? NaN);
      const nav = performance.getEntriesByType('navigation')[0];
      const items = performance.getEntriesByType('resource').filter((e) => e.name.includes('/items'));
      const cm = window.conflictmap;
      const drawnAlone = cm.ids().filter((id) => cm.marker(id)._map).length;
      return {
        rendered: Math.round(cm.renderedAt),
        dcl: Math.round(nav.domContentLoadedEventEnd),
        itemsEnd: Math.round(Math.max(...items.map((e) => e.responseEnd))),
        fetched: mark('conflictmap-fetched'),
        markers: mark('conflictmap-markers'),
        rendered2: mark('conflictmap-rendered'),
        clusters: document.querySelectorAll('.cl-wrap').length,
        drawnAlone,
      };
    });
    assert.ok(r.clusters + r.drawnAlone > 0, 'something is drawn');
    runs.push(r);
    // panning: the time of a pan and its redraw, reported (not asserted: it depends on the machine)
    const ms = await page.evaluate(async () => {
      const t0 = performance.now();
      for (let k = 0; k < 10; k++) {
        window.conflictmap.map.panBy([40, 25], { animate: false });
        await new Promise((r) => requestAnimationFrame(r));
      }
      return (performance.now() - t0) / 10;
    });
    pan = Math.max(pan, Math.round(ms));
    await page.context().close();
  }
  const best = Math.min(...runs.map((r) => r.rendered));
  const line = runs.map((r) => `${r.rendered} (html+js ${r.dcl}, data ${r.itemsEnd}, parsed ${r.fetched}, markers ${r.markers}, clustered+drawn ${r.rendered2})`).join('; ');
  t.diagnostic(`10,000 events drawn, ms from navigation: ${line}; best ${best} ms (target ${TARGET_MS}); pan+redraw ≤ ${pan} ms/frame`);
  console.log(`# perf: 10,000 events drawn in ${runs.map((r) => r.rendered).join(', ')} ms from navigation (best ${best}, target ${TARGET_MS}); pan ${pan} ms/frame`);
  // the figure is reported, not asserted: CI shares two cores, and a timed assertion fails when
  // the machine is busy; what must hold is that every run drew the 10,000 events (checked above)
});
