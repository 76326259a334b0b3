// Each person's way through the app, across its views (issue 22): the app provider who
// arrives at `#provider`, the admin who moves between the checklist and the handoff, the
// client who opens a consultant's link. At a phone's width (360 px) as well as a desk's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { start, openApp, appStarted, fillContext } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const PHONE = { viewport: { width: 360, height: 640 } };

/** How far the page scrolls sideways: 0 when nothing is wider than the screen. */
function sideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function axeViolations(page, label) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target).join(', ')}`);
}

test('the provider arrives at #provider: their side alone, the first action on a phone\'s first screen', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await env.browser.newContext({ ...PHONE, colorScheme });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${env.origin}/#provider`);
    await appStarted(page);
    await page.getByRole('heading', { name: "Receive a client's Concur credentials" }).waitFor();
    // No builder: no findings bar, no drafts, no admin side.
    assert.equal(await page.locator('#summary').count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Fill suggestions' }).count(), 0);
    assert.equal(await page.locator('#admin-side-title').count(), 0);
    const generate = page.getByRole('button', { name: 'Generate a key and download it' });
    const box = await generate.boundingBox();
    assert.ok(box.y + box.height <= 640, `"Generate a key" ends at ${box.y + box.height} px, below the first screen`);
    assert.equal(await sideways(page), 0);
    assert.deepEqual(await axeViolations(page, `${colorScheme} provider entry`), []);

    // A key made here, with its long link, still fits the screen.
    const [download] = await Promise.all([page.waitForEvent('download'), generate.click()]);
    assert.match(download.suggestedFilename(), /\.key$/);
    await page.getByLabel('Your public key').waitFor();
    assert.match(await page.locator('.side').textContent(), /#recipient=age1/);
    assert.equal(await sideways(page), 0, 'the #recipient= link scrolls the page sideways');
    assert.deepEqual(await axeViolations(page, `${colorScheme} provider with a key`), []);

    // The address keeps #provider, so a reload (or a bookmark) lands here again.
    assert.equal(new URL(page.url()).hash, '#provider');
    await page.evaluate(() => location.reload());
    await appStarted(page);
    await page.getByRole('heading', { name: "Receive a client's Concur credentials" }).waitFor();

    // And the way back to the admin's views.
    await page.getByRole('link', { name: "I am the client's admin" }).click();
    await page.getByRole('heading', { name: 'WS Admin profile' }).waitFor();
    assert.equal(new URL(page.url()).hash, '');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('every admin view offers the provider\'s entry near the top, and the handoff a link to send', async () => {
  const { context, page } = await openApp(env, PHONE);
  for (const view of ['Profile', 'Checklist', 'Handoff']) {
    if (view !== 'Profile') await page.getByRole('button', { name: view, exact: true }).click();
    const entry = page.getByRole('link', { name: 'I am the app provider' });
    const box = await entry.boundingBox();
    assert.ok(box.y + box.height <= 640, `${view}: the provider's entry is below the first screen`);
  }
  // The admin's handoff names the link that opens the provider's side of this copy.
  await page.getByRole('button', { name: 'Profile', exact: true }).click();
  await fillContext(page, { fillSuggestions: true });
  await page.getByRole('button', { name: 'Handoff' }).click();
  assert.match(await page.locator('#provider-link').textContent(), new RegExp(`${env.origin}/#provider`));
  assert.equal(await sideways(page), 0);
  await page.getByRole('link', { name: 'I am the app provider' }).click();
  await page.getByRole('heading', { name: "Receive a client's Concur credentials" }).waitFor();
  assert.equal(await page.locator('#summary').count(), 0);
  await context.close();
});
