// Drafts across tabs, versions and a full disk, as people meet them: several tabs of the
// app in one browser, a save left by a newer version, storage that throws while typing, a
// browser that gives no storage, and the move from the single-key save of earlier versions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { start, openApp, appStarted } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

async function newTab(context) {
  const page = await context.newPage();
  await page.goto(`${env.origin}/`);
  await appStarted(page);
  return page;
}

const draftTitles = (page) => page.locator('#draft-select option').allTextContents();
const appName = (page) => page.getByLabel('Partner app name');

test('drafts made in three tabs are all kept, and open tabs list each other\'s', async () => {
  const { context, page: a } = await openApp(env);
  await appName(a).fill('Expensify');
  const b = await newTab(context);
  await b.getByRole('button', { name: 'New profile' }).click();
  await appName(b).fill('TripIt');
  // Tab A types again: before per-draft keys, this save erased tab B's draft.
  await appName(a).fill('Expensify, Inc.');
  const c = await newTab(context);
  assert.deepEqual((await draftTitles(c)).sort(), ['Expensify, Inc.', 'TripIt']);
  // Tab A heard of tab B's draft without a reload, and still has its own open.
  await a.locator('#draft-select option', { hasText: 'TripIt' }).waitFor({ state: 'attached' });
  assert.equal(await appName(a).inputValue(), 'Expensify, Inc.');
  await c.reload();
  await appStarted(c);
  assert.deepEqual((await draftTitles(c)).sort(), ['Expensify, Inc.', 'TripIt']);
  await context.close();
});

test('the same draft edited in two tabs: the tab that finds it changed asks, and nothing is lost', async () => {
  const { context, page: a } = await openApp(env);
  await appName(a).fill('Expensify');
  const b = await newTab(context);
  assert.equal(await appName(b).inputValue(), 'Expensify');
  // Tab B ticks and types on the same draft; tab A, which typed it, is told.
  await b.getByRole('button', { name: 'Checklist', exact: true }).click();
  await b.locator('[data-step="dedicated-profile"] input[type=checkbox]').first().check();
  await b.getByRole('button', { name: 'Profile', exact: true }).click();
  await appName(b).fill('Expensify (B)');
  const conflict = a.locator('.alert.conflict');
  await conflict.waitFor();
  assert.match(await conflict.textContent(), /changed in another tab/);
  const { violations } = await new AxeBuilder({ page: a }).analyze();
  assert.deepEqual(violations.map((v) => v.id), [], 'the choice is accessible');
  // What A types now stays in A until the person chooses.
  await appName(a).fill('Expensify (A)');
  assert.equal(await appName(b).inputValue(), 'Expensify (B)');
  await a.getByRole('button', { name: 'Keep mine as a separate draft' }).click();
  await conflict.waitFor({ state: 'detached' });
  assert.equal(await appName(a).inputValue(), 'Expensify (A)');
  assert.deepEqual((await draftTitles(a)).sort(), ['Expensify (A)', 'Expensify (B)']);
  // The original keeps B's tick; B's tab lists A's copy.
  await b.locator('#draft-select option', { hasText: 'Expensify (A)' }).waitFor({ state: 'attached' });
  await b.getByRole('button', { name: 'Checklist', exact: true }).click();
  assert.equal(await b.locator('[data-step="dedicated-profile"] input[type=checkbox]').first().isChecked(), true);
  await context.close();
});

test('loading the other tab\'s version replaces this tab\'s', async () => {
  const { context, page: a } = await openApp(env);
  await appName(a).fill('Expensify');
  const b = await newTab(context);
  await appName(b).fill('Expensify (B)');
  await a.locator('.alert.conflict').waitFor();
  await a.getByRole('button', { name: 'Load the newer version' }).click();
  assert.equal(await appName(a).inputValue(), 'Expensify (B)');
  assert.deepEqual(await draftTitles(a), ['Expensify (B)']);
  await context.close();
});

test('a save by a newer version is left untouched and offered a reload', async () => {
  const { context, page } = await openApp(env);
  const newer = '{"schema":"wsadmin-prep/draft@2","profile":{"app_name":"From a newer version"}}';
  await page.evaluate((text) => localStorage.setItem('wsadmin-prep/draft/00112233aabbccdd', text), newer);
  await page.reload();
  const banner = page.locator('.alert.newer');
  await banner.waitFor();
  assert.match(await banner.textContent(), /saved by a newer version/);
  assert.ok(await banner.getByRole('button', { name: 'Reload' }).isVisible());
  await appName(page).fill('Expensify');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Delete draft' }).click();
  const kept = await page.evaluate(() => localStorage.getItem('wsadmin-prep/draft/00112233aabbccdd'));
  assert.equal(kept, newer);
  await context.close();
});

test('storage that fills up while typing is told once, keeps what was saved, and Export still works', async () => {
  const { context, page } = await openApp(env, { acceptDownloads: true });
  await appName(page).fill('Expensify');
  const saved = await page.evaluate(() => ({ ...localStorage }));
  await page.evaluate(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByRole('button', { name: 'New profile' }).click();
  await appName(page).fill('TripIt');
  await page.getByLabel('Company e-mail domain').fill('acme.com');
  const told = page.locator('.alert.saving');
  await told.waitFor();
  assert.equal(await told.count(), 1);
  assert.match(await told.textContent(), /not being saved.*use Export/s);
  assert.deepEqual(await page.evaluate(() => ({ ...localStorage })), saved);
  assert.deepEqual((await draftTitles(page)).sort(), ['Expensify', 'TripIt · acme.com']);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  assert.equal(exported.app_name, 'TripIt');
  await context.close();
});

test('a browser that gives the page no storage still builds, says drafts are not kept, and exports', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${env.origin}/`);
  await appStarted(page);
  assert.match(await page.locator('.alert.saving').textContent(), /does not let the page keep drafts/);
  await appName(page).fill('Expensify');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  assert.equal(JSON.parse(readFileSync(await (await download).path(), 'utf8')).app_name, 'Expensify');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the single-key save of earlier versions moves to one key per draft, losing nothing', async () => {
  const legacy = readFileSync(new URL('../fixtures/drafts-workspace-v1.json', import.meta.url), 'utf8');
  const { context, page } = await openApp(env);
  await page.evaluate((text) => localStorage.setItem('wsadmin-prep/drafts', text), legacy);
  await page.reload();
  await appStarted(page);
  assert.deepEqual(await draftTitles(page), ['Expensify, Inc.', 'Zoë Travel']);
  assert.equal(await appName(page).inputValue(), 'Zoë Travel');
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.equal(keys.filter((key) => key.startsWith('wsadmin-prep/draft/')).length, 2);
  assert.ok(!keys.includes('wsadmin-prep/drafts'), keys.join(', '));
  await context.close();
});

test('a long client company name in the draft list never makes a phone scroll sideways', async () => {
  const { context, page } = await openApp(env, { viewport: { width: 360, height: 740 } });
  await appName(page).fill('Expensify');
  await page.getByLabel('Client company (optional)').fill('Müller & Söhne Reisebüro-Verwaltungsgesellschaft GmbH');
  await page.locator('#draft-select option', { hasText: 'Expensify · Müller' }).waitFor({ state: 'attached' });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0);
  await context.close();
});

test('where Safari may clear drafts (persistence refused), the page says so once and offers Export', async () => {
  const refused = async (granted) => {
    const context = await env.browser.newContext();
    await context.addInitScript((answer) => {
      Object.defineProperty(Navigator.prototype, 'vendor', { get: () => 'Apple Computer, Inc.' });
      navigator.storage.persist = async () => answer;
    }, granted);
    return context;
  };
  const context = await refused(false);
  const page = await context.newPage();
  await page.goto(`${env.origin}/`);
  await appStarted(page);
  // A first visit starts the app at the person's first action.
  await page.getByLabel('Partner app name').click();
  const notice = page.locator('#eviction-notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /may delete drafts kept here after 7 days without a visit/);
  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Export this draft' }).click()]);
  assert.match(download.suggestedFilename(), /profile\.json$/);
  // Said once: not at the next start.
  await page.reload();
  await appStarted(page);
  await page.getByLabel('Partner app name').click();
  await page.locator('html[data-app="started"]').waitFor();
  await page.waitForTimeout(300);
  assert.equal(await notice.count(), 0);
  await context.close();

  // Where the browser keeps the drafts for good, nothing is said.
  const kept = await refused(true);
  const other = await kept.newPage();
  await other.goto(`${env.origin}/`);
  await appStarted(other);
  await other.getByLabel('Partner app name').click();
  await other.locator('html[data-app="started"]').waitFor();
  await other.waitForTimeout(300);
  assert.equal(await other.locator('#eviction-notice').count(), 0);
  await kept.close();
});
