// A new user opens the built app, types a WS Admin profile and sees the right findings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openApp, rulesBeside, fillContext } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

async function fillStandardProfile(page) {
  await page.getByLabel('Partner app name').fill('Expensify');
  await page.getByLabel('Company e-mail domain').fill('acme.com');
  await page.getByLabel('Expense', { exact: true }).check();
  await page.getByLabel("Admin's first name").fill('John');
  await page.getByLabel("Admin's last name").fill('Smith');
  await page.getByLabel("Admin's e-mail").fill('john.smith@acme.com');
  await page.getByLabel('Login ID', { exact: true }).fill('WSAdmin-Expensify@acme.com');
  await page.getByLabel('First name', { exact: true }).fill('WSADMIN_John');
  await page.getByLabel('Last name', { exact: true }).fill('Smith');
  await page.getByLabel('Can Administer').check();
  await page.getByLabel('Can Submit Expense Reports').check();
}

test('a correct Standard profile is all clear', async () => {
  const { context, page, errors } = await openApp(env);
  await fillStandardProfile(page);
  await assert.doesNotReject(
    page.getByRole('status').filter({ hasText: 'All clear' }).waitFor({ timeout: 5000 }),
  );
  assert.equal(await page.locator('[data-rule]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a real person\'s login, a wrong name and a missing role are each named', async () => {
  const { context, page } = await openApp(env);
  await fillStandardProfile(page);
  await page.getByLabel('Login ID', { exact: true }).fill('john.smith@acme.com');
  await page.getByLabel('First name', { exact: true }).fill('John');
  await page.getByLabel('Travel', { exact: true }).check();
  assert.deepEqual(await rulesBeside(page, 'ws_admin.login_id'), [
    'LOGIN-WSADMIN',
    'LOGIN-APP',
    'LOGIN-PERSONAL',
  ]);
  assert.deepEqual(await rulesBeside(page, 'ws_admin.first_name'), ['FIRST-PREFIX']);
  assert.deepEqual(await rulesBeside(page, 'ws_admin.permissions'), ['PERM-ACCESS']);
  const summary = await page.getByRole('status').textContent();
  assert.match(summary, /5 errors, no warnings/);
  // The fix for the login writes the guide's pattern into the field.
  await page.locator('#findings-ws_admin-login_id .apply').first().click();
  assert.equal(
    await page.getByLabel('Login ID', { exact: true }).inputValue(),
    'WSAdmin-Expensify@acme.com',
  );
  assert.deepEqual(await rulesBeside(page, 'ws_admin.login_id'), []);
  await context.close();
});

test('Professional Edition asks for its own roles and the admin\'s e-mail', async () => {
  const { context, page } = await openApp(env);
  await fillStandardProfile(page);
  await page.getByLabel('Professional Edition').check();
  assert.deepEqual(await rulesBeside(page, 'ws_admin.email'), ['EMAIL-REQUIRED']);
  // The Standard roles were renamed to their Professional equivalents, with a notice.
  assert.deepEqual(await rulesBeside(page, 'ws_admin.permissions'), []);
  assert.equal(await page.getByLabel('Web Services Administrator').isChecked(), true);
  assert.equal(await page.getByLabel('Expense User').isChecked(), true);
  assert.match(await page.locator('.notice').textContent(), /Can Administer → Web Services Administrator/);
  // Typing is kept across the switch.
  assert.equal(await page.getByLabel('Partner app name').inputValue(), 'Expensify');
  await context.close();
});

// The page carries no table for spelling other scripts in Latin letters (it is 170 KB
// gzipped); its worker does, and the page asks it only for a name that needs it.
test('an app name in another script is spelled by the worker; a Latin one needs no worker', async () => {
  const { context, page, requests, errors } = await openApp(env);
  const workerLoads = () => requests.filter((url) => url.endsWith('/worker_wasm_bg.wasm')).length;
  await fillContext(page, { app: 'Zoë Łódź Straße', fillSuggestions: true });
  assert.equal(await page.getByLabel('Login ID', { exact: true }).inputValue(), 'WSAdmin-ZoeLodzStrasse@acme.com');
  assert.equal(workerLoads(), 0, 'a Latin name is spelled without the worker');

  await page.getByLabel('Partner app name').fill('Яндекс Такси');
  // Until the worker answers, the Login ID's check waits rather than guess...
  const login = page.getByLabel('Login ID', { exact: true });
  // ...and once it has, the Login ID must name the app, and its fix does.
  await page.locator('#findings-ws_admin-login_id [data-rule="LOGIN-APP"]').waitFor({ timeout: 15000 });
  assert.equal(await page.locator('#app-name-spelling').count(), 0);
  assert.equal(workerLoads(), 1);
  await page.locator('#findings-ws_admin-login_id .apply').first().click();
  assert.equal(await login.inputValue(), 'WSAdmin-IandeksTaksi@acme.com');
  assert.deepEqual(await rulesBeside(page, 'ws_admin.login_id'), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('where the spelling worker cannot start, the form says to type the Login ID', async () => {
  const { context, page } = await openApp(env, { serviceWorkers: 'block' });
  await page.route('**/worker_wasm_bg.wasm', (route) => route.abort());
  await fillContext(page, { app: 'Ταξίδια Plus' });
  const note = page.locator('#app-name-spelling');
  await note.filter({ hasText: /could not start the worker/ }).waitFor({ timeout: 15000 });
  assert.match(await note.textContent(), /type it yourself/);
  // What does not wait on the spelling is checked as usual.
  assert.deepEqual(await rulesBeside(page, 'ws_admin.login_id'), ['LOGIN-REQUIRED']);
  await context.close();
});

test('the app makes no request beyond its own files', async () => {
  const { context, page, requests } = await openApp(env);
  await fillStandardProfile(page);
  const foreign = requests.filter((url) => !url.startsWith(env.origin));
  assert.deepEqual(foreign, []);
  await context.close();
});

test('the local server answers a malformed address with 400 and sends the CSP as a header', async () => {
  const bad = await fetch(`${env.origin}/%E0%A4%A`);
  assert.equal(bad.status, 400);
  const page = await fetch(`${env.origin}/`);
  assert.equal(page.status, 200, 'the server still serves after a bad request');
  const csp = page.headers.get('content-security-policy');
  assert.match(csp, /frame-ancestors 'none'/);
  assert.match(csp, /default-src 'none'/);
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  // No page of another origin that opens the app (or that it opens) keeps a handle on it.
  assert.equal(page.headers.get('cross-origin-opener-policy'), 'same-origin');
});

test('the local server sends the smallest encoding the browser accepts', async () => {
  const { request } = await import('node:http');
  const get = (path, acceptEncoding) => new Promise((done, fail) => {
    const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
    request(`${env.origin}${path}`, { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => done({ headers: response.headers, size: Buffer.concat(chunks).length }));
    }).on('error', fail).end();
  });
  const plain = await get('/app_bg.wasm');
  const brotli = await get('/app_bg.wasm', 'gzip, deflate, br');
  const gzip = await get('/app_bg.wasm', 'gzip');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(brotli.headers['content-encoding'], 'br');
  assert.equal(gzip.headers['content-encoding'], 'gzip');
  for (const response of [plain, brotli, gzip]) {
    assert.equal(response.headers['content-type'], 'application/wasm');
    assert.equal(response.headers.vary, 'Accept-Encoding');
  }
  assert.ok(brotli.size < gzip.size && gzip.size < plain.size, `${brotli.size} < ${gzip.size} < ${plain.size}`);
});
