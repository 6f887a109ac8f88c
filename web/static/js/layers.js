// The map's layers: one per event collection of SCHEMA.md, each with a colour and a shape, and
// the shapes themselves (`one` names one feature of the layer: "Clash", not "Clashe"), drawn the same on the canvas (markers) and in SVG (legend, list).

export const EVENT_LAYERS = [
  { id: 'deployments', type: 'deployment', title: 'Deployments', one: 'Deployment', color: '#2563eb', shape: 'square' },
  { id: 'clashes', type: 'clash', title: 'Clashes', one: 'Clash', color: '#dc2626', shape: 'star' },
  { id: 'incidents', type: 'incident', title: 'Incidents', one: 'Incident', color: '#ea580c', shape: 'triangle' },
  { id: 'exercises', type: 'exercise', title: 'Exercises', one: 'Exercise', color: '#7c3aed', shape: 'hexagon' },
  { id: 'agreements', type: 'agreement', title: 'Agreements', one: 'Agreement', color: '#059669', shape: 'circle' },
  { id: 'parades', type: 'parade', title: 'Parades', one: 'Parade', color: '#b7791f', shape: 'triangle-down' },
  { id: 'meetings', type: 'meeting', title: 'Meetings', one: 'Meeting', color: '#0891b2', shape: 'diamond' },
];

export const PLACES_LAYER = { id: 'places', type: '', title: 'Places mentioned', one: 'Place', color: '#64748b', shape: 'dot' };

/** layerForType returns the layer of an event_type (unknown types go to a grey "other" layer). */
export function layerForType(type) {
  return EVENT_LAYERS.find((l) => l.type === type) || null;
}

export const PRECISION = {
  1: { label: 'the place itself', radius: 0 },
  2: { label: 'near the place or its district', radius: 10000 },
  3: { label: 'somewhere in the region', radius: 60000 },
  4: { label: 'somewhere in the country', radius: 150000 },
};

/**
 * shapePoints returns the vertices of a shape of "radius" r centred on (x, y), or null for a circle.
 * Sizes are tuned so that all shapes look equally heavy.
 */
export function shapePoints(shape, x, y, r) {
  const poly = (n, rot, rr = r) => {
    const pts = [];
    for (let i = 0; i < n; i++) {
      const a = rot + (i * 2 * Math.PI) / n;
      pts.push([x + rr * Math.cos(a), y + rr * Math.sin(a)]);
    }
    return pts;
  };
  switch (shape) {
    case 'square': {
      const s = r * 0.9;
      return [[x - s, y - s], [x + s, y - s], [x + s, y + s], [x - s, y + s]];
    }
    case 'diamond': return poly(4, -Math.PI / 2, r * 1.2);
    case 'triangle': return poly(3, -Math.PI / 2, r * 1.3).map(([a, b]) => [a, b + r * 0.2]);
    case 'triangle-down': return poly(3, Math.PI / 2, r * 1.3).map(([a, b]) => [a, b - r * 0.2]);
    case 'hexagon': return poly(6, 0, r * 1.05);
    case 'star': {
      const pts = [];
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const rr = i % 2 ? r * 0.62 : r * 1.35;
        pts.push([x + rr * Math.cos(a), y + rr * Math.sin(a)]);
      }
      return pts;
    }
    default: return null;
  }
}

/** shapeSVG returns an inline SVG element of a layer's shape (legend and list swatches). */
export function shapeSVG(layer, size = 18, opts = {}) {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('width', size);
  svg.setAttribute('height', size);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'swatch');
  const c = size / 2;
  const r = layer.shape === 'dot' ? size * 0.22 : size * 0.34;
  const pts = shapePoints(layer.shape, c, c, r);
  let node;
  if (pts) {
    node = document.createElementNS(NS, 'polygon');
    node.setAttribute('points', pts.map((p) => p.map((v) => v.toFixed(2)).join(',')).join(' '));
  } else {
    node = document.createElementNS(NS, 'circle');
    node.setAttribute('cx', c);
    node.setAttribute('cy', c);
    node.setAttribute('r', r);
  }
  node.setAttribute('fill', opts.hollow ? '#fff' : layer.color);
  node.setAttribute('stroke', opts.hollow ? layer.color : '#fff');
  node.setAttribute('stroke-width', opts.hollow ? 2 : 1.5);
  node.setAttribute('stroke-linejoin', 'round');
  svg.append(node);
  return svg;
}
