// The legend: a toggle per layer with its counts (shown / all), and the status line under it.
import { el, formatNumber } from './util.js';
import { EVENT_LAYERS, PLACES_LAYER, shapeSVG } from './layers.js';

const $ = (id) => document.getElementById(id);
const ALL_LAYERS = [...EVENT_LAYERS, PLACES_LAYER];

/** legendItems maps a layer id to its {li, cb, count} nodes. */
export const legendItems = new Map();

/** buildLegend draws the toggles; onToggle() runs after layerOn (a Set of layer ids) changed. */
export function buildLegend(layerOn, onToggle) {
  const ul = $('legend');
  ul.replaceChildren();
  for (const l of ALL_LAYERS) {
    if (l === PLACES_LAYER) ul.append(el('li', { class: 'legend-sep', role: 'presentation' }));
    const cb = el('input', { type: 'checkbox', id: `lg-${l.id}`, 'data-layer': l.id });
    cb.checked = layerOn.has(l.id);
    cb.addEventListener('change', () => {
      if (cb.checked) layerOn.add(l.id); else layerOn.delete(l.id);
      li.classList.toggle('off', !cb.checked);
      onToggle();
    });
    const count = el('span', { class: 'lg-count' });
    const li = el('li', { class: `legend-item${cb.checked ? '' : ' off'}`, style: `--c:${l.color}` },
      el('label', { for: `lg-${l.id}` }, cb, shapeSVG(l, 20), el('span', { class: 'lg-title', text: l.title }), count));
    ul.append(li);
    legendItems.set(l.id, { li, cb, count });
  }
}

/** updateCounts writes each layer's and the status line's counts. */
export function updateCounts(markers, visible, layerOn) {
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

