// The side panel's filters: an actor, a country, and at least N killed. They mean exactly what
// the API's actor=, country= and filter=fatalities >= N mean (case-insensitive names, any of an
// event's actors), so that "Download what you see" holds what the map shows. Events only: the
// places layer has no actors or counts.
import { el, formatNumber } from './util.js';

const $ = (id) => document.getElementById(id);
const lower = (s) => String(s || '').toLocaleLowerCase();
let regionNames = null;
try { regionNames = new Intl.DisplayNames(['en'], { type: 'region' }); } catch { /* an old browser: codes */ }

/** countryName is "Azerbaijan (AZ)" for "AZ", or the code when the browser has no name for it. */
export function countryName(code) {
  let name = '';
  try { name = regionNames ? regionNames.of(code) : ''; } catch { name = ''; }
  return name && name !== code ? `${name} (${code})` : code;
}

/** eventPasses says whether an event's properties p pass filters f ({actor, country, killed}). */
export function eventPasses(p, f) {
  if (f.actor && !(p.actors || []).some((a) => lower(a) === lower(f.actor))) return false;
  if (f.country && lower(p.country) !== lower(f.country)) return false;
  if (f.killed > 0 && !(Number(p.fatalities) >= f.killed)) return false;
  return true;
}

/** describe says in words what filters f keep, or '' when there are none. */
export function describe(f) {
  const parts = [];
  if (f.actor) parts.push(`with ${f.actor} among the actors`);
  if (f.country) parts.push(`in ${countryName(f.country)}`);
  if (f.killed > 0) parts.push(`with at least ${formatNumber(f.killed)} killed`);
  return parts.length ? `Events ${parts.join(', ')}.` : '';
}

/** createFilters wires the panel; onChange() runs after every change. */
export function createFilters({ initial, onChange }) {
  const f = { actor: initial.actor || '', country: initial.country || '', killed: initial.killed || 0 };
  const actor = $('f-actor'), country = $('f-country'), killed = $('f-killed');
  killed.value = f.killed ? String(f.killed) : '';

  const changed = () => {
    f.actor = actor.value;
    f.country = country.value;
    const n = Math.floor(Number(killed.value));
    f.killed = Number.isFinite(n) && n > 0 ? n : 0;
    show();
    onChange();
  };
  actor.addEventListener('change', changed);
  country.addEventListener('change', changed);
  killed.addEventListener('input', changed);
  $('f-clear').addEventListener('click', () => {
    actor.value = ''; country.value = ''; killed.value = '';
    changed();
  });

  function show() {
    const text = describe(f);
    $('f-summary').textContent = text || 'No filter: every event.';
    $('f-clear').hidden = !text;
    $('filters').classList.toggle('active', !!text);
  }

  // options lists each value with how many events have it, most first; the chosen one stays.
  function options(select, counts, label, chosen, any) {
    const keys = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || (a < b ? -1 : 1));
    if (chosen && !counts.has(chosen)) keys.unshift(chosen);
    select.replaceChildren(el('option', { value: '', text: any }),
      ...keys.map((k) => el('option', { value: k, text: `${label(k)} (${formatNumber(counts.get(k) || 0)})` })));
    select.value = chosen;
  }

  return {
    state: f,
    passes: (p) => eventPasses(p, f),
    /** populate fills the choices from the events' properties. */
    populate(props) {
      const actors = new Map(), countries = new Map();
      for (const p of props) {
        for (const a of new Set(p.actors || [])) actors.set(a, (actors.get(a) || 0) + 1);
        if (p.country) countries.set(p.country, (countries.get(p.country) || 0) + 1);
      }
      options(actor, actors, (a) => a, f.actor, 'Any actor');
      options(country, countries, countryName, f.country, 'Any country');
      show();
    },
    fromState(s) {
      f.actor = s.actor || ''; f.country = s.country || ''; f.killed = s.killed || 0;
      actor.value = f.actor; country.value = f.country; killed.value = f.killed ? String(f.killed) : '';
      show();
    },
    toState(s) {
      if (f.actor) s.actor = f.actor;
      if (f.country) s.country = f.country;
      if (f.killed) s.killed = f.killed;
    },
  };
}
