// The preview UI: one static page of plain HTML, CSS and JavaScript (no build step). Every value
// from an edition is inserted with textContent, never as markup. The style and the script are
// exported on their own so the server's Content-Security-Policy can allow exactly them (by hash).

/** The email iframe's sandbox: no scripts, no same-origin; links may open in a new tab. */
export const EMAIL_SANDBOX = 'allow-popups allow-popups-to-escape-sandbox';

export const PREVIEW_STYLE = `
  * { box-sizing: border-box; }
  body { margin: 0; font: 14px/1.45 system-ui, sans-serif; color: #111827; background: #f3f4f6; display: flex; min-height: 100vh; }
  nav { width: 260px; background: #111827; color: #f9fafb; padding: 16px; flex-shrink: 0; }
  nav h1 { font-size: 16px; margin: 0 0 12px; }
  nav a { display: block; color: #d1d5db; text-decoration: none; padding: 6px 8px; border-radius: 6px; margin-bottom: 2px; }
  nav a.active, nav a:hover { background: #374151; color: #fff; }
  main { flex: 1; padding: 16px 24px; min-width: 0; }
  .tabs button, .bar button { border: 1px solid #d1d5db; background: #fff; padding: 6px 12px; border-radius: 6px; cursor: pointer; margin: 0 4px 8px 0; }
  .tabs button[aria-selected="true"], .bar button[aria-pressed="true"] { background: #1a56db; color: #fff; border-color: #1a56db; }
  .frame { box-sizing: content-box; background: #fff; border: 1px solid #d1d5db; display: inline-block; }
  .frame.dark { filter: invert(1) hue-rotate(180deg); }
  iframe { border: 0; width: 100%; height: 75vh; display: block; }
  pre { white-space: pre-wrap; background: #fff; border: 1px solid #d1d5db; padding: 16px; border-radius: 6px; font: 13px/1.5 ui-monospace, monospace; }
  .post { background: #fff; border: 1px solid #d1d5db; border-radius: 8px; padding: 12px; margin-bottom: 10px; max-width: 620px; }
  .post .text { white-space: pre-wrap; margin-bottom: 8px; }
  .post img { display: block; max-width: 100%; border: 1px solid #d1d5db; border-radius: 6px; margin-bottom: 8px; }
  .count { font-variant-numeric: tabular-nums; color: #065f46; font-weight: 600; margin-right: 8px; }
  .count.over { color: #b91c1c; }
  table { border-collapse: collapse; background: #fff; }
  td, th { border: 1px solid #d1d5db; padding: 6px 10px; text-align: left; vertical-align: top; }
  .error { color: #b91c1c; font-weight: 600; } .warning { color: #92400e; font-weight: 600; } .ok { color: #065f46; }
  #overlay { display: none; position: fixed; inset: 0; background: rgba(17,24,39,.92); color: #fecaca; padding: 48px; font: 15px/1.5 ui-monospace, monospace; z-index: 10; }
  #overlay h2 { color: #fff; font: 600 20px system-ui, sans-serif; }
  #overlay.show { display: block; }
`;

export const PREVIEW_SCRIPT = `
const SANDBOX = '${EMAIL_SANDBOX}';
const state = { slug: null, tab: 'email', width: 640, dark: false, platform: 'x', data: null };
const el = (tag, props = {}, children = []) => { const e = document.createElement(tag); Object.assign(e, props); for (const c of children) e.append(c); return e; };
function fromHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  state.slug = p.get('e'); state.tab = p.get('tab') || 'email'; state.width = Number(p.get('w') || 640); state.dark = p.get('dark') === '1'; state.platform = p.get('p') || 'x';
}
function toHash() { history.replaceState(null, '', '#' + new URLSearchParams({ e: state.slug || '', tab: state.tab, w: String(state.width), dark: state.dark ? '1' : '0', p: state.platform })); }
function showError(message) {
  document.getElementById('overlay-message').textContent = message || '';
  document.getElementById('overlay').classList.toggle('show', Boolean(message));
}
async function load() {
  const s = await (await fetch('/api/state')).json();
  showError(s.error);
  const list = document.getElementById('editions'); list.replaceChildren();
  if (!state.slug || !s.editions.some((e) => e.slug === state.slug)) state.slug = s.editions[0] ? s.editions[0].slug : null;
  for (const e of s.editions) {
    const a = el('a', { href: '#', textContent: e.title, className: e.slug === state.slug ? 'active' : '' });
    a.dataset.slug = e.slug;
    a.onclick = (ev) => { ev.preventDefault(); state.slug = e.slug; toHash(); load(); };
    list.append(a);
  }
  if (!state.slug) { document.getElementById('title').textContent = 'No editions yet'; return; }
  state.data = await (await fetch('/api/editions/' + state.slug)).json();
  document.getElementById('title').textContent = s.editions.find((e) => e.slug === state.slug).title;
  render();
}
function render() {
  toHash();
  for (const b of document.querySelectorAll('.tabs button')) b.setAttribute('aria-selected', String(b.dataset.tab === state.tab));
  const panel = document.getElementById('panel'); panel.replaceChildren();
  const d = state.data;
  if (state.tab === 'email') {
    const bar = el('div', { className: 'bar' });
    const size = (label, width) => { const b = el('button', { textContent: label }); b.setAttribute('aria-pressed', String(state.width === width)); b.onclick = () => { state.width = width; render(); }; return b; };
    const dark = el('button', { textContent: 'Dark mode' }); dark.setAttribute('aria-pressed', String(state.dark)); dark.onclick = () => { state.dark = !state.dark; render(); };
    bar.append(size('Desktop', 640), size('Mobile', 375), dark);
    const frame = el('div', { className: 'frame' + (state.dark ? ' dark' : '') }); frame.style.width = state.width + 'px';
    // Sandboxed before it loads: the email runs no script and gets an origin of its own.
    const iframe = el('iframe', { title: 'Email preview' });
    iframe.setAttribute('sandbox', SANDBOX);
    iframe.src = '/files/' + state.slug + '/newsletter.html';
    frame.append(iframe);
    panel.append(bar, frame);
  } else if (state.tab === 'text') {
    panel.append(el('pre', { textContent: d.text }));
  } else if (state.tab === 'brief') {
    panel.append(el('pre', { textContent: d.brief }));
  } else if (state.tab === 'thread') {
    const bar = el('div', { className: 'bar' });
    const platforms = Object.keys(d.thread.platforms);
    if (!platforms.includes(state.platform)) state.platform = platforms[0];
    for (const p of platforms) { const b = el('button', { textContent: p }); b.setAttribute('aria-pressed', String(p === state.platform)); b.onclick = () => { state.platform = p; render(); }; bar.append(b); }
    panel.append(bar);
    for (const post of (d.thread.platforms[state.platform] || { posts: [] }).posts) {
      const count = el('span', { className: 'count' + (post.ok ? '' : ' over'), textContent: post.length + '/' + post.limit });
      const copy = el('button', { textContent: 'Copy' });
      copy.onclick = async () => { await navigator.clipboard.writeText(post.text); copy.textContent = 'Copied'; };
      const cards = (post.media || []).map((m) => el('img', { src: '/files/' + state.slug + '/' + encodeURIComponent(m.path), alt: m.alt, title: m.path }));
      panel.append(el('div', { className: 'post' }, [el('div', { className: 'text', textContent: post.text }), ...cards, count, copy]));
    }
  } else if (state.tab === 'check') {
    const table = el('table', {}, [el('tr', {}, [el('th', { textContent: 'Result' }), el('th', { textContent: 'Check' }), el('th', { textContent: 'Message' })])]);
    for (const f of d.check.findings) table.append(el('tr', {}, [el('td', { className: f.level, textContent: f.level }), el('td', { textContent: f.check }), el('td', { textContent: f.message })]));
    panel.append(el('p', { textContent: d.check.errors + ' error(s), ' + d.check.warnings + ' warning(s)' }), table);
  }
}
for (const b of document.querySelectorAll('.tabs button')) b.onclick = () => { state.tab = b.dataset.tab; render(); };
fromHash();
load();
const events = new EventSource('/events');
let seen = null;
events.addEventListener('hello', (e) => { const m = JSON.parse(e.data); if (seen !== null && m.version !== seen) location.reload(); seen = m.version; showError(m.error); });
events.addEventListener('reload', () => location.reload());
events.addEventListener('failed', (e) => showError(JSON.parse(e.data).error));
`;

export const PREVIEW_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>crier preview</title>
<style>${PREVIEW_STYLE}</style>
</head>
<body>
<nav><h1>crier preview</h1><div id="editions"></div></nav>
<main>
  <h2 id="title">Loading…</h2>
  <div class="tabs" role="tablist">
    <button role="tab" data-tab="email">Email</button><button role="tab" data-tab="text">Plain text</button><button role="tab" data-tab="thread">Thread</button><button role="tab" data-tab="brief">Brief</button><button role="tab" data-tab="check">Check</button>
  </div>
  <section id="panel"></section>
</main>
<div id="overlay" role="alert"><h2>Build failed</h2><div id="overlay-message"></div><p>Fix the file and save: the preview rebuilds by itself.</p></div>
<script>${PREVIEW_SCRIPT}</script>
</body>
</html>
`;
