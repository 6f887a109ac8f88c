// Vector tiles: past a threshold of events (20,000 by default; ?tiles=N in the page's URL
// lowers it, ?tiles=0 always uses tiles) the map does not load every event as GeoJSON but draws
// each event layer's /api/collections/{layer}/tiles/WebMercatorQuad/{z}/{y}/{x} with
// Leaflet.VectorGrid. A click on a point fetches the whole feature by id for the popup. The
// legend shows and hides layers' tiles; the search and the panel's filters (actor, country, at
// least N killed) are passed on as the API's q=, actor=, country= and filter=fatalities >= N; the
// time axis is not (it is built from the events loaded, and none are).
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

const allGrids = new Set(); // every tileset made, for the click handler of their canvases

/** tileQuery is the query string of the tiles' filters ('' = none): the panel's and the search. */
export function tileQuery({ filters, q }) {
  const p = new URLSearchParams();
  if (filters.killed > 0) p.set('filter', `fatalities >= ${Math.floor(filters.killed)}`);
  if (filters.actor) p.set('actor', filters.actor);
  if (filters.country) p.set('country', filters.country);
  if (q) p.set('q', q);
  return p.toString();
}

/**
 * createTiles adds the events' vector tiles to map: one tileset per event layer (its collection,
 * /api/collections/clashes/tiles/…), so that turning a layer off or on in the legend asks the
 * server nothing new, and each layer's tiles take the store's fast path. onClick(id) runs when a
 * point is clicked. It returns {grids, update(query, layerOn), hide(), refresh(), requested}:
 * update sets the filters (a tileQuery) and the layers shown, hide takes every tileset off the
 * map (until the next update), refresh bumps the cache key after the store changed, requested
 * counts the tiles asked for.
 */
export function createTiles(map, { onClick }) {
  patchVectorGrid();
  if (!map.getPane('event-tiles')) map.createPane('event-tiles').style.zIndex = 450;
  let query = '', version = 0;
  const state = { requested: 0 };
  const url = (l) => `/api/collections/${l.id}/tiles/WebMercatorQuad/{z}/{y}/{x}?${query}${query ? '&' : ''}v=${version}`;
  const grids = new Map();
  for (const l of EVENT_LAYERS) {
    const style = { radius: 5, weight: 1, color: '#fff', opacity: 0.9, fill: true, fillOpacity: 0.85, fillColor: l.color };
    const g = L.vectorGrid.protobuf(url(l), {
      rendererFactory: L.canvas.tile,
      vectorTileLayerStyles: { [l.id]: style },
      interactive: true,
      getFeatureId: (f) => f.properties.id,
      pane: 'event-tiles', // above the markers' canvas, which would take the clicks
    });
    const fetchTile = g._getVectorTilePromise;
    g._getVectorTilePromise = function (coords, tileBounds) { state.requested++; return fetchTile.call(this, coords, tileBounds); };
    g.on('click', (e) => {
      const id = e.layer && e.layer.properties && e.layer.properties.id;
      if (id) onClick(id);
    });
    grids.set(l.id, g);
    allGrids.add(g);
  }
  return {
    grids,
    get requested() { return state.requested; },
    update(q, layerOn) {
      const moved = q !== query;
      query = q;
      for (const l of EVENT_LAYERS) {
        const g = grids.get(l.id);
        if (moved) g.setUrl(url(l), !map.hasLayer(g));
        if (layerOn.has(l.id) && !map.hasLayer(g)) g.addTo(map);
        else if (!layerOn.has(l.id) && map.hasLayer(g)) map.removeLayer(g);
      }
    },
    hide() {
      for (const g of grids.values()) if (map.hasLayer(g)) map.removeLayer(g);
    },
    refresh() {
      version++;
      for (const l of EVENT_LAYERS) grids.get(l.id).setUrl(url(l), !map.hasLayer(grids.get(l.id)));
    },
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
  // The layers' tile canvases lie one over the other and only the top one hears a click: it
  // looks for the feature in the tiles at the same place of every layer's tileset.
  T._onClick = function (e) {
    const point = this._map.mouseEventToLayerPoint(e).subtract(this.getOffset());
    const c = this._tileCoord, key = `${c.x}:${c.y}:${c.z}`;
    const renderers = [this];
    for (const g of allGrids) {
      const r = g._map && g._vectorTiles[key];
      if (r && r !== this) renderers.push(r);
    }
    for (const r of renderers) {
      let hit = null;
      for (const id in r._layers) {
        const l = r._layers[id];
        if (l.options.interactive && l._containsPoint(point) && !this._map._draggableMoved(l)) hit = l;
      }
      if (hit) { r._fireEvent([hit], e); return; }
    }
    this._fireEvent(false, e);
  };
}
