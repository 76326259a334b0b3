// Each person's way through the app, across its views (issue 22): the app provider who
// arrives at `#provider`, the admin who moves between the checklist and the handoff, the
// client who opens a consultant's link. At a phone's width (360 px) as well as a desk's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { start, openApp, appStarted, fillContext, sealToAFreshKey } from './harness.mjs';

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
    await page.getByRole('heading', { name: 'WS Admin profile', exact: true }).waitFor();
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
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  assert.match(await page.locator('#provider-link').textContent(), new RegExp(`${env.origin}/#provider`));
  assert.equal(await sideways(page), 0);
  await page.getByRole('link', { name: 'I am the app provider' }).click();
  await page.getByRole('heading', { name: "Receive a client's Concur credentials" }).waitFor();
  assert.equal(await page.locator('#summary').count(), 0);
  await context.close();
});

test('the checklist and the handoff are one flow: generate from a step, seal, and tick the step from the handoff', async () => {
  const { context, page, errors } = await openApp(env);
  await fillContext(page, { fillSuggestions: true });
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  // "Create the WS Admin user" opens the generator, for this draft.
  await page.locator('[data-step="create-user"]').getByRole('button', { name: 'Generate the password' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'generate-password');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('password').value.length === 20);
  const password = await page.getByLabel('WS Admin password').inputValue();

  // "Send the credentials" opens the seal; the password is still there.
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  assert.equal(await page.locator('[data-step="send-credentials"] input[type="checkbox"]').first().isChecked(), false);
  await page.locator('[data-step="send-credentials"]').getByRole('button', { name: 'Open the handoff to seal them' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'seal');
  assert.equal(await page.getByLabel('WS Admin password').inputValue(), password);

  // The passphrase is meant to be read out: it can be shown.
  await page.getByLabel('A passphrase you tell them by phone').check();
  await page.getByRole('button', { name: 'Generate a passphrase' }).click();
  await page.waitForFunction(() => document.getElementById('passphrase').value.length > 0);
  assert.equal(await page.locator('#passphrase').getAttribute('type'), 'password');
  await page.getByRole('button', { name: 'Show passphrase' }).click();
  assert.equal(await page.locator('#passphrase').getAttribute('type'), 'text');
  assert.equal(await page.locator('#passphrase-confirm').getAttribute('type'), 'text');
  await page.getByRole('button', { name: 'Hide passphrase' }).click();
  assert.equal(await page.locator('#passphrase').getAttribute('type'), 'password');

  // Seal to a key, take the packet: the handoff offers to tick its step, with the time.
  await page.getByLabel('The provider\'s public key (recommended)').check();
  await sealToAFreshKey(page);
  assert.equal(await page.locator('#tick-offer').count(), 0, 'offered before the packet was taken');
  await page.getByRole('button', { name: 'Copy packet' }).click();
  assert.match(await page.locator('#tick-offer').textContent(), /Send the Login ID and password to Expensify securely/);
  await page.getByRole('button', { name: 'Tick it' }).click();
  assert.equal(await page.locator('#tick-offer').count(), 0, 'still offered once ticked');
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  const step = page.locator('[data-step="send-credentials"]');
  assert.equal(await step.locator('input[type="checkbox"]').first().isChecked(), true);
  assert.match(await step.locator('.stamp').textContent(), /Done/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a client opening a consultant\'s template is greeted, taken to the first field to fill, and reads no rule ID', async () => {
  // The consultant prepares a template for Müller & Söhne.
  const consultant = await openApp(env);
  await consultant.page.getByLabel('Client company (optional)').fill('Müller & Söhne GmbH');
  await fillContext(consultant.page, { fillSuggestions: true });
  await consultant.page.getByRole('button', { name: 'Checklist', exact: true }).click();
  await consultant.page.getByRole('button', { name: 'Share a template (no personal details)' }).click();
  const link = await consultant.page.locator('#share-link').inputValue();
  await consultant.context.close();

  for (const colorScheme of ['light', 'dark']) {
    const context = await env.browser.newContext({ ...PHONE, colorScheme });
    const page = await context.newPage();
    await page.goto(link);
    await appStarted(page);
    const welcome = page.locator('#welcome');
    await welcome.waitFor();
    const said = await welcome.textContent();
    assert.match(said, /Prepared for Müller & Söhne GmbH on \S+/);
    assert.match(said, /Fill in Admin's first name, Admin's last name, Admin's e-mail; then Fill suggestions/);
    // The first field to fill has the focus, in the profile view.
    await page.waitForFunction(() => document.activeElement?.id === 'input-authorizing_admin-first_name');
    assert.equal(await sideways(page), 0);
    assert.deepEqual(await axeViolations(page, `${colorScheme} welcome`), []);

    // No rule ID in the sentences a client reads; each is in a closed detail.
    await page.keyboard.type('Anna');
    const shown = await page.locator('.finding').evaluateAll((items) => items.map((item) => item.innerText));
    assert.ok(shown.length > 0);
    for (const text of shown) assert.doesNotMatch(text, /\b[A-Z]+(?:-[A-Z]+)+\b/, `a rule ID is read out: ${text}`);
    assert.ok(await page.locator('.finding details.rule-id code').count() > 0);

    // The checklist's gate note names every locked step, and "See the findings" goes to the
    // first error, not the summary.
    await page.getByRole('button', { name: 'Checklist', exact: true }).click();
    const note = await page.locator('.gate-note').textContent();
    assert.match(note, /Create the WS Admin user/);
    assert.match(note, /Send the Login ID and password to Expensify securely/);
    await page.locator('.gate-note').getByRole('button', { name: 'See the findings' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'input-authorizing_admin-last_name');
    await page.getByRole('button', { name: 'Got it' }).click();
    assert.equal(await welcome.count(), 0);
    await context.close();
  }
});

test('at 360 px no view and no state scrolls sideways, with long values, and values to type into Concur copy with "Copied" beside them', async () => {
  const { context, page, errors } = await openApp(env, PHONE);
  const check = async (state) => assert.equal(await sideways(page), 0, `${state} scrolls sideways at 360 px`);
  await page.getByLabel('Client company (optional)').fill('Internationale Reise- und Spesenverwaltungsgesellschaft mbH & Co. KG');
  await fillContext(page, { app: 'ExpenseIntegrationPlatformForEnterpriseCustomersWorldwide', fillSuggestions: true });
  await page.getByLabel('Known real users (optional)').fill('john.smith.with.a.very.long.address@subsidiary.example-corporation.com');
  await check('the profile');
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  await check('the checklist');
  const create = page.locator('[data-step="create-user"]');
  await create.getByRole('button', { name: 'Copy Login ID' }).click();
  assert.equal(await create.locator('.copied').first().textContent(), 'Copied');
  // Each permission on its own line.
  assert.ok(await create.locator('.items li').count() >= 2);
  await page.getByRole('button', { name: 'Share as a link' }).click();
  await page.locator('#share-link').waitFor();
  await check('a share link');
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await page.waitForFunction(() => document.getElementById('password').value.length > 0);
  await sealToAFreshKey(page);
  await check('a sealed packet');

  // The token route, with the longest token the rules take.
  await page.getByRole('button', { name: 'New profile' }).click();
  await page.getByRole('button', { name: 'Profile', exact: true }).click();
  await page.getByLabel('Company Request Token').check();
  await page.getByLabel('Partner app name').fill('ExpenseIntegrationPlatformForEnterpriseCustomersWorldwide');
  await page.getByLabel("The app's App ID").fill('0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c');
  await check('the token profile');
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  await page.locator('#request-token').fill('T'.repeat(2048));
  await page.getByRole('button', { name: /^Show/ }).first().click();
  await check('a 2,048-character token');
  assert.deepEqual(errors, []);
  await context.close();
});

test('small things: Fill suggestions says what it needs, Apply fix keeps the focus on the field, a Markdown import and a labelled UUID are handled', async () => {
  const { context, page, errors } = await openApp(env);
  await page.getByRole('button', { name: 'Fill suggestions' }).click();
  assert.match(await page.locator('.notice').textContent(),
    /Fill suggestions writes the WS Admin user's fields from Partner app name, Company e-mail domain, Admin's first name, Admin's last name: fill them in first\./);

  // A fix applied from its finding leaves the focus on its field, not on the page.
  await page.getByLabel('Partner app name').fill('Expensify');
  await page.getByLabel('Company e-mail domain').fill('https://www.acme.com/');
  await page.locator('#findings-company_domain').getByRole('button', { name: 'Apply fix' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'input-company_domain');
  assert.equal(await page.getByLabel('Company e-mail domain').inputValue(), 'acme.com');

  // A Markdown export is for reading: importing it says to import the JSON.
  await fillContext(page, { fillSuggestions: true });
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
  await page.locator('#import-file').setInputFiles(await download.path());
  assert.match(await page.locator('.alert.problem').textContent(), /Markdown checklist.*import the checklist's JSON export \(Download JSON\) instead.*unchanged/);

  // On the token route, "Company UUID: …" pasted with its label is mended in one click.
  await page.getByRole('button', { name: 'New profile' }).click();
  await page.getByRole('button', { name: 'Profile', exact: true }).click();
  await page.getByLabel('Company Request Token').check();
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  await page.getByRole('textbox', { name: 'Company UUID' }).fill('Company UUID: 3B9D2C1E-5F6A-4B7C-8D9E-0F1A2B3C4D5E');
  await page.locator('#findings-company_uuid').getByRole('button', { name: 'Apply fix' }).click();
  assert.equal(await page.getByRole('textbox', { name: 'Company UUID' }).inputValue(), '3b9d2c1e-5f6a-4b7c-8d9e-0f1a2b3c4d5e');
  await page.waitForFunction(() => document.activeElement?.id === 'company-uuid');
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe finds nothing in light or dark in the update offer and in the states that make leaving ask first', async () => {
  const { context, page, errors } = await openApp(env);
  await fillContext(page, { fillSuggestions: true });
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  await page.getByRole('button', { name: 'Share as a link' }).click();
  const link = await page.locator('#share-link').inputValue();

  // The client ticks a step and sends the link back.
  const client = await env.browser.newContext();
  const clientPage = await client.newPage();
  await clientPage.goto(link);
  await appStarted(clientPage);
  await clientPage.locator('#welcome').waitFor();
  await clientPage.locator('[data-step="dedicated-profile"] input[type="checkbox"]').first().check();
  await clientPage.getByRole('button', { name: 'Share as a link' }).click();
  const returned = await clientPage.locator('#share-link').inputValue();
  await client.close();

  await page.goto(returned);
  await appStarted(page);
  await page.locator('#returned-offer').waitFor();
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    assert.deepEqual(await axeViolations(page, `${colorScheme} update offer`), []);
  }
  await page.getByRole('button', { name: /^Update/ }).click();

  // A password on screen, then a packet sealed and not yet taken: leaving asks first.
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await page.waitForFunction(() => document.getElementById('password').value.length > 0);
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    assert.deepEqual(await axeViolations(page, `${colorScheme} password on screen`), []);
  }
  await sealToAFreshKey(page);
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    assert.deepEqual(await axeViolations(page, `${colorScheme} sealed, not taken`), []);
  }
  await page.getByRole('button', { name: 'Copy packet' }).click();
  await page.locator('#tick-offer').waitFor();
  assert.deepEqual(await axeViolations(page, 'dark tick offer'), []);
  assert.deepEqual(errors, []);
  await context.close();
});
