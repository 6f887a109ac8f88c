// The dialogs' common behaviour, the QGIS dialog, and messages: toasts that fade and notices that stay.
import { el } from './util.js';

const $ = (id) => document.getElementById(id);

/** openDialog shows a <dialog> as a modal. */
export function openDialog(d) {
  if (typeof d.showModal === 'function') d.showModal(); else d.setAttribute('open', '');
}
for (const d of document.querySelectorAll('dialog')) {
  d.addEventListener('click', (e) => { if (e.target === d) d.close(); }); // a click on the backdrop
}

// QGIS: the OGC API address to paste.
$('btn-qgis').addEventListener('click', () => {
  const url = `${location.origin}/api`;
  $('qgis-url').value = url;
  $('qgis-url2').textContent = url;
  $('qgis-copied').textContent = '';
  openDialog($('dlg-qgis'));
  $('qgis-url').select();
});
$('qgis-copy').addEventListener('click', async () => {
  const inp = $('qgis-url');
  let ok = false;
  try { await navigator.clipboard.writeText(inp.value); ok = true; } catch {
    inp.select();
    try { ok = document.execCommand('copy'); } catch { ok = false; }
  }
  $('qgis-copied').textContent = ok ? 'Copied. Paste it into QGIS.' : 'Select the address and copy it (Ctrl+C).';
});

/** notice is a message that stays until it is closed (a toast's fade is for news that can be missed). */
export function notice(text) {
  const n = el('div', { class: 'notice', role: 'alert' }, el('span', { text }),
    el('button', { type: 'button', class: 'icon-btn close', 'aria-label': 'Close the notice', text: '×', on: { click: () => n.remove() } }));
  $('notices').append(n);
}

/** toast is a message that fades after a few seconds. */
export function toast(text) {
  const t = el('div', { class: 'toast', role: 'status', text });
  document.body.append(t);
  setTimeout(() => t.classList.add('gone'), 5000);
  setTimeout(() => t.remove(), 5600);
}

