// Popups: everything an event says, and every source sentence with its place marked.
// Built with DOM nodes and textContent only: no server text is ever parsed as HTML.
import { el, formatDate, formatNumber, highlightSegments } from './util.js';
import { PRECISION, shapeSVG } from './layers.js';
import { countSpread, sourceFigures } from './figures.js';

const PRECISION_WORD = { 1: 'place', 2: 'near / district', 3: 'region', 4: 'country' };

/** sourceLink returns the article's own address when it has one, else its record in the API. */
export function sourceLink(s) {
  if (s.url && /^https?:\/\//i.test(s.url)) return s.url;
  if (s.article_id) return `/api/articles/${encodeURIComponent(s.article_id)}`;
  return null;
}

/** quoteNode returns a <blockquote> of the quote with the place in a <mark>. */
export function quoteNode(s, place) {
  const q = el('blockquote', { class: 'quote' });
  for (const seg of highlightSegments(s.quote, s.place_start, s.place_end, place)) {
    q.append(seg.mark ? el('mark', { text: seg.text }) : document.createTextNode(seg.text));
  }
  return q;
}

/** eventPopup builds the popup of an event feature of layer `layer`. */
export function eventPopup(f, layer) {
  const p = f.properties || {};
  const root = el('article', { class: 'pop', 'aria-label': p.title || 'Event' });

  const kind = el('span', { class: 'pop-kind', style: `--c:${layer ? layer.color : '#64748b'}` },
    layer ? shapeSVG(layer, 14) : null,
    (layer ? layer.one : p.event_type || 'Event') + (p.sub_type ? ` · ${p.sub_type}` : ''));
  const head = el('div', { class: 'pop-head' }, kind);
  if (p.modality && p.modality !== 'reported') {
    head.append(el('span', { class: `badge badge-${p.modality}`, title: p.modality === 'expected' ? 'Planned or likely, not yet reported as done' : 'Rumoured or considered' }, p.modality));
  }
  root.append(head, el('h3', { class: 'pop-title', text: p.title || '(untitled event)' }));

  const dl = el('dl', { class: 'facts' });
  const fact = (k, v) => { if (v !== undefined && v !== null && v !== '') dl.append(el('dt', { text: k }), el('dd', {}, v)); };
  let when = formatDate(p.date, p.date_precision);
  if (p.date_precision && p.date_precision !== 'day' && p.date_precision !== 'unknown' && p.date) when += ` (${p.date_precision})`;
  fact('When', when);
  const where = [p.place, p.admin1 && p.admin1 !== p.place ? p.admin1 : '', p.country].filter(Boolean).join(', ');
  const prec = Number(p.geo_precision) || 1;
  fact('Where', el('span', {}, where || 'unknown',
    prec > 1 ? el('span', { class: 'muted', title: PRECISION[prec] ? PRECISION[prec].label : '' }, ` — ${PRECISION_WORD[prec] || ''} precision`) : null));
  if (Array.isArray(p.actors) && p.actors.length) fact('Actors', p.actors.join(', '));
  const nums = [];
  if (p.troops > 0) nums.push(el('span', { class: 'num' }, el('strong', { text: formatNumber(p.troops) }), ' troops'));
  if (p.fatalities > 0) nums.push(el('span', { class: 'num num-bad' }, el('strong', { text: formatNumber(p.fatalities) }), ' killed'));
  if (p.injured > 0) nums.push(el('span', { class: 'num num-bad' }, el('strong', { text: formatNumber(p.injured) }), ' injured'));
  // a stated 0 ("no one was killed") is 0 on the wire; an unknown count is null
  if (p.fatalities === 0) nums.push(el('span', { class: 'num' }, el('strong', { text: 'none' }), ' killed'));
  if (p.injured === 0) nums.push(el('span', { class: 'num' }, el('strong', { text: 'none' }), ' injured'));
  if (nums.length) fact('Numbers', el('span', { class: 'nums' }, nums));
  fact('Reports', countSpread(p));
  if (typeof p.confidence === 'number' && p.confidence > 0) fact('Confidence', `${Math.round(p.confidence * 100)} %`);
  root.append(dl);

  const sources = Array.isArray(p.sources) ? p.sources : [];
  root.append(el('h4', { class: 'pop-sub', text: sources.length === 1 ? '1 source' : `${sources.length} sources` }));
  const ol = el('ol', { class: 'sources' });
  for (const s of sources) {
    const href = sourceLink(s);
    const title = s.title || s.publication || 'Article';
    const meta = [s.publication && s.publication !== title ? s.publication : '', s.published ? formatDate(String(s.published).slice(0, 10), 'day') : ''].filter(Boolean).join(' · ');
    ol.append(el('li', {},
      quoteNode(s, p.place),
      sources.length > 1 ? sourceFigures(s) : null,
      el('div', { class: 'cite' },
        href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, title) : el('span', { text: title }),
        meta ? el('span', { class: 'muted', text: ` — ${meta}` }) : null)));
  }
  root.append(ol);
  return root;
}

/** placePopup builds the popup of a feature of the places layer. */
export function placePopup(f) {
  const p = f.properties || {};
  const dl = el('dl', { class: 'facts' });
  const fact = (k, v) => { if (v !== undefined && v !== null && v !== '') dl.append(el('dt', { text: k }), el('dd', { text: String(v) })); };
  fact('Kind', p.level);
  fact('Country', p.country);
  fact('Mentions', p.mentions);
  fact('Articles', p.articles);
  if (p.first_seen) fact('Seen', p.first_seen === p.last_seen ? formatDate(p.first_seen) : `${formatDate(p.first_seen)} – ${formatDate(p.last_seen)}`);
  return el('article', { class: 'pop' }, el('h3', { class: 'pop-title', text: p.name || p.place || 'Place' }), dl);
}
