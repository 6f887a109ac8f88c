// Vector tiles: past a threshold of events (20,000 by default; ?tiles=N in the page's URL
// lowers it, ?tiles=0 always uses tiles) the map does not load every event as GeoJSON but draws
// /api/collections/events/tiles/WebMercatorQuad/{z}/{y}/{x} with Leaflet.VectorGrid. A click on
// a point fetches the whole feature by id for the popup. The legend's layers, the search and the
// panel's filters (actor, country, at least N killed) are passed on to the tiles as the API's
// filter (event_type IN …, fatalities >= N), actor=, country= and q=; the time axis is not (it is
// built from the events loaded, and none are).
import { EVENT_LAYERS, layerForType } from './layers.js';
import { makeMarker } from './markers.js';
import { problemText } from './api.js';

export const DEFAULT_TILE_THRESHOLD = 20000;

/** tileThreshold is the page's ?tiles=N, else the default. */
export function tileThreshold(search = location.search) {
  const v = new URLSearchParams(search).get('tiles');
  const n = v === null || v === '' ? NaN : Number(v);
  return Number.isFinite(n) && n >= 0 ? n : DEFAULT_TILE_THRESHOLD;
}

/** eventCount is how many events the server holds (the collection's numberOfFeatures), or -1. */
export async function eventCount() {
  try {
    const r = await fetch('/api/collections/events', { headers: { Accept: 'application/json' } });
    if (!r.ok) return -1;
    const c = await r.json();
    return typeof c.numberOfFeatures === 'number' ? c.numberOfFeatures : -1;
  } catch {
    return -1;
  }
}

const quote = (s) => `'${String(s).replace(/'/g, "''")}'`;

/** tileQuery is the query string of the tiles for what the map shows ('' = no filter), or null when no event layer is on. */
export function tileQuery({ layerOn, filters, q }) {
  const on = EVENT_LAYERS.filter((l) => layerOn.has(l.id));
  if (!on.length) return null;
  const p = new URLSearchParams();
  const cql = [];
  if (on.length < EVENT_LAYERS.length) cql.push(`event_type IN (${on.map((l) => quote(l.type)).join(',')})`);
  if (filters.killed > 0) cql.push(`fatalities >= ${Math.floor(filters.killed)}`);
  if (cql.length) p.set('filter', cql.join(' AND '));
  if (filters.actor) p.set('actor', filters.actor);
  if (filters.country) p.set('country', filters.country);
  if (q) p.set('q', q);
  return p.toString();
}

/**
 * createTiles adds the events' vector tiles to map. onClick(id, latlng) runs when a point is
 * clicked. It returns {layer, update(query), refresh(), requested}: update sets the filters (a
 * tileQuery), refresh bumps the cache key after the store changed, requested counts the tiles asked for.
 */
export function createTiles(map, { onClick }) {
  patchVectorGrid();
  const colors = new Map(EVENT_LAYERS.map((l) => [l.type, l.color]));
  const style = (p) => ({
    radius: 5, weight: 1, color: '#fff', opacity: 0.9, fill: true, fillOpacity: 0.85,
    fillColor: colors.get(p.event_type) || '#64748b',
  });
  let query = '', version = 0;
  const url = () => `/api/collections/events/tiles/WebMercatorQuad/{z}/{y}/{x}?${query}${query ? '&' : ''}v=${version}`;
  const state = { requested: 0 };
  if (!map.getPane('event-tiles')) map.createPane('event-tiles').style.zIndex = 450;
  const layer = L.vectorGrid.protobuf(url(), {
    rendererFactory: L.canvas.tile,
    vectorTileLayerStyles: { events: style },
    interactive: true,
    getFeatureId: (f) => f.properties.id,
    pane: 'event-tiles', // above the markers' canvas, which would take the clicks
  });
  // count the tiles asked for (the browser tests look for them)
  const fetchTile = layer._getVectorTilePromise;
  layer._getVectorTilePromise = function (coords, tileBounds) { state.requested++; return fetchTile.call(this, coords, tileBounds); };
  layer.on('click', (e) => {
    const id = e.layer && e.layer.properties && e.layer.properties.id;
    if (id) onClick(id, e.latlng);
  });
  layer.addTo(map);
  const apply = () => {
    layer.setUrl(url(), false);
  };
  return {
    layer,
    get requested() { return state.requested; },
    update(q) {
      if (q === null) { if (map.hasLayer(layer)) map.removeLayer(layer); return; }
      if (!map.hasLayer(layer)) layer.addTo(map);
      if (q === query) return;
      query = q;
      apply();
    },
    refresh() { version++; apply(); },
  };
}

/**
 * startTiles draws the events as tiles on map (createTiles): a click on a point opens (open(m))
 * a marker made of the whole feature, fetched by id; a click beside every point opens the nearest
 * of places() (the tiles' canvases lie over the place dots) within 8 px.
 */
export function startTiles(map, { markerRenderer, places, open, toast }) {
  const tiles = createTiles(map, {
    async onClick(id) {
      try {
        const r = await fetch(`/api/collections/events/items/${encodeURIComponent(id)}`, { headers: { Accept: 'application/geo+json' } });
        if (!r.ok) { toast(`Could not load that event: ${await problemText(r)}`); return; }
        const f = await r.json();
        const m = makeMarker(f, layerForType(f.properties && f.properties.event_type) || EVENT_LAYERS[0], markerRenderer);
        if (m) open(m);
      } catch (err) {
        toast(`Could not reach the server: ${err.message}`);
      }
    },
  });
  document.body.dataset.tiles = '1';
  map.on('click', (e) => {
    let best = null, bestD = 8;
    for (const m of places()) {
      const d = map.latLngToContainerPoint(m.getLatLng()).distanceTo(e.containerPoint);
      if (d < bestD) { best = m; bestD = d; }
    }
    if (best) open(best);
  });
  return tiles;
}

// patchVectorGrid fits VectorGrid 1.3's canvas tiles to Leaflet 1.9: its click handler calls
// DomEvent.fakeStop (gone since Leaflet 1.8) and tells the map nothing of a click that hits no
// feature, and its points have no _latlng, which Leaflet 1.9 reads of a small clicked marker.
function patchVectorGrid() {
  const T = L.Canvas.Tile.prototype;
  if (T.conflictmapPatched) return;
  T.conflictmapPatched = true;
  const fire = T._fireEvent;
  T._fireEvent = function (layers, e, type) {
    for (const l of layers || []) if (l.getLatLng && !l._latlng) l._latlng = this._map.mouseEventToLatLng(e);
    return fire.call(this, layers, e, type);
  };
  T._onClick = function (e) {
    const point = this._map.mouseEventToLayerPoint(e).subtract(this.getOffset());
    let hit = null;
    for (const id in this._layers) {
      const l = this._layers[id];
      if (l.options.interactive && l._containsPoint(point) && !this._map._draggableMoved(l)) hit = l;
    }
    this._fireEvent(hit ? [hit] : false, e);
  };
}
