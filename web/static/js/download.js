// "Download what you see": the download endpoint with every filter the map applies (layers,
// background, undated, dates, actor, country, killed, search, area), and, before the click, how
// many features the file will hold, as the server counts them.
import { el, dayString, formatDate, formatNumber } from './util.js';
import { EVENT_LAYERS, PLACES_LAYER } from './layers.js';
import { describe } from './filters.js';

const $ = (id) => document.getElementById(id);
const lit = (s) => `'${String(s).replace(/'/g, "''")}'`;

/**
 * downloadQuery returns the query (without format) of a download of layer id with the map's
 * view v: {layersOn, bbox: [w,s,e,n]|null, narrowed, from, to (days), undated, background,
 * filters: {actor, country, killed}, q}. Events get a CQL2 filter for what has no parameter.
 */
export function downloadQuery(id, v) {
  const p = new URLSearchParams();
  if (v.bbox) p.set('bbox', v.bbox.map((x) => +x.toFixed(4)).join(','));
  if (v.q) p.set('q', v.q);
  if (id === PLACES_LAYER.id) return p;
  const cql = [];
  if (id === 'events') {
    const on = EVENT_LAYERS.filter((l) => v.layersOn.includes(l.id));
    if (on.length < EVENT_LAYERS.length) cql.push(`event_type IN (${(on.length ? on.map((l) => l.type) : ['none']).map(lit).join(',')})`);
  }
  if (!v.background) cql.push("(timing IS NULL OR timing <> 'background')");
  if (v.narrowed) {
    const within = `(date_end >= ${lit(dayString(v.from))} AND date_start <= ${lit(dayString(v.to))})`;
    cql.push(v.undated ? `(date_start IS NULL OR ${within})` : within);
  } else if (!v.undated) {
    cql.push('date_start IS NOT NULL');
  }
  if (v.filters.killed > 0) cql.push(`fatalities >= ${v.filters.killed}`);
  if (v.filters.actor) p.set('actor', v.filters.actor);
  if (v.filters.country) p.set('country', v.filters.country);
  if (cql.length) p.set('filter', cql.join(' AND '));
  return p;
}

/** describeView says in words what a download of layer id with view v keeps. */
export function describeView(id, v) {
  const parts = [];
  if (id === 'events') {
    const on = EVENT_LAYERS.filter((l) => v.layersOn.includes(l.id));
    if (on.length < EVENT_LAYERS.length) parts.push(on.length ? on.map((l) => l.title.toLowerCase()).join(', ') : 'no layer');
  }
  if (v.bbox) parts.push('the area in view');
  if (id !== PLACES_LAYER.id) {
    if (v.narrowed) parts.push(`${formatDate(dayString(v.from))} – ${formatDate(dayString(v.to))}${v.undated ? ' and undated' : ''}`);
    else if (!v.undated) parts.push('dated events only');
    parts.push(v.background ? 'background events included' : 'no background events');
    const f = describe(v.filters);
    if (f) parts.push(f.replace(/^Events /, '').replace(/\.$/, ''));
  }
  if (v.q) parts.push(`matching “${v.q}”`);
  return parts.join('; ') + '.';
}

/** createDownload wires the dialog; view() returns the map's view, mapCount(id, v) what it shows of it. */
export function createDownload({ view, mapCount, open }) {
  let asked = 0;
  const refresh = async () => {
    const id = $('dl-layer').value;
    const v = view($('dl-bbox').checked);
    const q = downloadQuery(id, v);
    for (const f of ['geojson', 'csv', 'kml', 'xlsx']) {
      const a = $(`dl-${f}`);
      a.href = `/api/collections/${encodeURIComponent(id)}/download?${new URLSearchParams([['format', f], ...q])}`;
      a.setAttribute('download', `conflictmap-${id}.${f}`);
    }
    $('dl-url').textContent = location.origin + $('dl-geojson').getAttribute('href');
    $('dl-filters').textContent = describeView(id, v);
    const count = $('dl-count');
    count.dataset.n = '';
    count.textContent = 'Counting…';
    const mine = ++asked;
    const what = id === PLACES_LAYER.id ? 'places' : 'events';
    try {
      const r = await fetch(`/api/collections/${encodeURIComponent(id)}/items?${new URLSearchParams([...q, ['limit', '1']])}`, { headers: { Accept: 'application/geo+json' } });
      const j = await r.json();
      if (mine !== asked) return;
      if (!r.ok) { count.textContent = `The server refused these filters: ${j.detail || r.status}`; return; }
      const n = j.numberMatched;
      if (typeof n !== 'number') { count.textContent = 'The server did not say how many features match.'; return; }
      const shown = mapCount(id, v);
      count.dataset.n = String(n);
      count.replaceChildren(`The file will hold `, el('strong', { text: `${formatNumber(n)} ${n === 1 ? what.slice(0, -1) : what}` }),
        shown === n ? ', as the map shows.' : ` (the map shows ${formatNumber(shown)}).`);
    } catch (err) {
      if (mine === asked) count.textContent = `Could not count them: ${err.message}`;
    }
  };
  $('btn-download').addEventListener('click', () => {
    const sel = $('dl-layer');
    sel.replaceChildren(el('option', { value: 'events', text: 'The events shown' }),
      ...EVENT_LAYERS.map((l) => el('option', { value: l.id, text: l.title })),
      el('option', { value: PLACES_LAYER.id, text: PLACES_LAYER.title }));
    const on = EVENT_LAYERS.filter((l) => view(false).layersOn.includes(l.id));
    sel.value = on.length === 1 ? on[0].id : 'events';
    refresh();
    open($('dlg-download'));
  });
  $('dl-layer').addEventListener('change', refresh);
  $('dl-bbox').addEventListener('change', refresh);
  return { refresh };
}
