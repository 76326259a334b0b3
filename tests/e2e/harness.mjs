// Shared set-up for the end-to-end tests: the built bundle (dist/) served on loopback,
// and Debian's chromium driven by playwright-core (which never downloads a browser).
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve } from '../../scripts/static-server.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

export async function start(root = dist) {
  if (!existsSync(`${root}/index.html`)) {
    throw new Error(`${root} has no index.html: run scripts/build first`);
  }
  const server = await serve(root, 0);
  // Every request the server receives, so a test can show that none arrives.
  const served = [];
  server.on('request', (request) => served.push(request.url));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  let serving = true;
  const closeServer = () => {
    if (!serving) return Promise.resolve();
    serving = false;
    server.closeAllConnections();
    return new Promise((done) => server.close(done));
  };
  return {
    origin,
    browser,
    served,
    closeServer,
    async stop() {
      await browser.close();
      await closeServer();
    },
  };
}

/**
 * A fresh page in its own context. Every request the page makes is recorded, so a test can
 * assert that the app talks to nothing but its own origin.
 */
export async function openApp(env, contextOptions = {}) {
  const context = await env.browser.newContext(contextOptions);
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${env.origin}/`);
  await appStarted(page);
  return { context, page, requests, errors };
}

/**
 * Waits until the app is running: it has taken over the first view that the build rendered
 * into the page (which shows the form, and takes typing, before the wasm has run), or, on a
 * first visit with nothing typed, it waits to adopt it at the person's first action (a
 * pointer, a key, focus, input), which the test's next step is.
 */
export async function appStarted(page) {
  await page.locator('html[data-app="started"], html[data-app="waiting"]').waitFor({ state: 'attached' });
}

/** The rule IDs listed beside a field, by the field's dotted path. */
export async function rulesBeside(page, path) {
  const list = page.locator(`#findings-${path.replaceAll('.', '-')} [data-rule]`);
  return list.evaluateAll((items) => items.map((item) => item.dataset.rule));
}

/** Runs the native CLI (built by `cargo test`, which scripts/test runs first). */
export function cli(args, input) {
  const binary = fileURLToPath(new URL('../../target/debug/wsadmin-prep', import.meta.url));
  if (!existsSync(binary)) throw new Error('target/debug/wsadmin-prep is missing: run cargo build first');
  return execFileSync(binary, args, { input, encoding: 'utf8' });
}

/**
 * Fills the context a profile is built from: edition, app, domain, data, the admin and,
 * optionally, known users. `fillSuggestions` then lets the app write the WS Admin fields.
 */
export async function fillContext(page, {
  edition = 'standard', app = 'Expensify', data = ['Expense'], knownUsers, fillSuggestions = false,
} = {}) {
  await page.getByLabel(edition === 'professional' ? 'Professional Edition' : 'Standard Edition').check();
  await page.getByLabel('Partner app name').fill(app);
  await page.getByLabel('Company e-mail domain').fill('acme.com');
  for (const kind of data) {
    await page.getByLabel(kind, { exact: true }).check();
  }
  await page.getByLabel("Admin's first name").fill('John');
  await page.getByLabel("Admin's last name").fill('Smith');
  await page.getByLabel("Admin's e-mail").fill('john.smith@acme.com');
  if (knownUsers) await page.getByLabel('Known real users (optional)').fill(knownUsers);
  if (fillSuggestions) await page.getByRole('button', { name: 'Fill suggestions' }).click();
}

/** Clicks something that downloads a file, and returns the file's text. */
export async function downloadText(page, click) {
  const [saved] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await saved.path(), 'utf8');
}

/**
 * In the Handoff view, with a password on screen: the provider's side makes a key, and the
 * admin's seals to it, the key confirmed and the first log-in ticked. Returns the public key.
 */
export async function sealToAFreshKey(page) {
  await page.getByRole('button', { name: 'Generate a key and download it' }).click();
  const publicKey = await page.getByLabel('Your public key').inputValue();
  await page.getByLabel("Provider's public key", { exact: true }).fill(publicKey);
  await page.getByLabel(/I confirmed this key with the provider/).check();
  await page.getByLabel(/I have logged in once/).check();
  await page.getByRole('button', { name: 'Seal packet' }).click();
  await page.getByText(/Checked: sealed to age1/).waitFor();
  return publicKey;
}

/**
 * The handoff as both sides do it, in the Handoff view of one page: the provider makes a key
 * (downloaded), the admin generates a password, confirms the first log-in and seals to the
 * key, and the provider opens the downloaded packet with the downloaded key and reveals it.
 * Returns the key file, the password and the packet, for the caller's own checks.
 */
export async function sealToANewKeyAndOpen(page, scratch) {
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  const key = await downloadText(page, () => page.getByRole('button', { name: 'Generate a key and download it' }).click());
  const publicKey = await page.getByLabel('Your public key').inputValue();
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await page.waitForFunction(() => document.getElementById('password').value.length === 20);
  const password = await page.getByLabel('WS Admin password').inputValue();
  await page.getByLabel("Provider's public key", { exact: true }).fill(publicKey);
  await page.getByLabel(/I confirmed this key with the provider/).check();
  await page.getByLabel(/I have logged in once/).check();
  await page.getByRole('button', { name: 'Seal packet' }).click();
  await page.getByText(/Checked: sealed to age1/).waitFor();
  const packet = await downloadText(page, () => page.getByRole('button', { name: 'Download .age' }).click());
  writeFileSync(join(scratch, 'provider.key'), key);
  writeFileSync(join(scratch, 'handoff.age'), packet);
  await page.locator('#packet-file').setInputFiles(join(scratch, 'handoff.age'));
  await page.locator('#identity-file').setInputFiles(join(scratch, 'provider.key'));
  await page.getByRole('button', { name: 'Open packet' }).click();
  await page.locator('.opened').waitFor();
  await page.getByRole('button', { name: 'Reveal' }).click();
  return { key, password, packet, opened: await page.locator('#opened-password').textContent() };
}

/**
 * Builds a clean profile for "Zoë Travel" (an app name with an accent) and downloads the
 * checklist as Markdown and JSON, checking that both name the app. Leaves the Checklist view
 * open; returns the two exports for the caller's own checks.
 */
export async function buildAndExport(page) {
  await fillContext(page, { app: 'Zoë Travel', fillSuggestions: true });
  assert.match(await page.locator('#summary').textContent(), /All clear/);
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  const markdown = await downloadText(page, () => page.getByRole('button', { name: 'Download Markdown' }).click());
  assert.match(markdown, /Zoë Travel/);
  const json = await downloadText(page, () => page.getByRole('button', { name: 'Download JSON' }).click());
  assert.equal(JSON.parse(json).profile.app_name, 'Zoë Travel');
  return { markdown, json };
}
