// The basemap: offline by default, drawn from Natural Earth (world-atlas topojson shipped in the
// binary) on a canvas, with labels of large places from /api/basemap/labels; and, for users who
// are online, a tile layer (OpenStreetMap unless ?tiles= or localStorage says otherwise).
import { el } from './util.js';

const FOCUS = new Set(['051', '031', '268', '792', '643', '364']); // AM, AZ, GE, TR, RU, IR (ISO numeric)
const OSM = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const TILES_KEY = 'conflictmap.tiles';

/** tileURL returns the online tile template: ?tiles= (remembered), else the stored one, else OSM. */
export function tileURL() {
  const q = new URLSearchParams(location.search).get('tiles');
  try {
    if (q && /^https?:\/\//.test(q)) localStorage.setItem(TILES_KEY, q);
    if (q === 'default' || q === 'osm') localStorage.removeItem(TILES_KEY);
    return localStorage.getItem(TILES_KEY) || OSM;
  } catch {
    return q && /^https?:\/\//.test(q) ? q : OSM;
  }
}

/**
 * createBasemap adds the panes and returns {offline, online, ready}: two layers for a base-layer
 * switch, and a promise settled once the offline map is drawn.
 */
export function createBasemap(map) {
  map.createPane('basemap').style.zIndex = 150;
  const labelPane = map.createPane('labels');
  labelPane.style.zIndex = 450; // above the event markers (400), which must not hide the names
  labelPane.style.pointerEvents = 'none';

  const renderer = L.canvas({ pane: 'basemap', padding: 0.15 });
  const offline = L.layerGroup();
  const labels = L.layerGroup();
  offline.addLayer(labels);
  let coarse = null, fine = null, fineLoading = false;

  const draw = (topo) => {
    const countries = topojson.feature(topo, topo.objects.countries);
    const fill = L.geoJSON(countries, {
      renderer, interactive: false,
      style: (f) => ({
        stroke: true, weight: 0.6, color: '#b9b2a3', opacity: 0.9,
        fill: true, fillOpacity: 1, fillColor: FOCUS.has(String(f.id)) ? '#f7f3ea' : '#ece7dc',
      }),
    });
    const borders = L.geoJSON(topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b), {
      renderer, interactive: false, style: { color: '#9b8f7a', weight: 1.1, opacity: 0.9, dashArray: null, fill: false },
    });
    return { group: L.layerGroup([fill, borders]), countries };
  };

  const swap = () => {
    const useFine = fine && map.getZoom() >= 6;
    const want = useFine ? fine.group : coarse && coarse.group;
    for (const g of [coarse && coarse.group, fine && fine.group]) {
      if (g && g !== want && offline.hasLayer(g)) offline.removeLayer(g);
    }
    if (want && !offline.hasLayer(want)) offline.addLayer(want);
  };

  let fineAllowed = false;
  const loadFine = () => {
    if (!fineAllowed || fine || fineLoading || map.getZoom() < 6) return;
    fineLoading = true;
    fetch('vendor/world-atlas/countries-10m.json')
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.status))))
      .then((topo) => { fine = draw(topo); swap(); })
      .catch(() => { fineLoading = false; });
  };

  // The shapes download at once but are drawn once the events are (allowBase): drawing them
  // takes a long task that would hold the events back.
  let allowBase;
  const baseAllowed = new Promise((r) => { allowBase = r; });
  const ready = Promise.all([
    fetch('vendor/world-atlas/countries-50m.json')
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`basemap: ${r.status}`)))),
    baseAllowed,
  ])
    .then(([topo]) => {
      coarse = draw(topo);
      swap();
      return coarse.countries;
    });

  map.on('zoomend', () => { swap(); if (map.hasLayer(offline)) setTimeout(loadFine, 0); });
  offline.on('add', () => setTimeout(loadFine, 0));
  let allowLabels;
  const labelsAllowed = new Promise((r) => { allowLabels = r; });
  const labelsReady = loadLabels(map, labels, ready, labelsAllowed);

  const online = L.tileLayer(tileURL(), {
    maxZoom: 19,
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    crossOrigin: true,
  });
  // The online tiles are unreachable when the browser is offline, or when tiles fail to load
  // and none has loaded since the layer was added: onUnreachable(cb) is told once per adding.
  let unreachable = () => {}, failed = 0, loaded = 0, told = false;
  const tell = () => { if (!told) { told = true; unreachable(); } };
  online.on('add', () => {
    failed = 0; loaded = 0; told = false;
    if (navigator.onLine === false) setTimeout(tell, 0);
  });
  online.on('tileload', () => { loaded++; });
  online.on('tileerror', () => { if (++failed >= 3 && !loaded) tell(); });
  const onUnreachable = (cb) => { unreachable = cb; };
  // allowFine lets the 10m map load once the events are drawn: parsing it takes a while.
  const allowFine = () => { fineAllowed = true; if (map.hasLayer(offline)) loadFine(); };
  // allowLabels places the labels: after the events, which matter more at start-up.
  return { offline, online, ready, labelsReady, allowFine, allowLabels, allowBase, onUnreachable };
}

// Labels: fetched once, placed greedily by rank on every zoom so that they do not collide.
function loadLabels(map, group, countriesReady, labelsAllowed) {
  return fetch('/api/basemap/labels')
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.status))))
    .then((fc) => (fc.features || []).map((f) => ({
      name: f.properties.name, kind: f.properties.kind || 'city', pop: f.properties.population || 0,
      latlng: L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]),
    })))
    .catch(() => countriesReady.then((countries) => countryLabels(countries)))
    .then((items) => labelsAllowed.then(() => {
      const place = () => placeLabels(map, group, items);
      map.on('zoomend', place);
      place();
    }))
    .catch(() => {});
}

// Without the labels endpoint, countries are labelled at the centre of their largest polygon.
function countryLabels(countries) {
  const out = [];
  for (const f of countries.features) {
    const g = f.geometry;
    if (!g || !f.properties || !f.properties.name) continue;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    let best = null, bestArea = 0;
    for (const poly of polys) {
      const b = L.latLngBounds(poly[0].map(([x, y]) => [y, x]));
      const area = (b.getEast() - b.getWest()) * (b.getNorth() - b.getSouth());
      if (area > bestArea) { bestArea = area; best = b; }
    }
    if (best && bestArea > 0.5) out.push({ name: f.properties.name, kind: 'country', pop: bestArea * 1e6, latlng: best.getCenter() });
  }
  return out.sort((a, b) => b.pop - a.pop);
}

const MIN_ZOOM = { country: 3, capital: 5, city: 6, town: 8 };
const MAX_ZOOM = { country: 8, capital: 30, city: 30, town: 30 };

function placeLabels(map, group, items) {
  group.clearLayers();
  const z = map.getZoom();
  const placed = [];
  for (const it of items) {
    let min = MIN_ZOOM[it.kind] ?? 7;
    if (it.kind === 'city' && it.pop < 1000000) min = 7;
    if (z < min || z > (MAX_ZOOM[it.kind] ?? 30)) continue;
    const pt = map.project(it.latlng, z);
    const w = it.name.length * (it.kind === 'country' ? 7.5 : 6.6) + 8;
    const h = it.kind === 'country' ? 16 : 14;
    const box = it.kind === 'country'
      ? [pt.x - w / 2, pt.y - h / 2, pt.x + w / 2, pt.y + h / 2]
      : [pt.x - 4, pt.y - h / 2, pt.x + w, pt.y + h / 2];
    if (placed.some((b) => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3])) continue;
    placed.push(box);
    const node = el('span', { class: `lbl lbl-${it.kind}` }, it.kind === 'country' ? null : el('i', { class: 'lbl-dot' }), it.name);
    group.addLayer(L.marker(it.latlng, {
      pane: 'labels', interactive: false, keyboard: false,
      icon: L.divIcon({ className: 'lbl-wrap', html: node, iconSize: null, iconAnchor: it.kind === 'country' ? [w / 2, h / 2] : [4, h / 2] }),
    }));
  }
}
