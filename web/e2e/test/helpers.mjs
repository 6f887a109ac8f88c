// Shared set-up of the browser tests: one headless Chromium per test file, a fresh page per test,
// and the server's own API as the oracle of what the map must show.
import { chromium } from 'playwright-core';

export const BASE = process.env.E2E_BASE_URL || 'http://127.0.0.1:8080';
export const PERF = process.env.E2E_PERF_URL || '';
export const TOKEN = process.env.E2E_TOKEN || 'test-token';

export const EVENT_LAYERS = ['deployments', 'clashes', 'incidents', 'exercises', 'agreements', 'parades', 'meetings'];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    headless: true,
  });
}

/** open loads the map at path and waits until its first render; page errors are kept in page.errors. */
export async function open(browser, path = '/', viewport = { width: 1280, height: 800 }, base = BASE) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, acceptDownloads: true });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(base + path);
  await ready(page);
  return page;
}

/** ready waits for the map's first full render (body[data-ready=1]). */
export async function ready(page) {
  await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 20000 });
}

/** settled waits until the map is not moving, no CSS transition runs, and two frames have been painted. */
export async function settled(page) {
  await page.waitForFunction(() => {
    const m = window.conflictmap && window.conflictmap.map;
    if (!m || m._animatingZoom || (m._panAnim && m._panAnim._inProgress)) return false;
    return document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity);
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

export const stats = (page) => page.evaluate(() => window.conflictmap.stats());

/** api GETs a path of the server under test and returns its JSON and headers. */
export async function api(path) {
  const r = await fetch(BASE + path, { headers: { Accept: 'application/geo+json, application/json' } });
  if (!r.ok) throw new Error(`GET ${path}: ${r.status} ${await r.text()}`);
  return r.json();
}

/** collection returns {numberMatched, features} of one collection, all of it. */
export async function collection(id) {
  const fc = await api(`/api/collections/${encodeURIComponent(id)}/items?limit=10000`);
  return { numberMatched: fc.numberMatched ?? fc.features.length, features: fc.features };
}

/** seed returns every event layer's collection and the places, as the API has them now. */
export async function seed() {
  const out = {};
  for (const id of [...EVENT_LAYERS, 'places']) out[id] = await collection(id);
  out.events = EVENT_LAYERS.reduce((n, id) => n + out[id].numberMatched, 0);
  return out;
}

/** shownByDefault says whether the map shows an event feature at first: background ones wait behind a toggle. */
export const shownByDefault = (f) => f.properties.timing !== 'background';

/** formatNumber writes n as the legend does: thousands separated by commas. */
export const formatNumber = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** utf8Slice returns the text between two UTF-8 byte offsets, as SCHEMA's place_start/place_end mean. */
export function utf8Slice(s, start, end) {
  return Buffer.from(s, 'utf8').subarray(start, end).toString('utf8');
}

/** lastDay returns the last ISO day an event's date covers ("2020" → "2020-12-31"), or null. */
export function lastDay(p) {
  const d = p.date_end || p.date || p.date_start;
  if (!d) return null;
  if (/^\d{4}$/.test(d)) return `${d}-12-31`;
  if (/^\d{4}-\d{2}$/.test(d)) {
    const [y, m] = d.split('-').map(Number);
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return d.slice(0, 10);
}

/**
 * markerInk says whether the marker canvas has a drawn pixel at the marker of feature id; only
 * meaningful for a marker that is drawn by itself (not inside a cluster).
 */
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

/** drawn lists what shows each event marker now: 'marker' (itself, in view), 'cluster', or 'none'. */
export function drawn(page) {
  return page.evaluate(() => {
    const cm = window.conflictmap;
    const b = cm.map.getBounds();
    const out = {};
    for (const id of cm.ids()) {
      const m = cm.marker(id);
      let how = 'none';
      if (m._map && b.contains(m.getLatLng())) how = 'marker';
      else {
        let p = m.__parent;
        while (p && !p._icon) p = p.__parent;
        if (p && p._icon && document.contains(p._icon)) how = 'cluster';
      }
      out[id] = { layer: m.layerDef.id, how };
    }
    return out;
  });
}
