// What is in view: the list of its events (newest first) and the precision halos around markers
// that stand for a district, a region or a country.
import { el, formatDate, formatNumber } from './util.js';
import { PLACES_LAYER, PRECISION, shapeSVG } from './layers.js';
import { visibleParent } from './markers.js';

const $ = (id) => document.getElementById(id);

/**
 * createViewList returns {updateList, updateHalos, shown}. ctx: map, haloGroup, haloRenderer,
 * visible() (the markers that pass the filters), markers (all), selected(), select(m, opts).
 */
export function createViewList(ctx) {
  const { map, haloGroup, haloRenderer, markers } = ctx;
  let listMarkers = [];
  function updateHalos() {
    haloGroup.clearLayers();
    const b = map.getBounds().pad(0.3);
    const z = map.getZoom();
    let n = 0;
    for (const m of ctx.visible()) {
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

  function updateList() {
    const b = map.getBounds();
    const items = [];
    for (const m of ctx.visible()) {
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
      if (m === ctx.selected()) btn.setAttribute('aria-current', 'true');
      btn.addEventListener('click', () => ctx.select(m, { fromList: true }));
      frag.append(el('li', {}, btn));
    }
    ol.replaceChildren(frag);
    if (!items.length) ol.append(el('li', { class: 'empty-note', text: markers.length ? 'No events here with these filters. Zoom out or widen the dates.' : 'No events yet.' }));
    $('list-count').textContent = items.length > LIMIT ? `first ${LIMIT} of ${formatNumber(items.length)}` : formatNumber(items.length);
  }

  return { updateList, updateHalos, get shown() { return listMarkers.length; } };
}
