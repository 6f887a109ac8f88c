// The "Add an article" dialog: pasted text or a dropped file, POSTed to /api/articles with the
// write token (kept for the session); onAdded(result, token) gets the server's answer.
import { formatNumber } from './util.js';
import { problemText } from './api.js';

const $ = (id) => document.getElementById(id);
const TOKEN_KEY = 'conflictmap.token';

/** createAddArticle wires the dialog's controls; openDialog(el) shows a dialog. */
export function createAddArticle({ openDialog, onAdded }) {
  let addFile = null;
  const TYPES = { md: 'text/markdown', markdown: 'text/markdown', html: 'text/html', htm: 'text/html', json: 'application/json', txt: 'text/plain' };
  function setFile(f) {
    addFile = f;
    $('add-file-name').textContent = f ? `${f.name} (${formatNumber(Math.ceil(f.size / 1024))} KB)` : '';
    $('add-text').disabled = !!f;
    $('add-text').placeholder = f ? 'The file above will be sent as it is.' : 'Paste the article here, or drop a file…';
  }
  $('btn-add').addEventListener('click', () => {
    try { $('add-token').value = sessionStorage.getItem(TOKEN_KEY) || ''; } catch { /* private mode */ }
    $('add-msg').textContent = '';
    $('add-msg').className = 'msg';
    openDialog($('dlg-add'));
    ($('add-token').value ? $('add-text') : $('add-token')).focus();
  });
  $('add-file').addEventListener('change', () => setFile($('add-file').files[0] || null));
  const drop = $('drop');
  for (const ev of ['dragenter', 'dragover']) drop.addEventListener(ev, (e) => { e.preventDefault(); drop.classList.add('over'); });
  for (const ev of ['dragleave', 'drop']) drop.addEventListener(ev, () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    const f = e.dataTransfer && e.dataTransfer.files[0];
    if (f) setFile(f);
  });

  // askToken forgets a token the server refused (mistyped, or rotated since it was stored) and
  // asks for it again.
  function askToken(why) {
    try { sessionStorage.removeItem(TOKEN_KEY); } catch { /* private mode */ }
    $('add-token').value = '';
    $('add-msg').className = 'msg err';
    $('add-msg').textContent = `Not allowed: ${why}. Enter the current token (\`conflictmap token\` prints it).`;
    $('add-token').focus();
  }

  async function submitArticle() {
    const msg = $('add-msg');
    const token = $('add-token').value.trim();
    const text = $('add-text').value;
    if (!token) { msg.className = 'msg err'; msg.textContent = 'The token is needed to add articles.'; $('add-token').focus(); return; }
    if (!addFile && !text.trim()) { msg.className = 'msg err'; msg.textContent = 'Paste an article or choose a file first.'; $('add-text').focus(); return; }
    try { sessionStorage.setItem(TOKEN_KEY, token); } catch { /* private mode */ }
    let body, type;
    if (addFile) {
      body = addFile;
      const ext = (addFile.name.split('.').pop() || '').toLowerCase();
      type = TYPES[ext] || addFile.type || 'text/plain';
    } else {
      const meta = { title: $('add-title').value.trim(), published: $('add-published').value, publication: $('add-publication').value.trim(), url: $('add-url').value.trim() };
      body = JSON.stringify({ ...meta, text });
      type = 'application/json';
    }
    msg.className = 'msg'; msg.textContent = 'Reading the article…';
    $('add-submit').disabled = true;
    try {
      const r = await fetch('/api/articles', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': type, Accept: 'application/json' }, body });
      if (r.status === 401) { askToken(await problemText(r)); return; }
      if (r.status !== 201 && !r.ok) {
        msg.className = 'msg err';
        msg.textContent = `${r.status === 401 ? 'Not allowed: ' : 'Could not add it: '}${await problemText(r)}`;
        return;
      }
      const res = await r.json();
      $('dlg-add').close();
      $('add-text').value = ''; setFile(null); $('add-file').value = '';
      for (const id of ['add-title', 'add-published', 'add-publication', 'add-url']) $(id).value = '';
      onAdded(res, token);
    } catch (err) {
      msg.className = 'msg err';
      msg.textContent = `Could not reach the server: ${err.message}`;
    } finally {
      $('add-submit').disabled = false;
    }
  }
  $('add-submit').addEventListener('click', submitArticle);
  $('add-form').addEventListener('submit', (e) => { if (e.submitter && e.submitter.value === 'cancel') return; e.preventDefault(); submitArticle(); });
}
