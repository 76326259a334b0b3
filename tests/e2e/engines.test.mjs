// The whole flow in the engines admins use besides Chromium: Firefox (Debian's firefox-esr,
// through geckodriver) and Safari's engine (WebKitGTK's MiniBrowser, through
// WebKitWebDriver under Xvfb). Playwright cannot drive Debian's builds of either, so these
// run through WebDriver with selenium-webdriver (docs/decisions.md). Each engine: the
// served app (builder, Fill suggestions, a tick kept over reloads, Markdown and JSON, a
// share link, the handoff sealed to a generated key and opened, the token route sealed,
// German chosen and kept, the service worker and an offline reload) and the single file
// from disk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { Builder, By, until } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import { serve } from '../../scripts/static-server.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const singleFile = `file://${join(dist, 'wsadmin-prep.html')}`;
const scratch = mkdtempSync(join(tmpdir(), 'wsadmin-prep-engines-'));
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const COMPANY_UUID = 'a1b2c3d4-5e6f-4a0b-8c9d-0e1f2a3b4c5d';


function freePort() {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function waitForPort(port) {
  for (let tries = 0; tries < 100; tries += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`no WebDriver on port ${port}`);
}

/** A WebDriver session in `engine`, and how to end it. */
async function session(engine) {
  if (engine === 'firefox') {
    const geckodriver = [join(homedir(), '.cargo/bin/geckodriver'), '/usr/local/bin/geckodriver']
      .find(existsSync);
    const options = new firefox.Options().setBinary('/usr/bin/firefox-esr').addArguments('-headless');
    const driver = await new Builder()
      .forBrowser('firefox')
      .setFirefoxOptions(options)
      .setFirefoxService(new firefox.ServiceBuilder(geckodriver))
      .build();
    return { driver, end: () => driver.quit() };
  }
  // WebKitWebDriver starts MiniBrowser itself, which needs a display: Xvfb gives it one.
  const port = await freePort();
  const child = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], { stdio: 'ignore', detached: true });
  await waitForPort(port);
  const driver = await new Builder()
    .usingServer(`http://127.0.0.1:${port}`)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    })
    .build();
  return {
    driver,
    end: async () => {
      await driver.quit().catch(() => {});
      try { process.kill(-child.pid); } catch { /* gone */ }
    },
  };
}

/**
 * Records what the page downloads (its text, by name), every error and every CSP
 * violation, from as early as the test can: right after each load.
 */
const WATCH = `
  if (!window.__watched) {
    window.__watched = true;
    window.__downloads = {};
    window.__problems = window.__problems || [];
    addEventListener('error', (e) => window.__problems.push('error: ' + e.message));
    const logError = console.error;
    console.error = (...args) => { window.__problems.push('console: ' + args.join(' ')); logError(...args); };
    addEventListener('unhandledrejection', (e) => window.__problems.push('rejection: ' + e.reason));
    document.addEventListener('securitypolicyviolation', (e) => window.__problems.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI));
    // The page's policy allows no fetch, not even of its own blob: URLs, so each Blob is
    // kept as its URL is made, and read when a download link is clicked.
    const blobs = new Map();
    const makeUrl = URL.createObjectURL;
    URL.createObjectURL = function (blob) {
      const url = makeUrl.call(URL, blob);
      blobs.set(url, blob);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (!this.download || !blobs.has(this.href)) return click.call(this);
      const name = this.download;
      window.__downloads[name] = null;
      blobs.get(this.href).text().then((text) => { window.__downloads[name] = text; });
    };
  }`;

function page(driver) {
  const js = (script, ...args) => driver.executeScript(script, ...args);
  const started = () => driver.wait(
    until.elementLocated(By.css('html[data-app="started"], html[data-app="waiting"]')), 20000);
  const center = async (element) => {
    // WebKitWebDriver scrolls a clicked element to the very top; the centre is safer.
    await js('arguments[0].scrollIntoView({ block: "center" })', element);
    return element;
  };
  const css = async (selector) => center(await driver.wait(until.elementLocated(By.css(selector)), 20000));
  const button = async (text) => center(await driver.wait(
    until.elementLocated(By.xpath(`//button[normalize-space(.)="${text}"]`)), 20000));
  const tab = async (name) => (await center(await driver.findElement(
    By.xpath(`//nav[@class="views"]//button[normalize-space(.)="${name}"]`)))).click();
  const type = async (selector, text) => {
    const field = await css(selector);
    await field.clear();
    await field.sendKeys(text);
  };
  const textOf = async (selector) => (await css(selector)).getText();
  // WebDriver clicks at once, where a person (and Playwright) waits for a button that is
  // still disabled, as Seal is while the worker checks the password.
  const clickWhenEnabled = async (element) => {
    await driver.wait(until.elementIsEnabled(element), 30000);
    await element.click();
  };
  const waitText = (selector, pattern) => driver.wait(async () => {
    const found = await driver.findElements(By.css(selector));
    for (const element of found) if (pattern.test(await element.getText())) return true;
    return false;
  }, 30000, `${selector} never matched ${pattern}`);
  const downloadNamed = async (pattern) => {
    let found;
    await driver.wait(async () => {
      const all = await js('return window.__downloads || {}');
      found = Object.entries(all).find(([name, text]) => pattern.test(name) && text != null);
      return Boolean(found);
    }, 10000, `no download like ${pattern}`);
    return found[1];
  };
  const load = async (url) => {
    await driver.get(url);
    await started();
    await js(WATCH);
  };
  const reload = async () => {
    const problems = await js('return window.__problems || []');
    // As a person reloads (geckodriver's Refresh would skip the service worker).
    await js('location.reload()');
    await driver.wait(async () => (await js('return window.__watched === undefined')), 10000);
    await started();
    await js(WATCH);
    await js('window.__problems = arguments[0]', problems);
  };
  return { js, started, css, button, tab, type, textOf, clickWhenEnabled, waitText, downloadNamed, load, reload };
}

/** Builder, reloads, exports, a share link and the handoff, on whatever page `p` holds. */
async function wholeFlow(driver, p, { served }) {
  await p.type('#input-app_name', 'Expensify');
  await p.type('#input-company_domain', 'acme.com');
  await (await p.css('#data-expense')).click();
  await p.type('#input-authorizing_admin-first_name', 'John');
  await p.type('#input-authorizing_admin-last_name', 'Smith');
  await p.type('#input-authorizing_admin-email', 'john.smith@acme.com');
  await p.type('#input-ws_admin-login_id', 'john.smith@acme.com');
  await p.waitText('#findings-ws_admin-login_id', /real user|own e-mail/);
  await (await p.css('#fill-suggestions')).click();
  await p.waitText('#summary', /All clear/);

  await p.tab('Checklist');
  await (await p.css('[data-step="dedicated-profile"] input[type="checkbox"]')).click();
  assert.equal(await (await p.css('[data-step="dedicated-profile"] input[type="checkbox"]')).isSelected(), true);
  // A reload, twice, keeps the draft as it was: the boxes the browser may restore into the
  // build-time form are not taken for clicks.
  for (const round of [1, 2]) {
    await p.reload();
    await p.waitText('#summary', /All clear/);
    assert.equal(await (await p.css('#data-expense')).isSelected(), true, `reload ${round}: Expense unticked`);
    assert.equal(await (await p.css('#perm-can-administer')).isSelected(), true, `reload ${round}: Can Administer unticked`);
  }
  await p.tab('Checklist');
  assert.equal(await (await p.css('[data-step="dedicated-profile"] input[type="checkbox"]')).isSelected(), true, 'the tick was lost');

  await (await p.button('Download Markdown')).click();
  assert.match(await p.downloadNamed(/checklist\.md$/), /- \[x\] \*\*Make sure the WS Admin profile is a new, dedicated user\*\*/);
  await (await p.button('Download JSON')).click();
  assert.equal(JSON.parse(await p.downloadNamed(/checklist\.json$/)).profile.app_name, 'Expensify');

  await (await p.button('Share as a link')).click();
  const link = await (await p.css('#share-link')).getAttribute('value');
  const fragment = link.slice(link.indexOf('#'));
  assert.match(fragment, /^#checklist=1\./);
  if (served) {
    await p.load(link);
  } else {
    await p.type('#open-link', fragment);
    await (await p.button('Open')).click();
  }
  await p.waitText('.alert.done', /already here|Opened the shared checklist/);

  // The handoff: a key made on the provider's side, a password, a seal, an open.
  await p.tab('Handoff');
  await (await p.button('Generate a key and download it')).click();
  const key = await p.downloadNamed(/\.key$/);
  const publicKey = await (await p.css('#public-key')).getAttribute('value');
  await (await p.css('#generate-password')).click();
  await p.driver.wait(async () => (await (await p.css('#password')).getAttribute('value')).length === 20, 20000);
  const password = await (await p.css('#password')).getAttribute('value');
  await p.type('#recipient', publicKey);
  await (await p.css('#confirm-key')).click();
  await (await p.css('#activated')).click();
  await p.clickWhenEnabled(await p.button('Seal packet'));
  await p.waitText('.sealed .alert.done', /Checked: sealed to age1/);
  const packet = await (await p.css('#sealed-packet')).getAttribute('value');
  assert.match(packet, /^-----BEGIN AGE ENCRYPTED FILE-----/);
  await p.js('const area = document.getElementById("packet-input"); area.value = arguments[0]; area.dispatchEvent(new InputEvent("input", { bubbles: true }));', packet);
  const keyFile = join(scratch, `provider-${Date.now()}.key`);
  writeFileSync(keyFile, key);
  await (await p.css('#identity-file')).sendKeys(keyFile);
  await p.waitText('.side .hint', /Key loaded from/);
  await p.clickWhenEnabled(await p.button('Open packet'));
  await p.css('.opened');
  await (await p.button('Reveal')).click();
  assert.equal(await p.textOf('#opened-password'), password);

  // The token route, sealed to the same key.
  await (await p.button('New profile')).click();
  await p.tab('Profile');
  await (await p.css('#connection-company-request-token')).click();
  await p.type('#input-app_name', 'Zoë Travel');
  await p.type('#input-app_id', '0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c');
  await p.js('const s = document.getElementById("input-data_center"); s.value = "emea"; s.dispatchEvent(new Event("change", { bubbles: true }));');
  await p.type('#input-authorizing_admin-first_name', 'Åsa');
  await p.type('#input-authorizing_admin-last_name', 'Lindqvist');
  await p.type('#input-authorizing_admin-email', 'asa.lindqvist@acme.com');
  await (await p.css('#role-confirmed')).click();
  await p.waitText('#summary', /All clear/);
  await p.tab('Handoff');
  await p.type('#company-uuid', COMPANY_UUID);
  await p.type('#request-token', 'Zq8xK2mP4vR7tY1wB3nC6');
  await p.type('#recipient', publicKey);
  await (await p.css('#confirm-key')).click();
  await p.clickWhenEnabled(await p.button('Seal packet'));
  await p.waitText('.sealed .alert.done', /Checked: sealed to age1/);

  // Another language: its pack (fetched, or inline in the single file) in this engine, and
  // kept over a reload.
  await p.js('const s = document.getElementById("language"); s.value = "de"; s.dispatchEvent(new Event("change", { bubbles: true }));');
  await p.css('html[lang="de"]');
  await p.tab('Profil');
  await p.waitText('label[for="input-app_name"]', /^Name der Partner-App/);
  await p.reload();
  await p.css('html[lang="de"]');
  await p.waitText('nav.views button', /^Übergabe$/);
  assert.deepEqual(await p.js('return window.__problems'), []);
}

/** Runs `steps`; when they fail, leaves a screenshot in the scratch directory and says where. */
async function shotOnFailure(driver, name, steps) {
  try {
    await steps();
  } catch (error) {
    const path = join(scratch, `${name}.png`);
    writeFileSync(path, await driver.takeScreenshot(), 'base64');
    const problems = await driver.executeScript('return window.__problems || []').catch(() => []);
    error.message += ` (screenshot: ${path}; the page's problems: ${JSON.stringify(problems)})`;
    throw error;
  }
}

for (const engine of ['firefox', 'webkit']) {
  test(`${engine}: the served app's whole flow, and a reload with the server gone`, async () => {
    const server = await serve(dist, 0);
    const origin = `http://127.0.0.1:${server.address().port}`;
    const { driver, end } = await session(engine);
    try {
      const p = { ...page(driver), driver };
      await p.load(`${origin}/`);
      await shotOnFailure(driver, `${engine}-served`, () => wholeFlow(driver, p, { served: true }));
      // The service worker keeps the build: with the server gone, a reload still starts and
      // shows the drafts.
      await driver.wait(async () => p.js('return Boolean(navigator.serviceWorker && navigator.serviceWorker.controller)'), 20000,
        'no service worker controls the page');
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await p.reload();
      await p.waitText('#draft-select', /Zoë Travel/);
      // Offline, the page still speaks the chosen language: its pack is kept with the build.
      await p.css('html[lang="de"]');
      await p.waitText('nav.views button', /^Checkliste$/);
      assert.deepEqual(await p.js('return window.__problems'), []);
    } finally {
      server.closeAllConnections();
      server.close();
      await end();
    }
  });

  test(`${engine}: the single file from disk, the whole flow`, async () => {
    const { driver, end } = await session(engine);
    try {
      const p = { ...page(driver), driver };
      await p.load(singleFile);
      await shotOnFailure(driver, `${engine}-file`, () => wholeFlow(driver, p, { served: false }));
    } finally {
      await end();
    }
  });
}

test('engines: the browsers tested here are the ones named', () => {
  const version = execFileSync('/usr/bin/firefox-esr', ['--version'], { encoding: 'utf8' });
  console.log(`engines: ${version.trim()}; WebKitGTK MiniBrowser ${existsSync(MINIBROWSER) ? 'present' : 'missing'}`);
  assert.match(version, /Firefox/);
  assert.ok(existsSync(MINIBROWSER));
});
