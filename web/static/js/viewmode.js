// Markers or tiles, by what is in view. When the store holds more events than the tile threshold
// (tiles.js) the map starts on vector tiles; after every move it asks the server how many events
// lie in view (items?bbox=…&limit=1, its numberMatched). When they are at most the threshold it
// fetches them (a padded box when that is still under the threshold, so that a small pan asks
// nothing) and draws them as markers, with the popups, list, filters and time axis of a small
// store; when a move brings more into view it goes back to tiles. A threshold of 0 (?tiles=0)
// keeps tiles at every scale.
import { debounce } from './util.js';
import { problemText } from './api.js';

const HEADERS = { headers: { Accept: 'application/geo+json, application/json' } };

/** worldBox is Leaflet bounds b as [w, s, e, n] clamped to the world (a view over 360° is all of it). */
export function worldBox(b) {
  const clamp = (v, lim) => Math.max(-lim, Math.min(lim, v));
  let w = b.getWest(), e = b.getEast();
  if (e - w >= 360) { w = -180; e = 180; }
  return [clamp(w, 180), clamp(b.getSouth(), 90), clamp(e, 180), clamp(b.getNorth(), 90)];
}

/** bboxParam is the bbox= value of Leaflet bounds b (worldBox). */
export function bboxParam(b) {
  return worldBox(b).map((v) => v.toFixed(5)).join(',');
}

/** countIn is how many events lie in bounds b (Infinity when the server stopped counting). */
export async function countIn(b) {
  const r = await fetch(`/api/collections/events/items?bbox=${bboxParam(b)}&limit=1&properties=event_type`, HEADERS);
  if (!r.ok) throw new Error(await problemText(r));
  const fc = await r.json();
  return typeof fc.numberMatched === 'number' ? fc.numberMatched : Infinity;
}

/** fetchIn returns every event in bounds b, page after page, or null past max of them. */
export async function fetchIn(b, max) {
  let url = `/api/collections/events/items?bbox=${bboxParam(b)}&limit=${Math.min(Math.max(max, 1), 10000)}`;
  const out = [];
  for (let page = 0; url && page < 100; page++) {
    const r = await fetch(url, HEADERS);
    if (!r.ok) throw new Error(await problemText(r));
    const fc = await r.json();
    for (const f of fc.features || []) out.push(f);
    if (out.length > max) return null;
    const next = (fc.links || []).find((l) => l.rel === 'next');
    url = (fc.features || []).length && next ? next.href : null;
  }
  return out;
}

/**
 * followView switches map between tiles and markers as it moves (see the top of this file).
 * showMarkers(features) draws the events in view as markers (and takes the tiles off);
 * showTiles() takes the event markers off and draws the tiles. It returns {mode, check, reload}:
 * mode is 'tiles' or 'markers', check() looks again at the view, reload() fetches the events in
 * view again (after the store changed).
 */
export function followView({ map, threshold, showMarkers, showTiles, toast }) {
  let mode = 'tiles', loaded = null, seq = 0;
  const toTiles = () => {
    loaded = null;
    if (mode !== 'tiles') { mode = 'tiles'; showTiles(); }
  };
  async function look(force) {
    if (threshold <= 0) return;
    const my = ++seq;
    const view = map.getBounds();
    if (!force && mode === 'markers' && loaded && loaded.contains(view)) return;
    try {
      if (await countIn(view) > threshold) { if (my === seq) toTiles(); return; }
      const padded = view.pad(0.5);
      const box = await countIn(padded) <= threshold ? padded : view;
      const feats = await fetchIn(box, threshold);
      if (my !== seq) return;
      if (!feats) { toTiles(); return; }
      loaded = box;
      mode = 'markers';
      showMarkers(feats);
    } catch (err) {
      if (toast) toast(`Could not load the events in view: ${err.message}`);
    }
  }
  const check = debounce(() => look(false), 200);
  map.on('moveend', check);
  return {
    get mode() { return mode; },
    check: () => look(false),
    reload: () => look(true),
  };
}
