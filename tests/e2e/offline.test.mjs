// Offline for real: the app installs its service worker on the first visit, then the whole
// flow (builder, checklist exports, share link, handoff seal and open, provider key) runs
// with the browser offline and the server shut down. Every request of the pages, their
// workers and the service worker is recorded; none may reach the network, and no secret may
// be left in any storage, cookie, address or export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { start, fillContext, buildAndExport, sealToANewKeyAndOpen, appStarted } from './harness.mjs';

// Requests made by service workers are reported to Playwright only with this switch.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const scratch = mkdtempSync(join(tmpdir(), 'wsadmin-prep-offline-'));

/** Resolves once the page's service worker has cached the build and controls the page. */
async function installed(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}

/**
 * Records every request made in the context (pages, their workers, the service worker) that
 * went to the network or tried to: any not answered by the service worker, and any the
 * service worker itself made. Each is judged as it ends, while its page is still open.
 */
function recordNetwork(context) {
  const network = [];
  const fromServiceWorker = [];
  const judge = async (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    const response = await request.response();
    if (request.serviceWorker() || !response?.fromServiceWorker()) network.push(url);
    else fromServiceWorker.push(url);
  };
  const failed = (request) => network.push(`${request.url()} (${request.failure()?.errorText})`);
  context.on('requestfinished', judge);
  context.on('requestfailed', failed);
  return {
    network,
    fromServiceWorker,
    stop() {
      context.off('requestfinished', judge);
      context.off('requestfailed', failed);
    },
  };
}

/** Everything the browser keeps for the origin, as text: storage, IndexedDB, caches, cookies. */
async function everythingKept(page) {
  const cookies = JSON.stringify(await page.context().cookies());
  const kept = await page.evaluate(async () => {
    const dump = [JSON.stringify(localStorage), JSON.stringify(sessionStorage)];
    for (const { name } of await indexedDB.databases()) dump.push(`indexeddb:${name}`);
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const body = new Uint8Array(await (await cache.match(request)).arrayBuffer());
        dump.push(`${request.url}\n${new TextDecoder('latin1').decode(body)}`);
      }
    }
    return dump.join('\n');
  });
  return `${cookies}\n${kept}`;
}

test('after one visit the whole flow works offline, with no request and no secret left behind', async () => {
  const env = await start();
  try {
    const context = await env.browser.newContext({ acceptDownloads: true });
    const problems = [];
    context.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
    context.on('weberror', (error) => problems.push(String(error.error())));
    const page = await context.newPage();
    await page.goto(`${env.origin}/`);
    await appStarted(page);
    await installed(page);

    // From here on: no network, and no server either.
    const requests = recordNetwork(context);
    const servedBefore = env.served.length;
    await context.setOffline(true);
    await env.closeServer();
    // And a backstop: any request that does reach the network layer is aborted and counted.
    // Requests the service worker answers from its cache never come here.
    const routed = [];
    await context.route('**/*', (route) => {
      routed.push(route.request().url());
      return route.abort();
    });

    await page.reload();
    await appStarted(page);

    // Builder, checklist and every export.
    const { markdown, json } = await buildAndExport(page);
    await page.getByRole('button', { name: 'Share as a link' }).click();
    const link = await page.locator('#share-link').inputValue();

    // The share link opens in a new tab, offline: the service worker serves the page.
    const client = await context.newPage();
    await client.goto(link);
    await client.locator('.alert.done').waitFor();
    assert.match(await client.locator('.alert.done').textContent(), /Opened the shared checklist|is already here with everything this copy holds/);
    await client.close();

    // Handoff: the provider's key, a generated password, a sealed packet, opened again.
    const { key, password, packet, opened } = await sealToANewKeyAndOpen(page, scratch);
    assert.match(packet, /^-----BEGIN AGE ENCRYPTED FILE-----/);
    assert.equal(opened, password);

    // Nothing was sent: no request left the browser, and none reached the server.
    requests.stop();
    assert.deepEqual(requests.network, []);
    // The recorder saw the app's files, each answered by the service worker.
    assert.ok(requests.fromServiceWorker.some((url) => url.endsWith('/app_bg.wasm')), requests.fromServiceWorker.join(', '));
    assert.ok(requests.fromServiceWorker.some((url) => url.endsWith('/worker_wasm_bg.wasm')), requests.fromServiceWorker.join(', '));
    assert.equal(env.served.length, servedBefore);
    assert.deepEqual(routed, []);

    // No secret at rest, in the address or in an export.
    const secretKey = key.match(/AGE-SECRET-KEY-1[0-9A-Z]+/)[0];
    const kept = await everythingKept(page);
    for (const [name, secret] of [['password', password], ['identity', secretKey]]) {
      assert.ok(!kept.includes(secret), `the ${name} is kept by the browser`);
      assert.ok(!page.url().includes(secret) && !link.includes(secret), `the ${name} is in an address`);
      for (const exported of [markdown, json]) assert.ok(!exported.includes(secret), `the ${name} is in an export`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await env.stop();
  }
});

test('Chromium finds the app installable: manifest, icons and an offline-capable worker', async () => {
  const env = await start();
  // Installing needs a profile of its own: Chromium never offers it in an incognito context.
  const context = await chromium.launchPersistentContext(mkdtempSync(join(scratch, 'profile-')), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await context.newPage();
    await page.goto(`${env.origin}/`);
    await appStarted(page);
    await installed(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const manifest = await (await page.request.get(`${env.origin}/manifest.webmanifest`)).json();
    assert.equal(manifest.display, 'standalone');
    assert.deepEqual(manifest.icons.map((icon) => icon.sizes).sort(), ['192x192', '512x512', 'any']);
  } finally {
    await context.close();
    await env.stop();
  }
});

test('a new version waits for the person: the open tab keeps its files until they reload', async () => {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const copy = join(scratch, 'site');
  cpSync(dist, copy, { recursive: true });
  const env = await start(copy);
  try {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.origin}/`);
    await appStarted(page);
    await installed(page);
    const before = await page.evaluate(() => caches.keys());
    await page.getByLabel('Partner app name').fill('Expensify');
    // The offer is made in the page's language, outside the app.
    await page.locator('#language').selectOption('de');
    await page.locator('html[lang="de"]').waitFor({ state: 'attached' });
    await page.evaluate(() => { window.stillTheSamePage = true; });

    // A new build is deployed: its service worker differs.
    const sw = join(copy, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const BUILD = "([0-9a-f]+)"/, 'const BUILD = "$1-next"'));
    rmSync(`${sw}.br`);
    rmSync(`${sw}.gz`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

    const banner = page.locator('#update-ready');
    await banner.waitFor();
    assert.match(await banner.textContent(), /Eine neue Version von wsadmin-prep ist bereit\. Ihre Entwürfe bleiben erhalten\./);
    assert.equal(await page.evaluate(() => window.stillTheSamePage), true, 'the page was not reloaded');
    assert.deepEqual(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL.endsWith('sw.js')), true);

    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Neu laden' }).click()]);
    await appStarted(page);
    assert.equal(await page.evaluate(() => window.stillTheSamePage), undefined, 'the page reloaded');
    assert.equal(await page.getByLabel('Name der Partner-App').inputValue(), 'Expensify');
    const after = await page.evaluate(() => caches.keys());
    assert.equal(after.length, 1);
    assert.notDeepEqual(after, before, 'the old version\'s cache is gone');
    await context.close();
  } finally {
    await env.stop();
  }
});

test('axe finds no violation in any view, light or dark', async () => {
  const env = await start();
  try {
    for (const colorScheme of ['light', 'dark']) {
      const context = await env.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${env.origin}/`);
      await appStarted(page);
      const check = async (view) => {
        const { violations } = await new AxeBuilder({ page }).analyze();
        assert.deepEqual(violations.map((v) => `${colorScheme} ${view}: ${v.id} ${v.nodes.map((n) => n.target).join(', ')}`), []);
      };
      await check('empty builder');
      await fillContext(page, { fillSuggestions: true });
      await check('filled builder');
      await page.getByRole('button', { name: 'Checklist', exact: true }).click();
      await page.getByRole('button', { name: 'Share as a link' }).click();
      await check('checklist');
      await page.getByRole('button', { name: 'Handoff', exact: true }).click();
      await page.getByLabel('WS Admin password').fill('password1');
      await page.locator('#password-findings [data-rule]').first().waitFor();
      await check('handoff');
      await context.close();
    }
  } finally {
    await env.stop();
  }
});

test('a file another page of the origin puts in the cache never runs, online or offline', async () => {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const env = await start(dist);
  try {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.origin}/`);
    await appStarted(page);
    await installed(page);
    // Another app on the same origin (here, any page outside the app) writes into our cache.
    const other = await context.newPage();
    await other.goto(`${env.origin}/another-app/`);
    const poison = () => other.evaluate(async (origin) => {
      let poisoned = 0;
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        await cache.put(`${origin}/boot.js`, new Response(
          'window.__poisoned = true; document.title = "pwned";',
          { headers: { 'Content-Type': 'text/javascript' } },
        ));
        poisoned += 1;
      }
      return poisoned;
    }, env.origin);
    const cachedBoot = () => page.evaluate(async (origin) => {
      for (const name of await caches.keys()) {
        const hit = await (await caches.open(name)).match(`${origin}/boot.js`);
        if (hit) return hit.text();
      }
      return null;
    }, env.origin);
    const boot = readFileSync(join(dist, 'boot.js'), 'utf8');

    assert.ok(await poison() >= 1, 'the cache was there to poison');
    await page.reload();
    await appStarted(page);
    assert.equal(await page.evaluate(() => window.__poisoned), undefined, 'the altered file ran online');
    assert.equal(await cachedBoot(), boot, 'the altered entry was replaced by the build\'s own');

    await poison();
    await context.setOffline(true);
    await env.closeServer();
    await page.reload().catch(() => {});
    await page.waitForLoadState('load');
    assert.equal(await page.evaluate(() => window.__poisoned), undefined, 'the altered file ran offline');
    assert.notEqual(await page.title(), 'pwned');
    await context.close();
  } finally {
    await env.stop();
  }
});

test('two copies on one origin keep their own caches, and only the root opens the app', async () => {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const site = join(scratch, 'two-copies');
  cpSync(dist, site, { recursive: true });
  cpSync(dist, join(site, 'app'), { recursive: true });
  const env = await start(site);
  try {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    for (const path of ['/', '/app/']) {
      await page.goto(`${env.origin}${path}`);
      await appStarted(page);
      await installed(page);
    }
    const names = await page.evaluate(() => caches.keys());
    assert.equal(names.length, 2, `both copies keep a cache: ${names}`);
    assert.ok(names.some((name) => name.includes(`${env.origin}/app/`)), names.join(', '));
    // The single file and a deep path are the server's to answer, not the app's index.html.
    const single = await page.goto(`${env.origin}/app/wsadmin-prep.html`);
    assert.equal(single.fromServiceWorker(), false);
    assert.equal(await page.locator('script[src="boot.js"]').count(), 0, 'the single file, not index.html');
    const deep = await page.goto(`${env.origin}/app/some/deep/path`);
    assert.equal(deep.status(), 404);
    await context.close();
  } finally {
    await env.stop();
  }
});
