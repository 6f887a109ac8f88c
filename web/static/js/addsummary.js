// What adding an article did, on the map: the features it created and those it was merged into,
// each with the article's own sentence, ringed on the map, and "Undo", which deletes the article
// again (DELETE /api/articles/{id}, the link the server's answer names rel "edit"), then shows
// the features as the server has them after it. Built with DOM nodes and textContent only.
import { el } from './util.js';

const RING = { created: '#d97706', merged: '#4f46e5' };
let current = null; // the summary on screen: { panel, rings }

/** closeAddSummary removes the summary and its rings. */
export function closeAddSummary() {
  if (!current) return;
  current.panel.remove();
  current.rings.remove();
  current = null;
}

/**
 * showAddSummary shows the answer `res` of POST /api/articles. ctx is what it needs of the map:
 * { map, token, findMarker(id), select(marker), addFeatures(features), removeFeature(id),
 *   refresh(), toast(text), problemText(response) }.
 */
export function showAddSummary(res, ctx) {
  closeAddSummary();
  const created = res.created || [], merged = res.merged || [];
  const renderer = L.svg({ padding: 0.2 });
  const rings = L.layerGroup().addTo(ctx.map);
  const entry = (f, kind) => {
    const m = ctx.findMarker(f.id);
    const ll = m ? m.getLatLng() : L.latLng(f.coordinates[1], f.coordinates[0]);
    rings.addLayer(L.circleMarker(ll, {
      renderer, radius: 19, weight: 3, fill: false, interactive: false, color: RING[kind],
      dashArray: kind === 'merged' ? '5,4' : null, className: `add-ring add-ring-${kind}`,
    }));
    const go = el('button', { type: 'button', class: 'as-go', dataset: { id: f.id }, on: { click: () => { const mm = ctx.findMarker(f.id); if (mm) ctx.select(mm); } } },
      el('b', { text: f.event_type + (f.modality && f.modality !== 'reported' ? ` (${f.modality})` : '') }),
      ` ${f.place || 'unknown place'}${f.date ? ` · ${f.date}` : ''}`,
      kind === 'merged' ? el('span', { class: 'as-n', text: ` · now ${f.source_count} sources` }) : null);
    return el('li', { class: `as-item as-${kind}`, style: `--c:${RING[kind]}` }, go, el('blockquote', { class: 'as-quote', text: f.quote || '' }));
  };
  const section = (list, kind, title) => (list.length ? [el('h3', { text: title }), el('ul', { class: 'as-list' }, list.map((f) => entry(f, kind)))] : []);
  const msg = el('p', { class: 'msg', role: 'status', 'aria-live': 'polite' });
  const undo = el('button', { type: 'button', class: 'btn btn-small', id: 'add-undo', text: 'Undo' });
  const close = el('button', { type: 'button', class: 'icon-btn close', 'aria-label': 'Close the summary', text: '×', on: { click: closeAddSummary } });
  const n = (k, word) => `${k} ${word}${k === 1 ? '' : 's'}`;
  const panel = el('section', { id: 'add-summary', class: 'add-summary', 'aria-labelledby': 'as-h', dataset: { article: res.article || res.id } },
    el('header', {}, el('h2', { id: 'as-h', text: `Added “${res.title || 'the article'}”` }), close),
    el('p', { class: 'as-sum', text: `${n(created.length, 'new event')}, merged into ${n(merged.length, 'event')} already on the map.` }),
    section(created, 'created', 'New on the map'),
    section(merged, 'merged', 'Merged into'),
    el('div', { class: 'as-foot' }, undo, msg));
  panel.dataset.highlighted = String(rings.getLayers().length);
  undo.addEventListener('click', () => undoWrite(res, ctx, [...created, ...merged], undo, msg));
  (document.querySelector('.map-wrap') || document.body).append(panel);
  current = { panel, rings };
  fitBeside(ctx.map, panel, rings.getLayers().map((r) => r.getLatLng()));
}

// fitBeside zooms to the article's features in the part of the map the summary leaves free
// (beside it on a wide screen, below it on a phone). One feature is left to the popup that
// main.js opens on it.
function fitBeside(map, panel, pts) {
  if (pts.length < 2) return;
  const size = map.getSize();
  const wide = panel.offsetWidth + 48 < size.x / 2;
  const paddingTopLeft = wide ? [panel.offsetWidth + 36, 36] : [24, Math.min(panel.offsetHeight + 40, size.y * 0.6)];
  map.fitBounds(L.latLngBounds(pts), { paddingTopLeft, paddingBottomRight: [48, 48], maxZoom: 9 });
}

// undoWrite deletes the article, then shows each of its features as the server now has it:
// gone (it was the article's alone) or with the sources that remain.
async function undoWrite(res, ctx, features, btn, msg) {
  const id = res.article || res.id;
  btn.disabled = true;
  msg.className = 'msg';
  msg.textContent = 'Undoing…';
  try {
    const r = await fetch(`/api/articles/${encodeURIComponent(id)}`, { method: 'DELETE', headers: { Authorization: `Bearer ${ctx.token}` } });
    if (r.status !== 204 && !r.ok) {
      msg.className = 'msg err';
      msg.textContent = `Could not undo: ${await ctx.problemText(r)}`;
      btn.disabled = false;
      return;
    }
    const back = [];
    let removed = 0;
    for (const f of features) {
      const g = await fetch(`/api/collections/events/items/${encodeURIComponent(f.id)}`, { headers: { Accept: 'application/geo+json' } });
      if (g.status === 404) { ctx.removeFeature(f.id); removed++; } else if (g.ok) back.push(await g.json());
    }
    ctx.addFeatures(back);
    ctx.refresh();
    closeAddSummary();
    ctx.toast(`Undone: “${res.title || 'the article'}” is removed; ${removed} event${removed === 1 ? '' : 's'} gone, ${back.length} restored.`);
  } catch (err) {
    msg.className = 'msg err';
    msg.textContent = `Could not reach the server: ${err.message}`;
    btn.disabled = false;
  }
}

// The summary's stylesheet, kept beside the module so the page need not know it; loaded with
// the module, so that it applies before a summary is measured (fitBeside).
document.head.append(el('link', { id: 'addsummary-css', rel: 'stylesheet', href: new URL('../addsummary.css', import.meta.url).pathname }));
