// Small pure helpers of the map: DOM building without innerHTML, dates as day numbers,
// highlighting the place in a quote, number formatting. No Leaflet here, so node can test it.

/**
 * el builds an element. attrs: plain attributes, plus `class`, `text` (textContent),
 * `on` ({event: handler}) and `dataset`. Children are nodes or strings (text nodes).
 * Never parses HTML, so data from the server is always text.
 */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k === 'on') for (const [ev, fn] of Object.entries(v)) e.addEventListener(ev, fn);
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k === 'style') e.setAttribute('style', v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

const DAY = 86400000;

/** dayNumber turns "YYYY-MM-DD" (or "YYYY-MM", "YYYY") into days since 1970-01-01 UTC; NaN if unknown. */
export function dayNumber(s, end = false) {
  if (!s || typeof s !== 'string') return NaN;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s);
  if (!m) return NaN;
  const y = +m[1];
  let mo = m[2] ? +m[2] - 1 : (end ? 11 : 0);
  let d = m[3] ? +m[3] : 1;
  if (end && !m[3]) {
    // last day of the month or year
    return Math.floor(Date.UTC(y, mo + 1, 1) / DAY) - 1;
  }
  return Math.floor(Date.UTC(y, mo, d) / DAY);
}

/** dayString turns a day number back into "YYYY-MM-DD". */
export function dayString(n) {
  return new Date(n * DAY).toISOString().slice(0, 10);
}

/** featureDays returns [start, end] day numbers of an event feature, or null when it has no date. */
export function featureDays(p) {
  let a = dayNumber(p.date_start);
  let b = dayNumber(p.date_end, true);
  if (Number.isNaN(a) && p.date) a = dayNumber(p.date);
  if (Number.isNaN(b) && p.date) b = dayNumber(p.date, true);
  if (Number.isNaN(a) && Number.isNaN(b)) return null;
  if (Number.isNaN(a)) a = b;
  if (Number.isNaN(b)) b = a;
  return a <= b ? [a, b] : [b, a];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** formatDate shows an ISO date as precise as it is: "28 Nov 2020", "Nov 2020", "2020". */
export function formatDate(s, precision) {
  if (!s) return 'date unknown';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s);
  if (!m) return s;
  if (precision === 'year' || !m[2]) return m[1];
  const mon = MONTHS[+m[2] - 1] || m[2];
  if (precision === 'month' || !m[3]) return `${mon} ${m[1]}`;
  return `${+m[3]} ${mon} ${m[1]}`;
}

/** formatNumber puts thousands separators in. */
export function formatNumber(n) {
  // not toLocaleString: its first call loads locale data, a noticeable pause at start-up
  const s = String(Math.round(Number(n) || 0));
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * highlightSegments splits a quote into [{text, mark}] parts, marking the place name.
 * placeStart/placeEnd are UTF-8 byte offsets within the quote (SCHEMA: relative to the quote);
 * when they are missing or do not fit, the place name (or its longest word) is searched instead.
 */
export function highlightSegments(quote, placeStart, placeEnd, place) {
  quote = quote == null ? '' : String(quote);
  if (!quote) return [];
  const ps = Number(placeStart), pe = Number(placeEnd);
  if (Number.isInteger(ps) && Number.isInteger(pe) && pe > ps && ps >= 0) {
    const bytes = new TextEncoder().encode(quote);
    if (pe <= bytes.length) {
      const dec = new TextDecoder('utf-8', { fatal: true });
      try {
        const pre = dec.decode(bytes.subarray(0, ps));
        const mid = dec.decode(bytes.subarray(ps, pe));
        const post = dec.decode(bytes.subarray(pe));
        if (mid.trim()) return compact([{ text: pre, mark: false }, { text: mid, mark: true }, { text: post, mark: false }]);
      } catch { /* offsets cut a character: fall back to searching */ }
    }
  }
  const hit = findPlace(quote, place);
  if (!hit) return [{ text: quote, mark: false }];
  return compact([
    { text: quote.slice(0, hit[0]), mark: false },
    { text: quote.slice(hit[0], hit[1]), mark: true },
    { text: quote.slice(hit[1]), mark: false },
  ]);
}

function compact(parts) {
  return parts.filter((p) => p.text !== '');
}

/** findPlace returns [start, end) of the place name in text (UTF-16 indices), or null. */
export function findPlace(text, place) {
  if (!place || !text) return null;
  const lower = text.toLocaleLowerCase();
  const tries = [String(place)];
  // "Nagorno-Karabakh" → "Karabakh"; "Shusha (Shushi)" → "Shushi"; longest words first
  const words = String(place).split(/[\s\-–(),/]+/).filter((w) => w.length >= 4).sort((a, b) => b.length - a.length);
  tries.push(...words);
  for (const t of tries) {
    const i = lower.indexOf(t.toLocaleLowerCase());
    if (i >= 0) return [i, i + t.length];
  }
  // a stem: "Armenia" in "Armenian" is fine, but try the name without its last two letters too
  for (const t of [String(place), ...words]) {
    if (t.length < 6) continue;
    const stem = t.slice(0, -2).toLocaleLowerCase();
    const i = lower.indexOf(stem);
    if (i >= 0) {
      let j = i + stem.length;
      while (j < text.length && /\p{L}/u.test(text[j])) j++;
      return [i, j];
    }
  }
  return null;
}

/** searchTerms splits a search text into lowercase terms; quoted phrases stay together. */
export function searchTerms(q) {
  const out = [];
  const re = /"([^"]+)"|(\S+)/g;
  let m;
  while ((m = re.exec(String(q || '').toLocaleLowerCase()))) out.push(m[1] || m[2]);
  return out;
}

/**
 * haystack is the lowercase text a search looks in for one event or place feature: what the
 * feature itself says (title, place, actors, type, quotes), never the titles of the articles it
 * came from. The same fields as the API's q= (web/param.go textFilter), so a download matches.
 */
export function haystack(p) {
  const parts = [p.title, p.place, p.name, p.event_type, p.sub_type, p.country, p.admin1];
  for (const a of p.actors || []) parts.push(a);
  for (const s of p.sources || []) parts.push(s.quote);
  return parts.filter(Boolean).join('\n').toLocaleLowerCase();
}

/** matches says whether all terms occur in the haystack. */
export function matches(hay, terms) {
  for (const t of terms) if (!hay.includes(t)) return false;
  return true;
}

/** debounce calls fn once ms after the last call. */
export function debounce(fn, ms) {
  let t = 0;
  const d = (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
  d.flush = () => { clearTimeout(t); fn(); };
  return d;
}

/**
 * robustSpan returns [lo, hi], the days a time slider should span: the 2nd to 98th percentile of
 * the events' days, and no further than three interquartile ranges beyond the quartiles, so that
 * one 1974 event does not squeeze 2020–21 into the last pixels (a Tukey "far out" fence, which
 * small samples need: their 2nd percentile is their minimum). lo is the first start and hi the
 * last end inside those bounds. spans: [start, end] day pairs. Null when there are none.
 */
export function robustSpan(spans) {
  if (!spans.length) return null;
  const starts = spans.map((d) => d[0]).sort((a, b) => a - b);
  const ends = spans.map((d) => d[1]).sort((a, b) => a - b);
  const q = (arr, f) => arr[Math.min(arr.length - 1, Math.max(0, Math.round(f * (arr.length - 1))))];
  const mids = spans.map((d) => (d[0] + d[1]) / 2).sort((a, b) => a - b);
  const q1 = q(mids, 0.25), q3 = q(mids, 0.75), iqr = Math.max(30, q3 - q1);
  const lowBound = Math.max(q(starts, 0.02), q1 - 3 * iqr), highBound = Math.min(q(ends, 0.98), q3 + 3 * iqr);
  let lo = Infinity, hi = -Infinity;
  for (const d of spans) {
    if (d[0] >= lowBound && d[0] < lo) lo = d[0];
    if (d[1] <= highBound && d[1] > hi) hi = d[1];
  }
  if (!(lo <= hi)) return [starts[0], ends[ends.length - 1]];
  return [lo, hi];
}

/** playUnit is the step of playing through a span of days: a day, a week or a month. */
export function playUnit(days) {
  return days <= 92 ? 'day' : days <= 1100 ? 'week' : 'month';
}

/** playWindow returns the [from, to] days of the step of `unit` that starts on or holds day d. */
export function playWindow(d, unit) {
  if (unit === 'day') return [d, d];
  if (unit === 'week') return [d, d + 6];
  const t = new Date(d * DAY);
  const y = t.getUTCFullYear(), m = t.getUTCMonth();
  return [Math.floor(Date.UTC(y, m, 1) / DAY), Math.floor(Date.UTC(y, m + 1, 1) / DAY) - 1];
}
