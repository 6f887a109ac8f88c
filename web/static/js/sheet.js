// Where a feature's details show: a Leaflet popup beside its marker on wide screens, and on
// narrow ones (phones) a bottom sheet as wide as the screen, whose × is always on it. Either way
// one of them at a time, and onClose(marker) once when it goes, however it goes.
import { el } from './util.js';

const NARROW = '(max-width: 600px)';

/** createInfo returns {open(marker, content), close(), marker}. */
export function createInfo(map, { onClose }) {
  const narrow = () => window.matchMedia(NARROW).matches;
  const sheet = document.getElementById('sheet');
  const body = el('div', { class: 'sheet-body' });
  const closeBtn = el('button', { type: 'button', class: 'icon-btn close sheet-close', 'aria-label': 'Close', text: '×' });
  sheet.replaceChildren(closeBtn, body);
  let current = null, popup = null, mode = '';

  const closed = () => {
    const m = current;
    current = null;
    popup = null;
    if (m) onClose(m);
  };
  map.on('popupclose', (e) => { if (popup && e.popup === popup) closed(); });
  closeBtn.addEventListener('click', () => close());

  function close() {
    if (!current) return;
    if (mode === 'popup' && popup) { map.closePopup(popup); return; } // popupclose calls closed()
    sheet.hidden = true;
    body.replaceChildren();
    document.body.classList.remove('sheet-open');
    closed();
  }

  function open(m, content) {
    if (current) close();
    current = m;
    if (!narrow()) {
      mode = 'popup';
      popup = L.popup({ maxWidth: 380, minWidth: 260, maxHeight: Math.max(220, Math.min(440, map.getSize().y - 140)), autoPanPadding: [24, 24], className: 'pop-wrap', offset: [0, -4] })
        .setLatLng(m.getLatLng())
        .setContent(content);
      popup.marker = m;
      popup.openOn(map);
      return;
    }
    mode = 'sheet';
    body.replaceChildren(content);
    sheet.hidden = false;
    sheet.scrollTop = 0;
    document.body.classList.add('sheet-open');
    // keep the marker in sight above the sheet
    const pt = map.latLngToContainerPoint(m.getLatLng());
    const room = map.getSize().y - sheet.offsetHeight;
    if (pt.y > room - 30 && room > 80) map.panBy([0, pt.y - room / 2], { animate: false });
  }

  // A refit (fitBounds) leaves the old popup pointing at nothing useful: it closes. So does a
  // popup when the screen turns narrow, or a sheet when it turns wide.
  map.on('refit', close);
  map.on('resize', () => { if (current && (mode === 'sheet') !== narrow()) close(); });
  return { open, close, get marker() { return current; } };
}
