// conflictmap's web map: event layers from the OGC API at /api on an offline basemap, with a
// time filter, search, a list of what is in view, downloads and adding articles.
import { el, formatNumber, haystack, searchTerms, matches, debounce } from './util.js';
import { EVENT_LAYERS, PLACES_LAYER, layerForType } from './layers.js';
import { parseState, formatState } from './state.js';
import { eventPopup, placePopup } from './popup.js';
import { createBasemap } from './basemap.js';
import { makeMarker, visibleParent, clusterIcon, dataBounds } from './markers.js';
import { createTimeAxis } from './timeaxis.js';
import { createFilters } from './filters.js';
import { createDownload } from './download.js';
import { createInfo } from './sheet.js';
import { fetchCollection, problemText } from './api.js';
import { openDialog, notice, toast } from './dialogs.js';
import { legendItems, buildLegend, updateCounts as writeCounts } from './legend.js';
import { createViewList } from './viewlist.js';
import { showAddSummary } from './addsummary.js';
import { createAddArticle } from './addarticle.js';
import { tileThreshold, eventCount, tileQuery, startTiles } from './tiles.js';
import { openChanges, reloadEvents, replaceEvents } from './live.js';
import { followView, worldBox } from './viewmode.js';

const $ = (id) => document.getElementById(id);
const ALL_LAYERS = [...EVENT_LAYERS, PLACES_LAYER];
const DEFAULT_VIEW = { lat: 40.2, lon: 46.2, zoom: 7 }; // the South Caucasus

if (!window.L || !L.MarkerClusterGroup || !window.topojson) {
  document.body.prepend(el('div', { class: 'fatal', role: 'alert' },
    'The map\'s script libraries are missing from this build. Run ', el('code', { text: 'make assets' }),
    ' (scripts/assets.sh) and rebuild. The data is still available at ', el('a', { href: '/api', text: '/api' }), '.'));
  throw new Error('conflictmap: vendor assets missing');
}

// ---------------------------------------------------------------- map

const initial = parseState(location.hash);
// The map fires "refit" before every fitBounds: a popup open from before then closes (sheet.js).
const RefitMap = L.Map.extend({
  fitBounds(bounds, options) { this.fire('refit'); return L.Map.prototype.fitBounds.call(this, bounds, options); },
});
const map = new RefitMap('map', {
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
const baseControl = L.control.layers(baseLayers, null, { position: 'topright', collapsed: true }).addTo(map);
baseControl.getContainer().querySelector('.leaflet-control-layers-toggle').title = 'Basemap: offline or online';
let baseName = initial.base === 'online' ? 'online' : 'offline';
map.on('baselayerchange', (e) => {
  baseName = e.layer === base.online ? 'online' : 'offline';
  $('map').classList.toggle('online', baseName === 'online');
  saveState();
});
$('map').classList.toggle('online', baseName === 'online');
// When the online tiles cannot be reached, say so and draw the offline map instead of grey.
base.onUnreachable(() => {
  if (!map.hasLayer(base.online)) return;
  map.removeLayer(base.online);
  base.offline.addTo(map);
  map.fire('baselayerchange', { layer: base.offline, name: 'Offline map' });
  notice('The online map cannot be reached from here, so the offline map is shown. Switch back with the basemap button once you are online.');
});

map.createPane('halos').style.zIndex = 380;
map.createPane('selection').style.zIndex = 590;
map.getPane('selection').style.pointerEvents = 'none';
const markerRenderer = L.canvas({ padding: 0.15, tolerance: 5 });
const placeRenderer = markerRenderer;
// Place dots are drawn under the event markers on their shared canvas (one canvas, so that
// clicks reach both): each dot goes to the back of the drawing order as it is added.
map.on('layeradd', (e) => { if (e.layer.layerDef === PLACES_LAYER) e.layer.bringToBack(); });
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

// ---------------------------------------------------------------- data

const markers = []; // every marker, events and places
const byId = new Map(); // feature id → marker
let visible = new Set(); // markers that pass the filters
const layerOn = new Set(initial.layers ? initial.layers : EVENT_LAYERS.map((l) => l.id));
let terms = searchTerms(initial.q || '');
const isEvent = (m) => m.layerDef !== PLACES_LAYER;
const searched = (m) => {
  if (!terms.length) return true;
  if (m.hay === null) m.hay = haystack(m.feature.properties);
  return matches(m.hay, terms);
};
const filters = createFilters({ initial, onChange: () => applyFilters() });
let choicesStale = true; // the filters' choices need the new events
const axis = createTimeAxis({
  markers, isEvent, initial,
  counted: (m) => layerOn.has(m.layerDef.id) && searched(m) && filters.passes(m.feature.properties),
  onInput: () => scheduleFilters(),
  onChange: () => applyFilters(),
});
// the names the add-article code uses
const { time, rFrom, rTo } = axis;
const setupTime = axis.setup, showTime = axis.show;
let selected = null;
let tiles = null, tileTotal = 0; // the vector tiles (tiles.js) when the events are too many for markers
let inView = null; // markers or tiles by what is in view (viewmode.js), with the tiles

function addFeatures(features, layer) {
  const added = [];
  for (const f of features) {
    const l = layer || layerForType(f.properties && f.properties.event_type);
    if (!l) continue;
    const m = makeMarker(f, l, l === PLACES_LAYER ? placeRenderer : markerRenderer);
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
    choicesStale = true;
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
  if (!layerOn.has(m.layerDef.id) || !axis.passes(m) || !searched(m)) return false;
  return !isEvent(m) || filters.passes(m.feature.properties);
}

let firstRender = null;

function applyFilters() {
  if (choicesStale) { choicesStale = false; filters.populate(markers.filter(isEvent).map((m) => m.feature.properties)); }
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
  if (selected && !visible.has(selected)) info.close();
  updateCounts();
  axis.scheduleHistogram();
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

const view = createViewList({
  map, haloGroup, haloRenderer, markers, visible: () => visible, selected: () => selected, select: (m, o) => select(m, o),
});
const updateList = view.updateList, updateHalos = view.updateHalos;
const updateCounts = () => {
  writeCounts(markers, visible, layerOn);
  if (!tiles) return;
  if (inView.mode === 'markers') {
    $('status').textContent += ` in view, of ${formatNumber(tileTotal)} (zoomed out: vector tiles)`;
    return;
  }
  $('status').textContent = `${formatNumber(tileTotal)} events, drawn as vector tiles`;
  tiles.update(tileQuery({ filters: filters.state, q: search.value.trim() }), layerOn);
};
const scheduleViewUpdate = debounce(() => { updateList(); updateHalos(); }, 120);
map.on('moveend', () => { scheduleViewUpdate(); saveState(); });
cluster.on('animationend spiderfied unspiderfied', () => scheduleViewUpdate());

// ---------------------------------------------------------------- selection and popups

function openPopup(m, focus) {
  const isPlace = m.layerDef === PLACES_LAYER;
  const content = isPlace ? placePopup(m.feature) : eventPopup(m.feature, m.layerDef);
  content.tabIndex = -1;
  selected = m;
  info.open(m, content);
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

// A popup (wide screens) or a bottom sheet (phones) shows the selected feature.
const info = createInfo(map, {
  onClose(m) {
    if (m !== selected) return;
    selected = null;
    selectionGroup.clearLayers();
    for (const b of $('list').querySelectorAll('[aria-current]')) b.removeAttribute('aria-current');
    saveState();
    if (returnFocus && document.contains(returnFocus)) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  },
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

// ---------------------------------------------------------------- search

const search = $('search');
search.value = initial.q || '';
// The placeholder says as much as fits: cut to "Search a" on a phone, it helped nobody.
const PLACEHOLDERS = ['Search a place, actor or words…', 'Search places, actors…', 'Search events'];
const measure = document.createElement('canvas').getContext('2d');
function fitPlaceholder() {
  const cs = getComputedStyle(search);
  measure.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
  const room = search.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
  search.placeholder = PLACEHOLDERS.find((t) => measure.measureText(t).width <= room) || 'Search';
}
fitPlaceholder();
window.addEventListener('resize', debounce(fitPlaceholder, 100));
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
    q: search.value.trim() || undefined,
    sel: selected ? selected.fid : undefined,
    base: baseName,
  };
  axis.toState(s);
  filters.toState(s);
  const h = formatState(s);
  if (h !== location.hash && !(h === '' && location.hash === '#')) history.replaceState(null, '', h || location.pathname + location.search);
}, 250);

window.addEventListener('hashchange', () => {
  const s = parseState(location.hash);
  restoring = true;
  if (s.view) map.setView([s.view.lat, s.view.lon], s.view.zoom);
  if (s.layers) {
    layerOn.clear();
    for (const id of s.layers) layerOn.add(id);
    for (const [id, it] of legendItems) { it.cb.checked = layerOn.has(id); it.li.classList.toggle('off', !it.cb.checked); }
  }
  search.value = s.q || ''; terms = searchTerms(search.value);
  axis.fromState(s);
  filters.fromState(s);
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
  if (selected) info.close();
});

// ---------------------------------------------------------------- dialogs

// Downloads: what the map shows, counted by the server before the click (download.js).
createDownload({
  open: openDialog,
  view(inArea) {
    const bbox = inArea ? worldBox(map.getBounds()) : null;
    return {
      layersOn: [...layerOn], bbox, narrowed: axis.narrowed(), from: time.from, to: time.to,
      undated: axis.undated, background: axis.background, filters: { ...filters.state }, q: search.value.trim(),
    };
  },
  // mapCount is how many of the features a download of layer id holds the map shows now
  mapCount(id, v) {
    const box = v.bbox && L.latLngBounds([v.bbox[1], v.bbox[0]], [v.bbox[3], v.bbox[2]]);
    let n = 0;
    for (const m of visible) {
      if (id === 'events' ? !isEvent(m) : m.layerDef.id !== id) continue;
      if (!box || box.contains(m.getLatLng())) n++;
    }
    return n;
  },
});

// Adding an article (addarticle.js): its events go on the map, and the summary says what was found.
createAddArticle({ openDialog, onAdded(res, token) {
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
  const title = res.title || 'the article';
  toast(added.length ? `Added “${title}”: ${added.length} event${added.length === 1 ? '' : 's'} on the map.` : `Added “${title}”, but no events were found in it.`);
  if (added.length === 1) select(added[0]);
  else if (added.length > 1) map.fitBounds(L.latLngBounds(added.map((m) => m.getLatLng())), { padding: [60, 60], maxZoom: 9 });
  showAddSummary(res, { map, token, findMarker, select, addFeatures, removeFeature, toast, problemText,
    refresh: () => { setupTime(); applyFilters(); refreshPlaces(); } });
} });

async function refreshPlaces() {
  try {
    const feats = await fetchCollection('places');
    addFeatures(feats, PLACES_LAYER);
    applyFilters();
  } catch { /* the places layer is optional */ }
}

// ---------------------------------------------------------------- start

buildLegend(layerOn, () => applyFilters());

// All events come in one request (the "events" collection, split here by event_type: the browser
// opens only six connections to a host), the places in another, before the basemap is drawn; a
// collection the server does not have (404) is just empty. Past the tile threshold (tiles.js)
// the events are not fetched but drawn as vector tiles.
const changes = openChanges(); // first, so that a write made while the map loads is not missed
const useTiles = window.L && L.vectorGrid
  ? changes.opened.then(() => eventCount()).then((n) => { tileTotal = n; return n > tileThreshold(); })
  : changes.opened.then(() => false);
const fetching = useTiles.then((t) => Promise.all((t ? [PLACES_LAYER] : [null, PLACES_LAYER]).map((l) =>
  fetchCollection(l ? l.id : 'events').then((f) => [l, f, null], (err) => [l || { id: 'events' }, [], err]))));

async function load() {
  const errors = [];
  const results = [];
  if (await useTiles) {
    tiles = startTiles(map, { markerRenderer, places: () => [...visible].filter((m) => m.layerDef === PLACES_LAYER), open: (m) => openPopup(m, false), toast });
    inView = followView({ map, threshold: tileThreshold(), toast, showMarkers: (feats) => { tiles.hide(); showEvents(feats); }, showTiles: () => showEvents([]) });
  }
  for (const [l, feats, err] of await fetching) {
    if (err) errors.push(err.message);
    results.push([l && l.id === 'events' ? null : l, feats]);
  }
  performance.mark('conflictmap-fetched');
  for (const [l, feats] of results) addFeatures(feats, l);
  performance.mark('conflictmap-markers');
  setupTime();
  axis.fromState(initial);
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
  setTimeout(() => { updateList(); updateHalos(); axis.drawHistogram(); }, 0);
  setTimeout(base.allowFine, 200);
  base.allowLabels();
  if (inView) inView.check();
  return { renderedAt: firstRender };
}

const ready = load();

// showEvents makes feats the event markers (the events in view, over the tiles' threshold;
// none on tiles, which applyFilters then draws).
function showEvents(feats) {
  replaceEvents(feats, { markers, byId, isEvent, removeFeature, addFeatures });
  setupTime();
  applyFilters();
}

// Live updates (live.js): on tiles the tiles' cache key is bumped, with markers the events are
// fetched again and those that changed replaced.
const onChange = async () => {
  if (tiles) {
    tileTotal = Math.max(await eventCount(), 0);
    tiles.refresh();
    if (inView.mode === 'markers') await inView.reload();
  } else await reloadEvents({ markers, byId, isEvent, removeFeature, addFeatures });
  setupTime();
  applyFilters();
  await refreshPlaces();
};
ready.then(() => changes.watch(onChange));

// For the browser tests and the curious: window.conflictmap.
window.conflictmap = {
  map, cluster, ready,
  get renderedAt() { return firstRender; },
  get tiles() { return tiles && { grids: tiles.grids, requested: tiles.requested, total: tileTotal, mode: inView.mode }; },
  stats() {
    const byLayer = {};
    for (const m of visible) byLayer[m.layerDef.id] = (byLayer[m.layerDef.id] || 0) + 1;
    return { total: markers.length, visible: [...visible].filter((m) => m.layerDef !== PLACES_LAYER).length, byLayer, list: view.shown };
  },
  select(id) { const m = findMarker(id); if (m) select(m); return !!m; },
  time() { return { ...time }; },
  marker(id) { return findMarker(id); },
  ids() { return [...visible].filter((m) => m.layerDef !== PLACES_LAYER).map((m) => m.fid); },
  markerPoint(id) {
    const m = findMarker(id);
    if (!m) return null;
    const p = map.latLngToContainerPoint(m.getLatLng());
    return { x: p.x, y: p.y };
  },
};
