// The single-file edition, dist/wsadmin-prep.html, opened from disk (file://) with no server:
// its policy allows only its own inline blocks, it makes no request from the start, the whole
// flow works (builder, checklist exports, a link opened by pasting it, handoff seal and open,
// provider key), and it says so plainly where storage or the worker is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { start, fillContext, buildAndExport, downloadText as download, sealToANewKeyAndOpen, appStarted } from './harness.mjs';

const file = fileURLToPath(new URL('../../dist/wsadmin-prep.html', import.meta.url));
const address = pathToFileURL(file).href;
const scratch = mkdtempSync(join(tmpdir(), 'wsadmin-prep-single-'));

// Only the browser is used; nothing is served.
let env;
before(async () => {
  env = await start();
  await env.closeServer();
});
after(async () => { await env?.stop(); });

/** A page of the file, with every request and every console error recorded from the start. */
async function openFile(contextOptions = {}, initScript = null) {
  const context = await env.browser.newContext({ acceptDownloads: true, ...contextOptions });
  if (initScript) await context.addInitScript(initScript);
  const requests = [];
  const problems = [];
  context.on('request', (request) => {
    const url = request.url();
    // The file itself; its wasm decoded from the page; Blob URLs for the worker and downloads.
    if (url === address || url.startsWith('blob:') || url.startsWith('data:')) return;
    requests.push(url);
  });
  context.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  context.on('weberror', (error) => problems.push(String(error.error())));
  const page = await context.newPage();
  const opened = Date.now();
  await page.goto(address);
  await appStarted(page);
  return { context, page, requests, problems, interactiveMs: Date.now() - opened };
}

test('the file carries a policy of hashes only, and says how big it is', () => {
  const html = readFileSync(file, 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval';/);
  assert.match(csp, /style-src 'sha256-[A-Za-z0-9+/=]+';/);
  assert.match(csp, /worker-src blob:/);
  assert.match(csp, /connect-src 'none'/);
  assert.doesNotMatch(csp, /unsafe-inline|'self'|https?:/);
  assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+stylesheet|serviceWorker\.register/);
  const raw = statSync(file).size;
  const gzipped = gzipSync(readFileSync(file), { level: 9 }).length;
  console.log(`single file: ${raw} bytes, ${gzipped} gzipped`);
});

test('opened from disk, the whole flow works and nothing is requested', async () => {
  const { context, page, requests, problems, interactiveMs } = await openFile();
  console.log(`single file: open to interactive form in ${interactiveMs} ms`);
  await buildAndExport(page);
  // Said once, when the app runs: other files opened from disk share this storage.
  assert.match(await page.locator('#local-file-notice').textContent(), /other web pages opened from files here can read its drafts/);

  // There is no web address to share: the link is its fragment until an address is set.
  await page.getByRole('button', { name: 'Share as a link' }).click();
  const fragment = await page.locator('#share-link').inputValue();
  assert.match(fragment, /^#checklist=1\./);
  await page.getByLabel('Address of wsadmin-prep the link opens').fill('https://tools.acme.com/wsadmin-prep/');
  assert.equal(await page.locator('#share-link').inputValue(), `https://tools.acme.com/wsadmin-prep/${fragment}`);
  // A whole link from a file opens another host: it is named, and copied once confirmed.
  assert.match(await page.locator('#share-host').textContent(), /tools\.acme\.com/);
  assert.equal(await page.getByRole('button', { name: 'Copy link' }).isDisabled(), true);

  // A colleague pastes the link into their own copy of the file.
  const colleague = await context.newPage();
  await colleague.goto(address);
  await appStarted(colleague);
  await colleague.getByLabel('Open a shared link').fill(`https://tools.acme.com/wsadmin-prep/${fragment}`);
  await colleague.getByRole('button', { name: 'Open', exact: true }).click();
  await colleague.locator('.alert.done').waitFor();
  assert.match(await colleague.locator('.alert.done').textContent(), /Opened the shared checklist|is already here with everything this copy holds/);
  assert.equal(await colleague.locator('#local-file-notice').count(), 0, 'said once, not at every start');
  await colleague.getByLabel('Open a shared link').fill('https://tools.acme.com/');
  await colleague.getByRole('button', { name: 'Open', exact: true }).click();
  assert.match(await colleague.locator('.alert.problem').textContent(), /not a wsadmin-prep link/);
  await colleague.close();

  // The handoff: its worker starts from a Blob URL and gets its wasm by message.
  const { key, password, packet, opened } = await sealToANewKeyAndOpen(page, scratch);
  assert.match(packet, /^-----BEGIN AGE ENCRYPTED FILE-----/);
  assert.equal(opened, password);
  // The file has no address to send a provider: it says to send the file itself.
  await page.getByLabel("Provider's public key", { exact: true }).fill('');
  assert.match(await page.locator('#provider-link').textContent(), /send your provider this app's single file/i);

  // The provider's own entry works from the file too.
  const provider = await context.newPage();
  await provider.goto(`${address}#provider`);
  await appStarted(provider);
  await provider.getByRole('heading', { name: "Receive a client's Concur credentials" }).waitFor();
  assert.equal(await provider.locator('#summary').count(), 0);
  await provider.close();

  assert.deepEqual(requests, []);
  assert.deepEqual(problems, []);
  const stored = await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage));
  assert.ok(!stored.includes(password) && !stored.includes('AGE-SECRET-KEY-1'), 'a secret is stored');
  await context.close();
});

test('where the browser refuses storage, the file says drafts are not kept and still exports', async () => {
  const { context, page, requests } = await openFile({}, () => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
    });
  });
  assert.match(await page.locator('.alert.saving').textContent(), /does not let the page keep drafts/);
  await page.getByLabel('Partner app name').fill('Expensify');
  const exported = await download(page, () => page.getByRole('button', { name: 'Export' }).click());
  assert.equal(JSON.parse(exported).app_name, 'Expensify');
  assert.deepEqual(requests, []);
  await context.close();
});

test('where the browser will not start a worker, the handoff says so instead of waiting', async () => {
  const { context, page } = await openFile({}, () => {
    window.Worker = function Worker() { throw new DOMException('Workers are disabled.', 'SecurityError'); };
  });
  await fillContext(page, { fillSuggestions: true });
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  await page.getByLabel('WS Admin password').fill('vR7#q2Lm!x9Tz@4Wk');
  const problem = page.locator('.side .alert.problem').first();
  await problem.waitFor({ timeout: 10000 });
  assert.match(await problem.textContent(), /cannot start the worker/);
  await context.close();
});

test('axe finds no violation in the file\'s views, light or dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await openFile({ colorScheme });
    const check = async (view) => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(violations.map((v) => `${colorScheme} ${view}: ${v.id} ${v.nodes.map((n) => n.target).join(', ')}`), []);
    };
    await check('empty builder');
    await fillContext(page, { fillSuggestions: true });
    await page.getByRole('button', { name: 'Checklist', exact: true }).click();
    await page.getByRole('button', { name: 'Share as a link' }).click();
    await check('checklist with a fragment-only link');
    await page.getByRole('button', { name: 'Handoff', exact: true }).click();
    await check('handoff');
    await context.close();
  }
});
