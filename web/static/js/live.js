// Live updates: the server's writes as Server-Sent Events (GET /api/changes), so that an article
// added by anyone sharing the store appears on an open map without a reload.
import { debounce } from './util.js';
import { fetchCollection } from './api.js';
import { layerForType } from './layers.js';

/**
 * openChanges opens the stream of the server's writes (GET /api/changes) before the map loads
 * anything. It returns {opened, watch(onChange)}: opened resolves once the server is listening
 * for writes on this page's behalf (or after a second, or at once without a stream), so that data
 * read after it misses no write; watch calls onChange (debounced: a burst of writes is one
 * refresh) after every write, and once at once for writes that came before it was called. A
 * stream that drops reconnects by itself and the server tells it what it missed (a "missed" change).
 */
export function openChanges() {
  if (!window.EventSource) return { opened: Promise.resolve(), watch() {} };
  let handler = null, pending = false, seen = 0;
  const es = new EventSource('/api/changes');
  const opened = new Promise((resolve) => {
    es.addEventListener('open', resolve, { once: true });
    es.addEventListener('error', resolve, { once: true });
    setTimeout(resolve, 1000);
  });
  const refresh = debounce(async () => {
    try { await handler(); } catch { /* the next change retries */ }
    document.body.dataset.changes = String(++seen);
  }, 300);
  es.addEventListener('change', () => { if (handler) refresh(); else pending = true; });
  return {
    opened,
    watch(onChange) {
      handler = onChange;
      if (pending) refresh();
    },
  };
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
