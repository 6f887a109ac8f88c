// The small map of the API's HTML pages (a collection, its items, one item), as pygeoapi shows
// one: the main map's offline basemap (Natural Earth countries, embedded in the binary) under
// what the page lists, fitted to it. An element #pagemap says what to draw:
//   data-geojson  the page's own resource as GeoJSON (same URL, f=json): a feature or a page of them
//   data-bbox     minlon,minlat,maxlon,maxlat: a collection's extent, drawn as a rectangle
//   data-items    the items path, for links from a marker to its feature's page
// It is a file, not an inline script, so that the pages run under the map's CSP. When done it
// sets data-ready="1" and data-markers (how many features it drew), or data-error.
import { el } from './util.js';
import { EVENT_LAYERS, PLACES_LAYER } from './layers.js';

const colourOf = (p) => (EVENT_LAYERS.find((l) => l.type === p.event_type) || PLACES_LAYER).color;

/** basemap draws the countries under the features; a failure leaves a blank sea, not an error. */
async function basemap(map) {
  const r = await fetch('/vendor/world-atlas/countries-50m.json');
  if (!r.ok || typeof topojson === 'undefined') return;
  const topo = await r.json();
  L.geoJSON(topojson.feature(topo, topo.objects.countries), {
    pane: 'basemap', interactive: false,
    style: { weight: 0.6, color: '#b9b2a3', fillColor: '#f7f3ea', fillOpacity: 1 },
  }).addTo(map);
}

/** popup is a feature's title (or name), with a link to its page when the items path is known. */
function popup(f, items) {
  const p = f.properties || {};
  const title = p.title || p.name || f.id;
  const body = el('div', {}, el('strong', { text: title }));
  const what = [p.event_type, p.date, p.place].filter(Boolean).join(' · ');
  if (what) body.append(el('div', { text: what }));
  if (items && f.id !== undefined) body.append(el('a', { href: `${items}/${encodeURIComponent(f.id)}?f=html`, text: 'Open' }));
  return body;
}

/** features draws a FeatureCollection or a Feature as coloured dots; it returns the layer and the count. */
function features(map, gj, items) {
  let n = 0;
  const layer = L.geoJSON(gj, {
    pointToLayer: (f, ll) => L.circleMarker(ll, {
      radius: 7, color: '#fff', weight: 1.5, fillColor: colourOf(f.properties || {}), fillOpacity: 0.9,
      className: 'pagemap-marker',
    }),
    onEachFeature: (f, l) => { n++; l.bindPopup(() => popup(f, items)); },
  }).addTo(map);
  return { layer, n };
}

/**
 * fit shows the bounds at once, without Leaflet's zoom animation: a page map has nothing to
 * animate from, and while the animation runs the drawn features are scaled (a reader, or a
 * test, measuring them then sees dots several times their size).
 */
function fit(map, bounds, n) {
  if (!bounds.isValid()) return;
  if (n === 1 || bounds.getNorthEast().equals(bounds.getSouthWest())) map.setView(bounds.getCenter(), 8, { animate: false });
  else map.fitBounds(bounds, { padding: [20, 20], maxZoom: 9, animate: false });
}

async function draw(box, map) {
  let n = 0;
  if (box.dataset.bbox) {
    const [w, s, e, nn] = box.dataset.bbox.split(',').map(Number);
    const b = L.latLngBounds([s, w], [nn, e]);
    L.rectangle(b, { color: '#0b5cad', weight: 2, fill: false, interactive: false }).addTo(map);
    fit(map, b, 2);
  }
  if (box.dataset.geojson) {
    const r = await fetch(box.dataset.geojson, { headers: { Accept: 'application/geo+json' } });
    if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
    const drawn = features(map, await r.json(), box.dataset.items);
    n = drawn.n;
    fit(map, drawn.layer.getBounds(), n);
  }
  return n;
}

function start() {
  const box = document.getElementById('pagemap');
  if (!box || typeof L === 'undefined') return;
  const map = L.map(box, { scrollWheelZoom: false, zoomSnap: 0.5, worldCopyJump: true }).setView([40.5, 46], 5);
  map.createPane('basemap').style.zIndex = 150;
  map.attributionControl.setPrefix(false).addAttribution('Natural Earth');
  const base = basemap(map).catch(() => {});
  draw(box, map)
    .then((n) => { box.dataset.markers = String(n); })
    .catch((err) => {
      box.dataset.error = err.message;
      box.after(el('p', { class: 'pagemap-error', text: `The map could not load the features: ${err.message}` }));
    })
    .finally(() => base.then(() => { box.dataset.ready = '1'; }));
}

start();
