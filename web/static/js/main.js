// conflictmap's web map: event layers from the OGC API at /api on an offline basemap, with a
// time filter, search, a list of what is in view, downloads and adding articles.
import { el, dayNumber, dayString, featureDays, formatDate, formatNumber, haystack, searchTerms, matches, debounce } from './util.js';
import { EVENT_LAYERS, PLACES_LAYER, PRECISION, layerForType, shapePoints, shapeSVG } from './layers.js';
import { parseState, formatState } from './state.js';
import { eventPopup, placePopup } from './popup.js';
import { createBasemap } from './basemap.js';
import { showAddSummary } from './addsummary.js';

const $ = (id) => document.getElementById(id);
const ALL_LAYERS = [...EVENT_LAYERS, PLACES_LAYER];
const DEFAULT_VIEW = { lat: 40.2, lon: 46.2, zoom: 7 }; // the South Caucasus
const TOKEN_KEY = 'conflictmap.token';

if (!window.L || !L.MarkerClusterGroup || !window.topojson) {
  document.body.prepend(el('div', { class: 'fatal', role: 'alert' },
    'The map\'s script libraries are missing from this build. Run ', el('code', { text: 'make assets' }),
    ' (scripts/assets.sh) and rebuild. The data is still available at ', el('a', { href: '/api', text: '/api' }), '.'));
  throw new Error('conflictmap: vendor assets missing');
}

// ---------------------------------------------------------------- canvas shape markers

// ShapeMarker is a CircleMarker drawn as its layer's shape on the canvas: thousands of them
// pan smoothly where DOM icons would not.
const ShapeMarker = L.CircleMarker.extend({
  options: { shape: 'circle' },
  _updatePath() {
    if (this.options.shape === 'circle' || this.options.shape === 'dot') return this._renderer._updateCircle(this);
    this._renderer._updateShape(this);
  },
});
L.Canvas.include({
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

// ---------------------------------------------------------------- map

const initial = parseState(location.hash);
const map = L.map('map', {
  preferCanvas: true, minZoom: 3, maxZoom: 18, worldCopyJump: true, zoomSnap: 0.5,
  zoomControl: false, attributionControl: true,
});
L.control.zoom({ position: 'topright' }).addTo(map);
L.control.scale({ position: 'bottomleft', imperial: false }).addTo(map);
const v0 = initial.view || DEFAULT_VIEW;
map.setView([v0.lat, v0.lon], v0.zoom, { animate: false });
map.attributionControl.setPrefix(false);
map.attributionControl.addAttribution('Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a>');

const base = createBasemap(map);
const baseLayers = { 'Offline map': base.offline, 'OpenStreetMap (online)': base.online };
(initial.base === 'online' ? base.online : base.offline).addTo(map);
L.control.layers(baseLayers, null, { position: 'topright', collapsed: true }).addTo(map);
let baseName = initial.base === 'online' ? 'online' : 'offline';
map.on('baselayerchange', (e) => {
  baseName = e.layer === base.online ? 'online' : 'offline';
  $('map').classList.toggle('online', baseName === 'online');
  saveState();
});
$('map').classList.toggle('online', baseName === 'online');

map.createPane('halos').style.zIndex = 380;
map.createPane('selection').style.zIndex = 590;
map.getPane('selection').style.pointerEvents = 'none';
const markerRenderer = L.canvas({ padding: 0.15, tolerance: 5 });
const placeRenderer = markerRenderer;
const haloRenderer = L.canvas({ pane: 'halos', padding: 0.15 });

const cluster = L.markerClusterGroup({
  chunkedLoading: true,
  chunkInterval: 300, // long enough for the first 10,000 markers in one or two chunks
  chunkDelay: 5,
  maxClusterRadius: (z) => (z >= 9 ? 22 : z >= 7 ? 36 : 50),
  animate: false,
  disableClusteringAtZoom: 12, // clusters are built for zooms 3..11 only: half the work of 2..18
  spiderfyOnMaxZoom: true,
  showCoverageOnHover: false,
  removeOutsideVisibleBounds: true,
  iconCreateFunction: clusterIcon,
});
const placesGroup = L.layerGroup();
const haloGroup = L.layerGroup().addTo(map);
const selectionGroup = L.layerGroup().addTo(map);
map.addLayer(cluster);

// visibleParent is what shows a marker on the map now: itself, the cluster it is in, or null.
// (markercluster's getVisibleParent looks for DOM icons, which canvas markers do not have.)
function visibleParent(m) {
  if (m._map) return m;
  let p = m.__parent;
  while (p && !p._icon) p = p.__parent;
  return p || null;
}

function clusterIcon(c) {
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

// ---------------------------------------------------------------- data

const markers = []; // every marker, events and places
const byId = new Map(); // feature id → marker
let visible = new Set(); // markers that pass the filters
const layerOn = new Set(initial.layers ? initial.layers : EVENT_LAYERS.map((l) => l.id));
let showUndated = initial.undated !== false;
let terms = searchTerms(initial.q || '');
const time = { min: NaN, max: NaN, from: NaN, to: NaN };
let selected = null;

function pointOf(geom) {
  if (!geom) return null;
  if (geom.type === 'Point') return geom.coordinates;
  try {
    const b = L.geoJSON(geom).getBounds();
    if (b.isValid()) return [b.getCenter().lng, b.getCenter().lat];
  } catch { /* not a geometry Leaflet knows */ }
  return null;
}

function makeMarker(f, layer) {
  const c = pointOf(f.geometry);
  if (!c || !Number.isFinite(c[0]) || !Number.isFinite(c[1])) return null;
  const p = f.properties || (f.properties = {});
  const isPlace = layer === PLACES_LAYER;
  const prec = Number(p.geo_precision) || 1;
  const hollow = !isPlace && prec >= 3;
  const soft = p.modality && p.modality !== 'reported';
  const m = new ShapeMarker([c[1], c[0]], {
    renderer: isPlace ? placeRenderer : markerRenderer,
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
  m.hay = null;
  return m;
}

async function fetchCollection(id) {
  let url = `/api/collections/${encodeURIComponent(id)}/items?limit=10000`;
  const out = [];
  for (let page = 0; url && page < 200; page++) {
    const r = await fetch(url, { headers: { Accept: 'application/geo+json, application/json' } });
    if (r.status === 404 && page === 0) return out; // the server has no such collection
    if (!r.ok) throw new Error(`${id}: ${await problemText(r)}`);
    const fc = await r.json();
    const feats = fc.features || [];
    for (const f of feats) out.push(f);
    const next = (fc.links || []).find((l) => l.rel === 'next');
    url = feats.length && next ? next.href : null;
  }
  return out;
}

async function problemText(r) {
  try {
    const j = await r.clone().json();
    return j.detail || j.title || `${r.status} ${r.statusText}`;
  } catch {
    return `${r.status} ${r.statusText}`;
  }
}

function addFeatures(features, layer) {
  const added = [];
  for (const f of features) {
    const l = layer || layerForType(f.properties && f.properties.event_type);
    if (!l) continue;
    const m = makeMarker(f, l);
    if (!m) continue;
    const key = `${l.id}:${m.fid}`;
    const old = byId.get(key);
    if (old) {
      markers[markers.indexOf(old)] = m;
      if (visible.has(old)) {
        (old.layerDef === PLACES_LAYER ? placesGroup : cluster).removeLayer(old);
        visible.delete(old);
      }
    } else {
      markers.push(m);
    }
    byId.set(key, m);
    added.push(m);
  }
  return added;
}

// removeFeature takes an event off the map (an undone write's, which the server no longer has).
function removeFeature(fid) {
  const m = findMarker(fid);
  if (!m) return;
  if (m === selected) map.closePopup();
  if (visible.has(m)) { cluster.removeLayer(m); visible.delete(m); }
  markers.splice(markers.indexOf(m), 1);
  byId.delete(`${m.layerDef.id}:${m.fid}`);
}

function findMarker(fid) {
  for (const l of ALL_LAYERS) {
    const m = byId.get(`${l.id}:${fid}`);
    if (m) return m;
  }
  return null;
}

// ---------------------------------------------------------------- filters

function passes(m) {
  if (!layerOn.has(m.layerDef.id)) return false;
  const d = m.days;
  if (!d) {
    if (!showUndated) return false;
  } else if (!Number.isNaN(time.from) && (d[1] < time.from || d[0] > time.to)) {
    return false;
  }
  if (terms.length) {
    if (m.hay === null) m.hay = haystack(m.feature.properties);
    if (!matches(m.hay, terms)) return false;
  }
  return true;
}

let firstRender = null;

function applyFilters() {
  const next = new Set();
  for (const m of markers) if (passes(m)) next.add(m);
  const toAdd = [], toRemove = [];
  for (const m of next) if (!visible.has(m)) toAdd.push(m);
  for (const m of visible) if (!next.has(m)) toRemove.push(m);
  const isEv = (m) => m.layerDef !== PLACES_LAYER;
  const evAdd = toAdd.filter(isEv), evRemove = toRemove.filter(isEv);
  const evNext = [...next].filter(isEv);
  if (evRemove.length + evAdd.length > evNext.length * 0.5 + 50) {
    cluster.clearLayers();
    cluster.addLayers(evNext, true);
  } else {
    if (evRemove.length) cluster.removeLayers(evRemove);
    if (evAdd.length) cluster.addLayers(evAdd, true);
  }
  for (const m of toRemove) if (!isEv(m)) placesGroup.removeLayer(m);
  for (const m of toAdd) if (!isEv(m)) placesGroup.addLayer(m);
  if (layerOn.has('places') !== map.hasLayer(placesGroup)) {
    if (layerOn.has('places')) placesGroup.addTo(map); else map.removeLayer(placesGroup);
  }
  visible = next;
  if (selected && !visible.has(selected)) map.closePopup();
  updateCounts();
  scheduleHistogram();
  scheduleViewUpdate();
  saveState();
}

const scheduleFilters = (() => {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; applyFilters(); });
  };
})();

// ---------------------------------------------------------------- legend

const legendItems = new Map();

function buildLegend() {
  const ul = $('legend');
  ul.replaceChildren();
  for (const l of ALL_LAYERS) {
    if (l === PLACES_LAYER) ul.append(el('li', { class: 'legend-sep', role: 'presentation' }));
    const cb = el('input', { type: 'checkbox', id: `lg-${l.id}`, 'data-layer': l.id });
    cb.checked = layerOn.has(l.id);
    cb.addEventListener('change', () => {
      if (cb.checked) layerOn.add(l.id); else layerOn.delete(l.id);
      li.classList.toggle('off', !cb.checked);
      applyFilters();
    });
    const count = el('span', { class: 'lg-count' });
    const li = el('li', { class: `legend-item${cb.checked ? '' : ' off'}`, style: `--c:${l.color}` },
      el('label', { for: `lg-${l.id}` }, cb, shapeSVG(l, 20), el('span', { class: 'lg-title', text: l.title }), count));
    ul.append(li);
    legendItems.set(l.id, { li, cb, count });
  }
}

function updateCounts() {
  const total = new Map(), shown = new Map();
  for (const m of markers) total.set(m.layerDef.id, (total.get(m.layerDef.id) || 0) + 1);
  for (const m of visible) shown.set(m.layerDef.id, (shown.get(m.layerDef.id) || 0) + 1);
  let evTotal = 0, evShown = 0;
  for (const l of ALL_LAYERS) {
    const it = legendItems.get(l.id);
    const t = total.get(l.id) || 0, s = shown.get(l.id) || 0;
    if (l !== PLACES_LAYER) { evTotal += t; evShown += s; }
    it.count.textContent = !layerOn.has(l.id) || s === t ? formatNumber(t) : `${formatNumber(s)} / ${formatNumber(t)}`;
    it.li.classList.toggle('empty', t === 0);
  }
  $('status').textContent = evTotal === evShown ? `${formatNumber(evTotal)} events` : `${formatNumber(evShown)} of ${formatNumber(evTotal)} events`;
  document.body.dataset.visible = String(evShown);
}

// ---------------------------------------------------------------- precision halos

function updateHalos() {
  haloGroup.clearLayers();
  const b = map.getBounds().pad(0.3);
  const z = map.getZoom();
  let n = 0;
  for (const m of visible) {
    if (m.prec < 2 || m.layerDef === PLACES_LAYER) continue;
    if (m.prec === 2 && z < 7) continue;
    const ll = m.getLatLng();
    if (!b.contains(ll) || visibleParent(m) !== m) continue;
    const r = PRECISION[m.prec] ? PRECISION[m.prec].radius : 60000;
    haloGroup.addLayer(L.circle(ll, {
      radius: r, renderer: haloRenderer, interactive: false, pane: 'halos',
      color: m.layerDef.color, weight: 1, opacity: m.prec === 4 ? 0.35 : 0.5, fillColor: m.layerDef.color, fillOpacity: m.prec === 2 ? 0.1 : m.prec === 3 ? 0.05 : 0.025,
      dashArray: m.prec >= 3 ? '4,4' : null,
    }));
    if (++n >= 1500) break;
  }
}

// ---------------------------------------------------------------- list of what is in view

let listMarkers = [];

function updateList() {
  const b = map.getBounds();
  const items = [];
  for (const m of visible) {
    if (m.layerDef === PLACES_LAYER) continue;
    const ll = m._preSpiderfyLatlng || m.getLatLng();
    if (b.contains(ll)) items.push(m);
  }
  items.sort((a, c) => (c.days ? c.days[0] : -1e9) - (a.days ? a.days[0] : -1e9) || (a.fid < c.fid ? -1 : a.fid > c.fid ? 1 : 0));
  const LIMIT = 200;
  listMarkers = items.slice(0, LIMIT);
  const ol = $('list');
  const frag = document.createDocumentFragment();
  for (const m of listMarkers) {
    const p = m.feature.properties;
    const meta = [formatDate(p.date, p.date_precision), p.place].filter(Boolean).join(' · ');
    const btn = el('button', { type: 'button', class: 'item', 'data-id': m.fid, 'data-layer': m.layerDef.id },
      shapeSVG(m.layerDef, 16, { hollow: m.prec >= 3 }),
      el('span', { class: 'item-body' },
        el('span', { class: 'item-title', text: p.title || '(untitled event)' }),
        el('span', { class: 'item-meta', text: meta })),
      p.modality && p.modality !== 'reported' ? el('span', { class: `badge badge-${p.modality}`, text: p.modality }) : null);
    if (m === selected) btn.setAttribute('aria-current', 'true');
    btn.addEventListener('click', () => select(m, { fromList: true }));
    frag.append(el('li', {}, btn));
  }
  ol.replaceChildren(frag);
  if (!items.length) ol.append(el('li', { class: 'empty-note', text: markers.length ? 'No events here with these filters. Zoom out or widen the dates.' : 'No events yet.' }));
  $('list-count').textContent = items.length > LIMIT ? `first ${LIMIT} of ${formatNumber(items.length)}` : formatNumber(items.length);
}

const scheduleViewUpdate = debounce(() => { updateList(); updateHalos(); }, 120);
map.on('moveend', () => { scheduleViewUpdate(); saveState(); });
cluster.on('animationend spiderfied unspiderfied', () => scheduleViewUpdate());

// ---------------------------------------------------------------- selection and popups

function openPopup(m, focus) {
  const isPlace = m.layerDef === PLACES_LAYER;
  const content = isPlace ? placePopup(m.feature) : eventPopup(m.feature, m.layerDef);
  content.tabIndex = -1;
  selected = m;
  const popup = L.popup({ maxWidth: 380, minWidth: 260, maxHeight: Math.max(220, Math.min(440, map.getSize().y - 140)), autoPanPadding: [24, 24], className: 'pop-wrap', offset: [0, -4] })
    .setLatLng(m.getLatLng())
    .setContent(content);
  popup.marker = m;
  popup.openOn(map);
  selectionGroup.clearLayers();
  selectionGroup.addLayer(L.circleMarker(m.getLatLng(), { pane: 'selection', radius: 13, color: '#0f172a', weight: 2.5, fill: false, interactive: false }));
  for (const b of $('list').querySelectorAll('[aria-current]')) b.removeAttribute('aria-current');
  const item = $('list').querySelector(`button[data-id="${CSS.escape(m.fid)}"][data-layer="${m.layerDef.id}"]`);
  if (item) { item.setAttribute('aria-current', 'true'); item.scrollIntoView({ block: 'nearest' }); }
  if (focus) setTimeout(() => content.focus({ preventScroll: true }), 50);
  saveState();
}

let returnFocus = null;

function select(m, opts = {}) {
  if (!m) return;
  if (opts.fromList) returnFocus = document.activeElement;
  if (opts.fromList && window.matchMedia('(max-width: 820px)').matches) setDrawer(false);
  if (m.layerDef === PLACES_LAYER || !cluster.hasLayer(m)) {
    map.setView(m.getLatLng(), Math.max(map.getZoom(), 8));
    openPopup(m, opts.fromList);
    return;
  }
  reveal(m, () => openPopup(m, opts.fromList));
}

// reveal zooms and pans until the marker is out of its cluster, like markercluster's
// zoomToShowLayer but stopping at zoom 11 and spiderfying there: the offline basemap has
// little to show deeper, and events at one place would otherwise send the map to zoom 18.
function reveal(m, cb) {
  const inView = () => map.getBounds().contains(m.getLatLng());
  if (visibleParent(m) === m && inView()) { cb(); return; }
  const need = m.__parent ? m.__parent._zoom + 1 : map.getZoom();
  const z = Math.min(Math.max(map.getZoom(), need), 11);
  let done = false;
  const after = () => {
    if (done) return;
    done = true;
    const p = visibleParent(m);
    if (p && p !== m && p.spiderfy) { cluster.once('spiderfied', () => cb()); p.spiderfy(); } else cb();
  };
  map.once('moveend', () => setTimeout(after, 0));
  setTimeout(after, 1500);
  map.setView(m.getLatLng(), z);
}

map.on('popupclose', (e) => {
  if (e.popup.marker && e.popup.marker === selected) {
    selected = null;
    selectionGroup.clearLayers();
    for (const b of $('list').querySelectorAll('[aria-current]')) b.removeAttribute('aria-current');
    saveState();
    if (returnFocus && document.contains(returnFocus)) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }
});
cluster.on('click', (e) => openPopup(e.layer, false));
placesGroup.on('click', (e) => openPopup(e.layer, false));

// A tooltip with the title when the pointer rests on a marker.
const hoverTip = L.tooltip({ direction: 'top', offset: [0, -8], className: 'hover-tip', opacity: 1 });
const showTip = (e) => {
  const p = e.layer.feature.properties;
  hoverTip.setLatLng(e.layer.getLatLng()).setContent(el('span', { text: p.title || p.name || '' }));
  map.openTooltip(hoverTip);
};
const hideTip = () => map.closeTooltip(hoverTip);
cluster.on('mouseover', showTip).on('mouseout', hideTip);
placesGroup.on('mouseover', showTip).on('mouseout', hideTip);

// ---------------------------------------------------------------- time

const rFrom = $('range-from'), rTo = $('range-to');

function setupTime() {
  let min = Infinity, max = -Infinity;
  for (const m of markers) {
    if (!m.days || m.layerDef === PLACES_LAYER) continue;
    if (m.days[0] < min) min = m.days[0];
    if (m.days[1] > max) max = m.days[1];
  }
  const has = Number.isFinite(min);
  $('timebar').classList.toggle('no-dates', !has);
  if (!has) { time.min = time.max = time.from = time.to = NaN; return; }
  const wasFull = Number.isNaN(time.from) || (time.from <= time.min && time.to >= time.max);
  time.min = min; time.max = max;
  for (const r of [rFrom, rTo]) { r.min = String(min); r.max = String(max); }
  if (wasFull) { time.from = min; time.to = max; }
  time.from = Math.max(min, Math.min(time.from, max));
  time.to = Math.max(time.from, Math.min(time.to, max));
  rFrom.value = String(time.from);
  rTo.value = String(time.to);
  showTime();
}

function showTime() {
  const span = Math.max(1, time.max - time.min);
  $('t-from').textContent = Number.isNaN(time.from) ? '' : formatDate(dayString(time.from));
  $('t-to').textContent = Number.isNaN(time.to) ? '' : formatDate(dayString(time.to));
  rFrom.setAttribute('aria-valuetext', $('t-from').textContent);
  rTo.setAttribute('aria-valuetext', $('t-to').textContent);
  const fill = $('range-fill');
  fill.style.left = `${((time.from - time.min) / span) * 100}%`;
  fill.style.right = `${100 - ((time.to - time.min) / span) * 100}%`;
  $('time-reset').disabled = time.from <= time.min && time.to >= time.max;
}

function onRange(e) {
  let a = +rFrom.value, b = +rTo.value;
  if (a > b) { if (e && e.target === rFrom) b = a; else a = b; }
  rFrom.value = String(a); rTo.value = String(b);
  time.from = a; time.to = b;
  showTime();
  scheduleFilters();
}
rFrom.addEventListener('input', onRange);
rTo.addEventListener('input', onRange);
$('undated').checked = showUndated;
$('undated').addEventListener('change', () => { showUndated = $('undated').checked; applyFilters(); });
$('time-reset').addEventListener('click', () => {
  stopPlay();
  time.from = time.min; time.to = time.max;
  rFrom.value = String(time.from); rTo.value = String(time.to);
  showTime();
  applyFilters();
});

let playTimer = 0;
function stopPlay() {
  clearInterval(playTimer);
  playTimer = 0;
  $('play').setAttribute('aria-pressed', 'false');
  $('play').setAttribute('aria-label', 'Play through time');
}
$('play').addEventListener('click', () => {
  if (playTimer) { stopPlay(); return; }
  if (Number.isNaN(time.min)) return;
  const extent = time.max - time.min;
  let width = time.to - time.from;
  if (width >= extent || time.to >= time.max) {
    width = Math.max(7, Math.round(extent / 8));
    time.from = time.min; time.to = Math.min(time.max, time.min + width);
  }
  const step = Math.max(1, Math.round(extent / 120));
  $('play').setAttribute('aria-pressed', 'true');
  $('play').setAttribute('aria-label', 'Pause');
  const tick = () => {
    rFrom.value = String(time.from); rTo.value = String(time.to);
    showTime();
    applyFilters();
    if (time.to >= time.max) { stopPlay(); return; }
    time.from = Math.min(time.max, time.from + step);
    time.to = Math.min(time.max, time.to + step);
  };
  tick();
  playTimer = setInterval(tick, 280);
});

function drawHistogram() {
  const cv = $('histogram');
  const w = cv.clientWidth, h = cv.clientHeight;
  if (!w || !h || Number.isNaN(time.min)) return;
  const dpr = window.devicePixelRatio || 1;
  if (cv.width !== Math.round(w * dpr)) { cv.width = Math.round(w * dpr); cv.height = Math.round(h * dpr); }
  const ctx = cv.getContext('2d');
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  const span = time.max - time.min + 1;
  const bins = Math.max(1, Math.min(Math.floor(w / 4), span));
  const counts = new Array(bins).fill(0);
  for (const m of markers) {
    if (!m.days || m.layerDef === PLACES_LAYER || !layerOn.has(m.layerDef.id)) continue;
    if (terms.length) {
      if (m.hay === null) m.hay = haystack(m.feature.properties);
      if (!matches(m.hay, terms)) continue;
    }
    const i = Math.min(bins - 1, Math.floor(((m.days[0] - time.min) / span) * bins));
    counts[i]++;
  }
  const maxC = Math.max(1, ...counts);
  const bw = w / bins;
  for (let i = 0; i < bins; i++) {
    if (!counts[i]) continue;
    const d0 = time.min + (i / bins) * span, d1 = time.min + ((i + 1) / bins) * span;
    const inside = d1 > time.from && d0 <= time.to;
    const bh = Math.max(2, Math.sqrt(counts[i] / maxC) * (h - 2));
    ctx.fillStyle = inside ? 'rgba(30, 64, 120, 0.55)' : 'rgba(100, 116, 139, 0.22)';
    ctx.fillRect(i * bw + 0.5, h - bh, Math.max(1, bw - 1), bh);
  }
}
const scheduleHistogram = debounce(drawHistogram, 60);
window.addEventListener('resize', debounce(drawHistogram, 150));

// ---------------------------------------------------------------- search

const search = $('search');
search.value = initial.q || '';
$('search-clear').hidden = !search.value;
const runSearch = debounce(() => {
  terms = searchTerms(search.value);
  $('search-clear').hidden = !search.value;
  applyFilters();
}, 180);
search.addEventListener('input', runSearch);
$('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  runSearch.flush();
  const hits = [...visible].filter((m) => m.layerDef !== PLACES_LAYER);
  if (!terms.length || !hits.length) return;
  if (hits.length === 1) { select(hits[0]); return; }
  const b = L.latLngBounds(hits.map((m) => m.getLatLng()));
  map.fitBounds(b, { padding: [40, 40], maxZoom: 10 });
});
$('search-clear').addEventListener('click', () => {
  search.value = '';
  runSearch.flush();
  search.focus();
});

// ---------------------------------------------------------------- URL state

let restoring = false;
const saveState = debounce(() => {
  if (restoring) return;
  const c = map.getCenter();
  const s = {
    view: { zoom: map.getZoom(), lat: c.lat, lon: L.Util.wrapNum(c.lng, [-180, 180], true) },
    layers: ALL_LAYERS.map((l) => l.id).filter((id) => layerOn.has(id)),
    undated: showUndated,
    q: search.value.trim() || undefined,
    sel: selected ? selected.fid : undefined,
    base: baseName,
  };
  if (!Number.isNaN(time.min) && (time.from > time.min || time.to < time.max)) {
    s.from = dayString(time.from);
    s.to = dayString(time.to);
  }
  const h = formatState(s);
  if (h !== location.hash && !(h === '' && location.hash === '#')) history.replaceState(null, '', h || location.pathname + location.search);
}, 250);

function applyTimeFromState(s) {
  if (Number.isNaN(time.min)) return;
  const a = s.from ? dayNumber(s.from) : time.min, b = s.to ? dayNumber(s.to) : time.max;
  time.from = Math.max(time.min, Math.min(a, time.max));
  time.to = Math.max(time.from, Math.min(b, time.max));
  rFrom.value = String(time.from); rTo.value = String(time.to);
  showTime();
}

window.addEventListener('hashchange', () => {
  const s = parseState(location.hash);
  restoring = true;
  if (s.view) map.setView([s.view.lat, s.view.lon], s.view.zoom);
  if (s.layers) {
    layerOn.clear();
    for (const id of s.layers) layerOn.add(id);
    for (const [id, it] of legendItems) { it.cb.checked = layerOn.has(id); it.li.classList.toggle('off', !it.cb.checked); }
  }
  showUndated = s.undated !== false; $('undated').checked = showUndated;
  search.value = s.q || ''; terms = searchTerms(search.value);
  applyTimeFromState(s);
  restoring = false;
  applyFilters();
  if (s.sel) { const m = findMarker(s.sel); if (m && visible.has(m)) select(m); }
});

// ---------------------------------------------------------------- drawer (phones)

function setDrawer(open) {
  $('side').classList.toggle('open', open);
  $('scrim').hidden = !open;
  $('drawer-toggle').setAttribute('aria-expanded', String(open));
  if (open) $('side').querySelector('input, button').focus();
}
$('drawer-toggle').addEventListener('click', () => setDrawer(!$('side').classList.contains('open')));
$('scrim').addEventListener('click', () => setDrawer(false));
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape' || document.querySelector('dialog[open]')) return;
  if ($('side').classList.contains('open')) { setDrawer(false); $('drawer-toggle').focus(); return; }
  if (selected) map.closePopup();
});

// ---------------------------------------------------------------- dialogs

function openDialog(d) {
  if (typeof d.showModal === 'function') d.showModal(); else d.setAttribute('open', '');
}
for (const d of document.querySelectorAll('dialog')) {
  d.addEventListener('click', (e) => { if (e.target === d) d.close(); }); // a click on the backdrop
}

// Downloads: the download endpoint with the map's filters.
function timeNarrowed() {
  return !Number.isNaN(time.min) && (time.from > time.min || time.to < time.max);
}
function downloadURL(format) {
  const id = $('dl-layer').value;
  const p = new URLSearchParams({ format });
  if ($('dl-bbox').checked) {
    const b = map.getBounds();
    const clamp = (v, lim) => Math.max(-lim, Math.min(lim, v));
    let w = b.getWest(), e = b.getEast();
    if (e - w >= 360) { w = -180; e = 180; }
    p.set('bbox', [clamp(w, 180), clamp(b.getSouth(), 90), clamp(e, 180), clamp(b.getNorth(), 90)].map((v) => +v.toFixed(4)).join(','));
  }
  if (timeNarrowed()) p.set('datetime', `${dayString(time.from)}/${dayString(time.to)}`);
  if (search.value.trim()) p.set('q', search.value.trim());
  return `/api/collections/${encodeURIComponent(id)}/download?${p}`;
}
function refreshDownload() {
  const id = $('dl-layer').value;
  for (const f of ['geojson', 'csv', 'kml']) {
    const a = $(`dl-${f}`);
    a.href = downloadURL(f);
    a.setAttribute('download', `conflictmap-${id}.${f}`);
  }
  $('dl-url').textContent = location.origin + downloadURL('geojson');
  const parts = [];
  if ($('dl-bbox').checked) parts.push('the area in view');
  if (timeNarrowed()) parts.push(`${formatDate(dayString(time.from))} – ${formatDate(dayString(time.to))}`);
  if (search.value.trim()) parts.push(`matching “${search.value.trim()}”`);
  $('dl-filters').textContent = parts.length ? parts.join(', ') + '.' : 'none.';
}
$('btn-download').addEventListener('click', () => {
  const sel = $('dl-layer');
  sel.replaceChildren();
  const on = EVENT_LAYERS.filter((l) => layerOn.has(l.id));
  sel.append(el('option', { value: 'events', text: 'All events' }));
  for (const l of EVENT_LAYERS) sel.append(el('option', { value: l.id, text: l.title }));
  sel.append(el('option', { value: 'places', text: PLACES_LAYER.title }));
  sel.value = on.length === 1 ? on[0].id : 'events';
  refreshDownload();
  openDialog($('dlg-download'));
});
$('dl-layer').addEventListener('change', refreshDownload);
$('dl-bbox').addEventListener('change', refreshDownload);

// QGIS: the OGC API address to paste.
$('btn-qgis').addEventListener('click', () => {
  const url = `${location.origin}/api`;
  $('qgis-url').value = url;
  $('qgis-url2').textContent = url;
  $('qgis-copied').textContent = '';
  openDialog($('dlg-qgis'));
  $('qgis-url').select();
});
$('qgis-copy').addEventListener('click', async () => {
  const inp = $('qgis-url');
  let ok = false;
  try { await navigator.clipboard.writeText(inp.value); ok = true; } catch {
    inp.select();
    try { ok = document.execCommand('copy'); } catch { ok = false; }
  }
  $('qgis-copied').textContent = ok ? 'Copied. Paste it into QGIS.' : 'Select the address and copy it (Ctrl+C).';
});

// Adding an article.
let addFile = null;
const TYPES = { md: 'text/markdown', markdown: 'text/markdown', html: 'text/html', htm: 'text/html', json: 'application/json', txt: 'text/plain' };
function setFile(f) {
  addFile = f;
  $('add-file-name').textContent = f ? `${f.name} (${formatNumber(Math.ceil(f.size / 1024))} KB)` : '';
  $('add-text').disabled = !!f;
  $('add-text').placeholder = f ? 'The file above will be sent as it is.' : 'Paste the article here, or drop a file…';
}
$('btn-add').addEventListener('click', () => {
  try { $('add-token').value = sessionStorage.getItem(TOKEN_KEY) || ''; } catch { /* private mode */ }
  $('add-msg').textContent = '';
  $('add-msg').className = 'msg';
  openDialog($('dlg-add'));
  ($('add-token').value ? $('add-text') : $('add-token')).focus();
});
$('add-file').addEventListener('change', () => setFile($('add-file').files[0] || null));
const drop = $('drop');
for (const ev of ['dragenter', 'dragover']) drop.addEventListener(ev, (e) => { e.preventDefault(); drop.classList.add('over'); });
for (const ev of ['dragleave', 'drop']) drop.addEventListener(ev, () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  const f = e.dataTransfer && e.dataTransfer.files[0];
  if (f) setFile(f);
});

async function submitArticle() {
  const msg = $('add-msg');
  const token = $('add-token').value.trim();
  const text = $('add-text').value;
  if (!token) { msg.className = 'msg err'; msg.textContent = 'The token is needed to add articles.'; $('add-token').focus(); return; }
  if (!addFile && !text.trim()) { msg.className = 'msg err'; msg.textContent = 'Paste an article or choose a file first.'; $('add-text').focus(); return; }
  try { sessionStorage.setItem(TOKEN_KEY, token); } catch { /* private mode */ }
  let body, type;
  if (addFile) {
    body = addFile;
    const ext = (addFile.name.split('.').pop() || '').toLowerCase();
    type = TYPES[ext] || addFile.type || 'text/plain';
  } else {
    const meta = { title: $('add-title').value.trim(), published: $('add-published').value, publication: $('add-publication').value.trim(), url: $('add-url').value.trim() };
    body = JSON.stringify({ ...meta, text });
    type = 'application/json';
  }
  msg.className = 'msg'; msg.textContent = 'Reading the article…';
  $('add-submit').disabled = true;
  try {
    const r = await fetch('/api/articles', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': type, Accept: 'application/json' }, body });
    if (r.status !== 201 && !r.ok) {
      msg.className = 'msg err';
      msg.textContent = `${r.status === 401 ? 'Not allowed: ' : 'Could not add it: '}${await problemText(r)}`;
      return;
    }
    const res = await r.json();
    const feats = (res.events && res.events.features) || [];
    const added = addFeatures(feats, null);
    setupTime();
    if (added.some((m) => m.days && (m.days[1] < time.from || m.days[0] > time.to))) {
      time.from = time.min; time.to = time.max;
      rFrom.value = String(time.from); rTo.value = String(time.to);
      showTime();
    }
    for (const m of added) { layerOn.add(m.layerDef.id); const it = legendItems.get(m.layerDef.id); it.cb.checked = true; it.li.classList.remove('off'); }
    applyFilters();
    refreshPlaces();
    $('dlg-add').close();
    $('add-text').value = ''; setFile(null); $('add-file').value = '';
    for (const id of ['add-title', 'add-published', 'add-publication', 'add-url']) $(id).value = '';
    const title = res.title || 'the article';
    toast(added.length ? `Added “${title}”: ${added.length} event${added.length === 1 ? '' : 's'} on the map.` : `Added “${title}”, but no events were found in it.`);
    if (added.length === 1) select(added[0]);
    else if (added.length > 1) map.fitBounds(L.latLngBounds(added.map((m) => m.getLatLng())), { padding: [60, 60], maxZoom: 9 });
    showAddSummary(res, { map, token, findMarker, select, addFeatures, removeFeature, toast, problemText,
      refresh: () => { setupTime(); applyFilters(); refreshPlaces(); } });
  } catch (err) {
    msg.className = 'msg err';
    msg.textContent = `Could not reach the server: ${err.message}`;
  } finally {
    $('add-submit').disabled = false;
  }
}
$('add-submit').addEventListener('click', submitArticle);
$('add-form').addEventListener('submit', (e) => { if (e.submitter && e.submitter.value === 'cancel') return; e.preventDefault(); submitArticle(); });

async function refreshPlaces() {
  try {
    const feats = await fetchCollection('places');
    addFeatures(feats, PLACES_LAYER);
    applyFilters();
  } catch { /* the places layer is optional */ }
}

function toast(text) {
  const t = el('div', { class: 'toast', role: 'status', text });
  document.body.append(t);
  setTimeout(() => t.classList.add('gone'), 5000);
  setTimeout(() => t.remove(), 5600);
}

// ---------------------------------------------------------------- start

buildLegend();

// dataBounds is where most of the data is: the 10th to 90th percentiles of latitude and
// longitude, so that a meeting in Moscow does not pull the first view away from the Caucasus.
function dataBounds(pts) {
  if (!pts.length) return null;
  const q = (arr, f) => arr[Math.min(arr.length - 1, Math.max(0, Math.round(f * (arr.length - 1))))];
  const trim = pts.length >= 10 ? 0.1 : 0;
  const lats = pts.map((p) => p.lat).sort((a, b) => a - b), lons = pts.map((p) => p.lng).sort((a, b) => a - b);
  const b = L.latLngBounds([q(lats, trim), q(lons, trim)], [q(lats, 1 - trim), q(lons, 1 - trim)]);
  return b.isValid() ? b : null;
}

// All events come in one request (the "events" collection, split here by event_type: the browser
// opens only six connections to a host), the places in another, before the basemap is drawn; a
// collection the server does not have (404) is just empty.
const fetching = [null, PLACES_LAYER].map((l) =>
  fetchCollection(l ? l.id : 'events').then((f) => [l, f, null], (err) => [l || { id: 'events' }, [], err]));

async function load() {
  const errors = [];
  const results = [];
  for (const [l, feats, err] of await Promise.all(fetching)) {
    if (err) errors.push(err.message);
    results.push([l && l.id === 'events' ? null : l, feats]);
  }
  performance.mark('conflictmap-fetched');
  for (const [l, feats] of results) addFeatures(feats, l);
  performance.mark('conflictmap-markers');
  setupTime();
  applyTimeFromState(initial);
  if (!initial.view) {
    const b = dataBounds(markers.filter((m) => m.layerDef !== PLACES_LAYER && m.prec <= 3).map((m) => m.getLatLng()));
    if (b) map.fitBounds(b, { padding: [30, 30], maxZoom: 9, animate: false });
  }
  await new Promise((resolve) => {
    // markercluster calls chunkProgress as a chunked addLayers goes; applyFilters adds everything.
    cluster.options.chunkProgress = (processed, total) => {
      if (processed >= total) { cluster.options.chunkProgress = null; setTimeout(resolve, 0); }
    };
    applyFilters();
    if (![...visible].some((m) => m.layerDef !== PLACES_LAYER)) { cluster.options.chunkProgress = null; resolve(); }
  });
  await new Promise((r) => requestAnimationFrame(() => r()));
  firstRender = performance.now();
  performance.mark('conflictmap-rendered');
  base.allowBase();
  document.body.dataset.ready = '1';
  if (errors.length) $('status').textContent = `Some layers failed: ${errors[0]}`;
  if (initial.sel) {
    const m = findMarker(initial.sel);
    if (m && visible.has(m)) select(m);
  }
  setTimeout(() => { updateList(); updateHalos(); drawHistogram(); }, 0);
  setTimeout(base.allowFine, 200);
  base.allowLabels();
  return { renderedAt: firstRender };
}

const ready = load();
// the basemap is drawn in any case, even if loading the events failed or takes long
ready.finally(() => base.allowBase());
setTimeout(() => base.allowBase(), 2000);

// For the browser tests and the curious: window.conflictmap.
window.conflictmap = {
  map, cluster, ready,
  get renderedAt() { return firstRender; },
  stats() {
    const byLayer = {};
    for (const m of visible) byLayer[m.layerDef.id] = (byLayer[m.layerDef.id] || 0) + 1;
    return { total: markers.length, visible: [...visible].filter((m) => m.layerDef !== PLACES_LAYER).length, byLayer, list: listMarkers.length };
  },
  select(id) { const m = findMarker(id); if (m) select(m); return !!m; },
  marker(id) { return findMarker(id); },
  ids() { return [...visible].filter((m) => m.layerDef !== PLACES_LAYER).map((m) => m.fid); },
  markerPoint(id) {
    const m = findMarker(id);
    if (!m) return null;
    const p = map.latLngToContainerPoint(m.getLatLng());
    return { x: p.x, y: p.y };
  },
};
