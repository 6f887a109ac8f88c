// The view in the URL: #map=zoom/lat/lon&layers=a,b&from=YYYY-MM-DD&to=…&q=…&sel=id&undated=0&base=osm,
// and bg=1 (background events shown), actor=…, country=XX, killed=N (the side panel's filters).
// parseState and formatState are pure, so a shared link restores exactly what was seen.

/** parseState reads a location hash ("#…" or "…") into a state object; missing keys stay undefined. */
export function parseState(hash) {
  const p = new URLSearchParams(String(hash || '').replace(/^#/, ''));
  const s = {};
  const m = /^(\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(p.get('map') || '');
  if (m) {
    const z = +m[1], lat = +m[2], lon = +m[3];
    if (z >= 0 && z <= 22 && Math.abs(lat) <= 90 && Math.abs(lon) <= 540) s.view = { zoom: z, lat, lon };
  }
  if (p.has('layers')) s.layers = p.get('layers').split(',').filter(Boolean);
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (day.test(p.get('from') || '')) s.from = p.get('from');
  if (day.test(p.get('to') || '')) s.to = p.get('to');
  if (p.get('q')) s.q = p.get('q');
  if (p.get('sel')) s.sel = p.get('sel');
  if (p.has('undated')) s.undated = p.get('undated') !== '0';
  if (p.get('base')) s.base = p.get('base');
  if (p.get('bg') === '1') s.background = true;
  if (p.get('actor')) s.actor = p.get('actor');
  if (/^[A-Za-z]{2,3}$/.test(p.get('country') || '')) s.country = p.get('country').toUpperCase();
  if (/^\d{1,7}$/.test(p.get('killed') || '') && +p.get('killed') > 0) s.killed = +p.get('killed');
  return s;
}

/** formatState writes a state object as a hash, in a stable order, leaving out defaults. */
export function formatState(s) {
  const parts = [];
  if (s.view) {
    const prec = Math.max(0, Math.ceil(Math.log2(Math.max(1, s.view.zoom))));
    parts.push(`map=${+s.view.zoom.toFixed(2)}/${s.view.lat.toFixed(prec + 1)}/${s.view.lon.toFixed(prec + 1)}`);
  }
  if (s.layers) parts.push(`layers=${s.layers.map(encodeURIComponent).join(',')}`);
  if (s.from) parts.push(`from=${s.from}`);
  if (s.to) parts.push(`to=${s.to}`);
  if (s.undated === false) parts.push('undated=0');
  if (s.background) parts.push('bg=1');
  if (s.actor) parts.push(`actor=${encodeURIComponent(s.actor)}`);
  if (s.country) parts.push(`country=${encodeURIComponent(s.country)}`);
  if (s.killed > 0) parts.push(`killed=${s.killed}`);
  if (s.q) parts.push(`q=${encodeURIComponent(s.q)}`);
  if (s.sel) parts.push(`sel=${encodeURIComponent(s.sel)}`);
  if (s.base && s.base !== 'offline') parts.push(`base=${encodeURIComponent(s.base)}`);
  return parts.length ? '#' + parts.join('&') : '';
}
