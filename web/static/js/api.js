// Reading the API: a whole collection, page after page, and the words of a problem answer.

/** fetchCollection returns every feature of collection id ([] when the server has no such collection). */
export async function fetchCollection(id) {
  let url = `/api/collections/${encodeURIComponent(id)}/items?limit=10000`;
  const out = [];
  for (let page = 0; url && page < 200; page++) {
    const r = await fetch(url, { headers: { Accept: 'application/geo+json, application/json' } });
    if (r.status === 404 && page === 0) return out; // the server has no such collection
    if (!r.ok) throw new Error(`${id}: ${await problemText(r)}`);
    const fc = await r.json();
    const feats = fc.features || [];
    for (const f of feats) out.push(f);
    const next = (fc.links || []).find((l) => l.rel === 'next');
    url = feats.length && next ? next.href : null;
  }
  return out;
}

/** problemText is what a failed answer says: its problem detail, else its status. */
export async function problemText(r) {
  try {
    const j = await r.clone().json();
    return j.detail || j.title || `${r.status} ${r.statusText}`;
  } catch {
    return `${r.status} ${r.statusText}`;
  }
}

