// Markers drawn on a canvas: each layer's shape, the coloured cluster rings, and what shows a
// marker now (itself or its cluster). Needs Leaflet and markercluster (window.L).
import { EVENT_LAYERS, PLACES_LAYER, shapePoints } from './layers.js';
import { featureDays } from './util.js';

// ShapeMarker is a CircleMarker drawn as its layer's shape on the canvas: thousands of them
// pan smoothly where DOM icons would not. (Null without Leaflet: main.js then says what is missing.)
export const ShapeMarker = window.L && L.CircleMarker.extend({
  options: { shape: 'circle' },
  _updatePath() {
    if (this.options.shape === 'circle' || this.options.shape === 'dot') return this._renderer._updateCircle(this);
    this._renderer._updateShape(this);
  },
});
if (window.L) L.Canvas.include({
  _updateShape(layer) {
    if (!this._drawing || layer._empty()) return;
    const p = layer._point, ctx = this._ctx, r = Math.max(layer._radius, 1);
    const pts = shapePoints(layer.options.shape, p.x, p.y, r);
    ctx.beginPath();
    ctx.moveTo(pts[0][0], pts[0][1]);
    for (let i = 1; i < pts.length; i++) ctx.lineTo(pts[i][0], pts[i][1]);
    ctx.closePath();
    this._fillStroke(ctx, layer);
  },
});

/**
 * visibleParent is what shows a marker on the map now: itself, the cluster it is in, or null.
 * (markercluster's getVisibleParent looks for DOM icons, which canvas markers do not have.)
 */
export function visibleParent(m) {
  if (m._map) return m;
  let p = m.__parent;
  while (p && !p._icon) p = p.__parent;
  return p || null;
}

/** clusterIcon is a cluster's ring: one arc per layer, as long as its share of the markers. */
export function clusterIcon(c) {
  const kids = c.getAllChildMarkers();
  const counts = new Map();
  for (const m of kids) counts.set(m.layerDef, (counts.get(m.layerDef) || 0) + 1);
  const n = kids.length;
  let acc = 0;
  const stops = [];
  for (const l of EVENT_LAYERS) {
    const k = counts.get(l);
    if (!k) continue;
    const a = (acc / n) * 100, b = ((acc + k) / n) * 100;
    stops.push(`${l.color} ${a.toFixed(1)}% ${b.toFixed(1)}%`);
    acc += k;
  }
  const size = Math.round(28 + Math.min(22, Math.log10(n) * 9));
  const label = n >= 10000 ? `${Math.round(n / 1000)}k` : n >= 1000 ? `${(n / 1000).toFixed(1)}k` : String(n);
  return L.divIcon({
    className: 'cl-wrap',
    iconSize: [size, size],
    html: `<div class="cl" style="width:${size}px;height:${size}px;background:conic-gradient(${stops.join(',')})"><span>${label}</span></div>`,
  });
}

// dataBounds is where most of the data is: the 10th to 90th percentiles of latitude and
// longitude, so that a meeting in Moscow does not pull the first view away from the Caucasus.
export function dataBounds(pts) {
  if (!pts.length) return null;
  const q = (arr, f) => arr[Math.min(arr.length - 1, Math.max(0, Math.round(f * (arr.length - 1))))];
  const trim = pts.length >= 10 ? 0.1 : 0;
  const lats = pts.map((p) => p.lat).sort((a, b) => a - b), lons = pts.map((p) => p.lng).sort((a, b) => a - b);
  const b = L.latLngBounds([q(lats, trim), q(lons, trim)], [q(lats, 1 - trim), q(lons, 1 - trim)]);
  return b.isValid() ? b : null;
}


function pointOf(geom) {
  if (!geom) return null;
  if (geom.type === 'Point') return geom.coordinates;
  try {
    const b = L.geoJSON(geom).getBounds();
    if (b.isValid()) return [b.getCenter().lng, b.getCenter().lat];
  } catch { /* not a geometry Leaflet knows */ }
  return null;
}

/**
 * makeMarker returns the marker of feature f in layer (null without a usable geometry), drawn by
 * renderer, carrying what the filters read: fid, prec, days, background, hay (the search text).
 */
export function makeMarker(f, layer, renderer) {
  const c = pointOf(f.geometry);
  if (!c || !Number.isFinite(c[0]) || !Number.isFinite(c[1])) return null;
  const p = f.properties || (f.properties = {});
  const isPlace = layer === PLACES_LAYER;
  const prec = Number(p.geo_precision) || 1;
  const hollow = !isPlace && prec >= 3;
  const soft = p.modality && p.modality !== 'reported';
  const m = new ShapeMarker([c[1], c[0]], {
    renderer,
    shape: layer.shape,
    radius: isPlace ? 3.5 : 6.5,
    color: hollow ? layer.color : '#ffffff',
    weight: hollow ? 2.2 : 1.3,
    opacity: 1,
    fillColor: hollow ? '#ffffff' : layer.color,
    fillOpacity: isPlace ? 0.75 : soft ? 0.45 : 1,
    dashArray: soft && hollow ? '3,2' : null,
  });
  m.feature = f;
  m.layerDef = layer;
  m.fid = String(p.id ?? f.id ?? '');
  m.prec = isPlace ? 1 : prec;
  m.days = isPlace ? featureDays({ date_start: p.first_seen, date_end: p.last_seen }) : featureDays(p);
  m.background = !isPlace && p.timing === 'background';
  m.hay = null;
  return m;
}
