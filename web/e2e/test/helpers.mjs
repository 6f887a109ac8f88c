// Shared set-up of the browser tests: one headless Chromium per test file, a fresh page per test.
import { chromium } from 'playwright-core';

export const BASE = process.env.E2E_BASE_URL || 'http://127.0.0.1:8080';
export const PERF = process.env.E2E_PERF_URL || '';
export const TOKEN = process.env.E2E_TOKEN || 'test-token';
export const FIXTURES = process.env.E2E_FIXTURES !== '0';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    headless: true,
  });
}

/** open loads the map at path and waits until its first render; page errors fail the test. */
export async function open(browser, path = '/', viewport = { width: 1280, height: 800 }, base = BASE) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(base + path);
  await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 20000 });
  return page;
}

export const stats = (page) => page.evaluate(() => window.conflictmap.stats());

/** canvasHasInk says whether the marker canvas has any drawn pixel around a container point. */
export function markerInk(page, id) {
  return page.evaluate((id) => {
    const cm = window.conflictmap;
    const m = cm.marker(id);
    if (!m || !m._map) return false;
    const canvas = m._renderer._container;
    const pos = L.DomUtil.getPosition(canvas);
    const p = cm.map.latLngToLayerPoint(m.getLatLng()).subtract(pos);
    const ratio = canvas.width / canvas.clientWidth;
    const data = canvas.getContext('2d').getImageData(Math.round(p.x * ratio) - 3, Math.round(p.y * ratio) - 3, 7, 7).data;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return true;
    return false;
  }, id);
}
