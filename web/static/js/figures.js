// Figures as each source gives them: a merged event's range across its sources, and the
// figures of one source, so a reader sees where the headline number comes from.
import { el, formatNumber } from './util.js';

const COUNTS = [['troops', 'troops'], ['fatalities', 'killed'], ['injured', 'injured']];

/** countSpread says how far the sources' figures differ ("killed 3–5"), or null when they agree. */
export function countSpread(p) {
  const parts = [];
  for (const [k, word] of COUNTS) {
    const lo = Number(p[`${k}_min`]) || 0, hi = Number(p[`${k}_max`]) || 0;
    if (p[`${k}_min`] != null && hi > lo) parts.push(`${word} ${formatNumber(lo)}–${formatNumber(hi)}`);
  }
  return parts.length ? `${parts.join(', ')} (the sources differ; the headline figure is the latest report's)` : null;
}

/** sourceFigures is a line with the figures one source gives, or null when it gives none. */
export function sourceFigures(s) {
  // a stated 0 is on the wire as 0, an unknown figure is absent or null
  const parts = COUNTS.filter(([k]) => typeof s[k] === 'number' && s[k] >= 0).map(([k, word]) => `${formatNumber(s[k])} ${word}`);
  return parts.length ? el('div', { class: 'muted src-figures', text: `This source: ${parts.join(', ')}` }) : null;
}
