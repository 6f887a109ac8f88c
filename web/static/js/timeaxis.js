// The time bar: a two-thumbed slider over where most events are (robustSpan: the 2nd–98th
// percentile), typed from/to dates that reach any day, the undated and background toggles, a
// histogram, and play, stepping by day, week or month as the span asks.
//
// The filter is time.from..time.to; time.min..time.max is every date the considered events have
// (background ones only when shown), time.lo..time.hi what the slider spans. A thumb at an end
// of the slider means "open on that side": the rest of the dates stay shown, not cut at the 2nd
// percentile.
import { dayNumber, dayString, formatDate, robustSpan, playUnit, playWindow, debounce } from './util.js';

const $ = (id) => document.getElementById(id);
const UNIT_WORD = { day: 'day by day', week: 'week by week', month: 'month by month' };

/**
 * createTimeAxis wires the time bar. markers: the map's marker array (kept up to date by the
 * caller); isEvent(m): not a place; counted(m): what the histogram counts (the other filters);
 * onInput(): a thumb moves (schedule the filters); onChange(): apply the filters now.
 */
export function createTimeAxis({ markers, isEvent, counted, onInput, onChange, initial }) {
  const time = { min: NaN, max: NaN, lo: NaN, hi: NaN, from: NaN, to: NaN };
  const opts = { undated: initial.undated !== false, background: !!initial.background, wide: false };
  const rFrom = $('range-from'), rTo = $('range-to'), dFrom = $('date-from'), dTo = $('date-to');
  let playTimer = 0, unit = 'week', robust = [NaN, NaN];

  const considered = (m) => m.days && isEvent(m) && (opts.background || !m.background);
  const narrowed = () => !Number.isNaN(time.min) && (time.from > time.min || time.to < time.max);

  function setup() {
    const spans = [];
    for (const m of markers) if (considered(m)) spans.push(m.days);
    const has = spans.length > 0;
    $('timebar').classList.toggle('no-dates', !has);
    if (!has) { time.min = time.max = time.lo = time.hi = time.from = time.to = NaN; show(); return; }
    const wasFull = Number.isNaN(time.from) || !narrowed();
    time.min = Math.min(...spans.map((d) => d[0]));
    time.max = Math.max(...spans.map((d) => d[1]));
    robust = robustSpan(spans);
    [time.lo, time.hi] = opts.wide ? [time.min, time.max] : robust;
    if (wasFull) { time.from = time.min; time.to = time.max; }
    time.from = Math.max(time.min, Math.min(time.from, time.max));
    time.to = Math.max(time.from, Math.min(time.to, time.max));
    for (const r of [rFrom, rTo]) { r.min = String(time.lo); r.max = String(time.hi); }
    for (const d of [dFrom, dTo]) { d.min = dayString(time.min); d.max = dayString(time.max); }
    unit = playUnit(time.hi - time.lo);
    show();
  }

  // show puts the state on the page: thumbs (clamped to the slider), dates, fill, buttons.
  function show() {
    const none = Number.isNaN(time.min);
    const span = Math.max(1, time.hi - time.lo);
    const a = Math.max(time.lo, Math.min(time.from, time.hi)), b = Math.max(time.lo, Math.min(time.to, time.hi));
    if (!none) { rFrom.value = String(a); rTo.value = String(b); }
    dFrom.value = none ? '' : dayString(time.from);
    dTo.value = none ? '' : dayString(time.to);
    rFrom.setAttribute('aria-valuetext', none ? '' : formatDate(dayString(time.from)));
    rTo.setAttribute('aria-valuetext', none ? '' : formatDate(dayString(time.to)));
    $('range-fill').style.left = `${((a - time.lo) / span) * 100}%`;
    $('range-fill').style.right = `${100 - ((b - time.lo) / span) * 100}%`;
    $('time-reset').disabled = !narrowed();
    const outside = !none && (time.lo > time.min || time.hi < time.max || opts.wide);
    const sp = $('time-span');
    sp.hidden = !outside;
    sp.setAttribute('aria-pressed', String(opts.wide));
    sp.textContent = opts.wide ? 'Most events' : 'All years';
    sp.title = none ? '' : opts.wide ? `Let the slider span where most events are (${formatDate(dayString(robust[0]))} on)`
      : `Stretch the slider over every date, ${formatDate(dayString(time.min))} – ${formatDate(dayString(time.max))}`;
    $('timebar').dataset.step = unit;
    if (!playTimer) $('play').setAttribute('aria-label', `Play through time, ${UNIT_WORD[unit]}`);
  }

  // A thumb at an end of the slider is open on that side: the dates beyond the slider stay in.
  function onRange(e) {
    if (e.target === rFrom) {
      const a = +rFrom.value;
      time.from = a <= time.lo ? time.min : a;
      if (time.to < time.from) time.to = time.from;
    } else {
      const b = +rTo.value;
      time.to = b >= time.hi ? time.max : b;
      if (time.from > time.to) time.from = time.to;
    }
    show();
    onInput();
  }
  rFrom.addEventListener('input', onRange);
  rTo.addEventListener('input', onRange);

  // Typed dates reach any day: one beyond the slider stretches it over every date.
  function onDate(e) {
    if (Number.isNaN(time.min)) return;
    const isFrom = e.target === dFrom;
    let v = dayNumber(e.target.value);
    if (Number.isNaN(v)) v = isFrom ? time.min : time.max; // cleared: open on that side
    v = Math.max(time.min, Math.min(v, time.max));
    if (isFrom) { time.from = v; if (time.to < v) time.to = v; } else { time.to = v; if (time.from > v) time.from = v; }
    if ((time.from < time.lo && time.from > time.min) || (time.to > time.hi && time.to < time.max)) { opts.wide = true; setup(); }
    stop();
    show();
    onChange();
  }
  dFrom.addEventListener('change', onDate);
  dTo.addEventListener('change', onDate);

  $('undated').checked = opts.undated;
  $('undated').addEventListener('change', () => { opts.undated = $('undated').checked; onChange(); });
  $('background').checked = opts.background;
  $('background').addEventListener('change', () => { opts.background = $('background').checked; setup(); onChange(); });
  $('time-span').addEventListener('click', () => { opts.wide = !opts.wide; setup(); drawHistogram(); });
  $('time-reset').addEventListener('click', () => {
    stop();
    time.from = time.min; time.to = time.max;
    show();
    onChange();
  });

  function stop() {
    clearInterval(playTimer);
    playTimer = 0;
    $('play').setAttribute('aria-pressed', 'false');
    show();
  }
  // play shows one day, week or month after another, from the slider's start to its end.
  $('play').addEventListener('click', () => {
    if (playTimer) { stop(); return; }
    if (Number.isNaN(time.min)) return;
    let next = narrowed() && time.to < time.hi ? time.from : time.lo;
    $('play').setAttribute('aria-pressed', 'true');
    $('play').setAttribute('aria-label', 'Pause');
    const tick = () => {
      if (next > time.hi) { stop(); return; }
      [time.from, time.to] = playWindow(next, unit);
      time.from = Math.max(time.from, time.min);
      time.to = Math.min(time.to, time.max);
      next = playWindow(next, unit)[1] + 1;
      show();
      onChange();
    };
    tick();
    playTimer = setInterval(tick, 450);
  });

  function drawHistogram() {
    const cv = $('histogram');
    const w = cv.clientWidth, h = cv.clientHeight;
    if (!w || !h || Number.isNaN(time.min)) return;
    const dpr = window.devicePixelRatio || 1;
    if (cv.width !== Math.round(w * dpr)) { cv.width = Math.round(w * dpr); cv.height = Math.round(h * dpr); }
    const ctx = cv.getContext('2d');
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, h);
    const span = time.hi - time.lo + 1;
    const bins = Math.max(1, Math.min(Math.floor(w / 4), span));
    const counts = new Array(bins).fill(0);
    for (const m of markers) {
      if (!considered(m) || m.days[0] < time.lo || m.days[0] > time.hi || !counted(m)) continue;
      counts[Math.min(bins - 1, Math.floor(((m.days[0] - time.lo) / span) * bins))]++;
    }
    const maxC = Math.max(1, ...counts);
    const bw = w / bins;
    for (let i = 0; i < bins; i++) {
      if (!counts[i]) continue;
      const d0 = time.lo + (i / bins) * span, d1 = time.lo + ((i + 1) / bins) * span;
      const inside = d1 > time.from && d0 <= time.to;
      const bh = Math.max(2, Math.sqrt(counts[i] / maxC) * (h - 2));
      ctx.fillStyle = inside ? 'rgba(30, 64, 120, 0.55)' : 'rgba(100, 116, 139, 0.22)';
      ctx.fillRect(i * bw + 0.5, h - bh, Math.max(1, bw - 1), bh);
    }
  }
  window.addEventListener('resize', debounce(drawHistogram, 150));

  return {
    time, rFrom, rTo, setup, show, stop, narrowed, drawHistogram,
    scheduleHistogram: debounce(drawHistogram, 60),
    get undated() { return opts.undated; },
    get background() { return opts.background; },
    /** passes is the time part of the filters: background, undated and the dates. */
    passes(m) {
      if (m.background && !opts.background) return false;
      const d = m.days;
      if (!d) return opts.undated;
      return !narrowed() || (d[1] >= time.from && d[0] <= time.to);
    },
    /** fromState applies a parsed URL state (its dates, undated and background). */
    fromState(s) {
      opts.undated = s.undated !== false; $('undated').checked = opts.undated;
      if (!!s.background !== opts.background) { opts.background = !!s.background; $('background').checked = opts.background; setup(); }
      if (Number.isNaN(time.min)) return;
      const a = s.from ? dayNumber(s.from) : time.min, b = s.to ? dayNumber(s.to) : time.max;
      time.from = Math.max(time.min, Math.min(a, time.max));
      time.to = Math.max(time.from, Math.min(b, time.max));
      if ((time.from < time.lo && time.from > time.min) || (time.to > time.hi && time.to < time.max)) { opts.wide = true; setup(); }
      show();
    },
    /** toState adds the time bar's part to a URL state. */
    toState(s) {
      s.undated = opts.undated;
      s.background = opts.background;
      if (narrowed()) { s.from = dayString(time.from); s.to = dayString(time.to); }
    },
  };
}
