// Writes the single-file edition, dist/wsadmin-prep.html: one page a person saves and opens
// from disk (file://), with no server, for ever. A file:// page has a null origin, so it can
// neither import modules nor fetch files nor start a worker from a file; everything is inline:
//
// - the app's glue (wasm-bindgen --target web) as one inline module, its JS snippet inlined;
// - both wasm modules as base64 in non-executing <script type="application/octet-stream">
//   blocks, decoded and handed to the glue as bytes;
// - the worker's glue (wasm-bindgen --target no-modules) started as a classic worker from a
//   Blob URL, which is sent its wasm bytes as its first message;
// - the stylesheet inline, the icon as a data: URL.
//
// Its Content-Security-Policy allows only those inline blocks, by hash: no 'unsafe-inline',
// no network at all (connect-src 'none'). There is no service worker: none registers on file://.
//
// Usage: node scripts/single-file.mjs DIST WORKER_GLUE_JS WORKER_WASM FIRST_VIEW (the
// no-modules build's pair: wasm-bindgen names the wasm's imports after its glue, so the two go
// together; and the first view's HTML, shown until the app starts, as on the served page)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { withFirstView } from './first-view.mjs';

const [dist, workerGluePath, workerWasmPath, firstViewPath] = process.argv.slice(2);
const read = (path) => readFileSync(join(dist, path), 'utf8');
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// The app's glue, with each snippet import replaced by the snippet's own code.
let app = read('app.js').replace(/^import \{[^}]*\} from '\.\/(snippets\/[^']+)';$/gm, (_, path) => (
  readFileSync(join(dist, path), 'utf8').replace(/^export (async function|function|const|class) /gm, '$1 ')
));
if (/^import /m.test(app)) throw new Error('app.js still imports a file; inline it here');
app = app.replace(/^export \{[^}]*\};$/m, '');

// Reads a base64 block into bytes. Each block is decoded only when it is needed.
const decoder = `function bytesOf(id) {
  const text = document.getElementById(id).textContent.trim();
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}`;

// The worker: its no-modules glue, then a first message that carries its wasm.
const workerSource = `${readFileSync(workerGluePath, 'utf8')}
self.onmessage = (event) => {
  self.onmessage = null;
  wasm_bindgen({ module_or_path: event.data }).catch((error) => {
    postMessage(JSON.stringify({ id: 0, body: { failed: { message: \`the worker could not start: \${error}\` } } }));
  });
};
`;

const main = `${app}
${decoder}
// The app asks for its worker through this hook instead of new Worker('worker.js').
let workerUrl;
let workerWasm;
window.wsadminPrepStartWorker = () => {
  workerUrl ??= URL.createObjectURL(new Blob([bytesOf('worker-glue-text')], { type: 'text/javascript' }));
  workerWasm ??= bytesOf('wasm-worker');
  const worker = new Worker(workerUrl);
  worker.postMessage(workerWasm);
  return worker;
};
__wbg_init({ module_or_path: bytesOf('wasm-app') }).catch((error) => {
  const message = document.createElement('p');
  message.className = 'load-error';
  message.textContent = \`wsadmin-prep could not start in this browser: \${error}\`;
  document.getElementById('app').replaceChildren(message);
});
`;

const style = read('style.css');
// The HTML parser would end an inline block at its closing tag, wherever it appears.
if (main.includes('</script')) throw new Error('the inline script contains "</script"');
if (style.includes('</style')) throw new Error('the stylesheet contains "</style"');
const icon = `data:image/svg+xml;base64,${Buffer.from(read('icon.svg')).toString('base64')}`;
const base64 = (path) => readFileSync(path).toString('base64');
const csp = [
  "default-src 'none'",
  `script-src ${sha256(main)} 'wasm-unsafe-eval'`,
  `style-src ${sha256(style)}`,
  'img-src data:',
  'worker-src blob:',
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// Every language pack, inline: the single file cannot fetch, so it carries them all (JSON
// whose "</" is written "<\/", so no text can close the script element).
const packs = readdirSync(join(dist, 'lang')).sort().map((name) => {
  const json = readFileSync(join(dist, 'lang', name), 'utf8').replaceAll('</', '<\\/');
  return `  <script type="application/json" id="lang-${name.replace(/\.json$/, '')}">${json}</script>`;
}).join('\n');
const html = withFirstView(`<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <!-- wsadmin-prep, the single-file edition: everything is in this file, and it talks to nothing. -->
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="referrer" content="no-referrer">
  <meta name="color-scheme" content="light dark">
  <meta name="description" content="Prepare and check an SAP Concur Web Services Administrator profile, offline.">
  <title>wsadmin-prep: WS Admin profile builder</title>
  <link rel="icon" href="${icon}" type="image/svg+xml">
  <style>${style}</style>
</head>
<body>
  <div id="app"></div>
  <noscript>wsadmin-prep needs JavaScript and WebAssembly. It runs entirely in this browser and sends nothing anywhere.</noscript>
  <script type="application/octet-stream" id="wasm-app">${base64(join(dist, 'app_bg.wasm'))}</script>
  <script type="application/octet-stream" id="wasm-worker">${base64(workerWasmPath)}</script>
  <script type="application/octet-stream" id="worker-glue-text">${Buffer.from(workerSource).toString('base64')}</script>
${packs}
  <script type="module">${main}</script>
</body>
</html>
`, readFileSync(firstViewPath, 'utf8'));
writeFileSync(join(dist, 'wsadmin-prep.html'), html);
