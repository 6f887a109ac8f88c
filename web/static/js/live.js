// Live updates: the server's writes as Server-Sent Events (GET /api/changes), so that an article
// added by anyone sharing the store appears on an open map without a reload.
import { debounce } from './util.js';
import { fetchCollection } from './api.js';
import { layerForType } from './layers.js';

/** watchChanges calls onChange (debounced: a burst of writes is one refresh) after every write. */
export function watchChanges(onChange) {
  if (!window.EventSource) return null;
  let seen = 0;
  const refresh = debounce(async () => {
    try { await onChange(); } catch { /* the next change retries */ }
    document.body.dataset.changes = String(++seen);
  }, 300);
  const es = new EventSource('/api/changes');
  es.addEventListener('change', () => refresh());
  return es; // the browser reconnects by itself when the stream drops
}

const fidOf = (f) => String((f.properties && f.properties.id) ?? f.id);

/** reloadEvents fetches the events again and puts them on the map (replaceEvents). */
export async function reloadEvents(m) {
  replaceEvents(await fetchCollection('events'), m);
}

/** replaceEvents makes feats the events on the map: markers of events gone are removed, those new or changed (re)made. */
export function replaceEvents(feats, { markers, byId, isEvent, removeFeature, addFeatures }) {
  const ids = new Set(feats.map(fidOf));
  for (const m of markers.filter((x) => isEvent(x) && !ids.has(x.fid))) removeFeature(m.fid);
  const changed = feats.filter((f) => {
    const l = layerForType(f.properties && f.properties.event_type);
    const old = l && byId.get(`${l.id}:${fidOf(f)}`);
    return !old || JSON.stringify(old.feature) !== JSON.stringify(f);
  });
  if (changed.length) addFeatures(changed, null);
}
