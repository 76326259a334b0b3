// The Company Request Token route in the browser: the builder's choice and its rules, the
// checklist's two paths, a token sealed to the provider's key and opened on the provider's
// side with its time left, an expired token refused at sealing and named when opened, and
// the token never at rest.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import * as age from 'age-encryption';
import AxeBuilder from '@axe-core/playwright';
import { start, openApp, downloadText, rulesBeside, appStarted, cli } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const scratch = mkdtempSync(join(tmpdir(), 'wsadmin-prep-token-'));
const APP_ID = '0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c';
const COMPANY_UUID = 'a1b2c3d4-5e6f-4a0b-8c9d-0e1f2a3b4c5d';
const TOKEN = 'Zq8xK2mP4vR7tY1wB3nC6';

async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

/** A clean token-route profile for Zoë Travel, its App ID pasted with braces and mended. */
async function buildTokenProfile(page) {
  await page.getByLabel('Company Request Token').check();
  await page.getByLabel('Professional Edition').check();
  await page.getByLabel('Partner app name').fill('Zoë Travel');
  await page.getByLabel("The app's App ID").fill(`{${APP_ID.toUpperCase()}}`);
  assert.deepEqual(await rulesBeside(page, 'app_id'), ['APP-ID-FORMAT']);
  await page.locator('#findings-app_id').getByRole('button', { name: 'Apply fix' }).click();
  assert.equal(await page.getByLabel("The app's App ID").inputValue(), APP_ID);
  // Concur's token page exists in the US and EMEA data centres only.
  await page.getByLabel('Concur data centre').selectOption('china');
  assert.deepEqual(await rulesBeside(page, 'data_center'), ['DATA-CENTER-NO-TOKEN-PAGE']);
  assert.match(await page.locator('#findings-data_center').textContent(), /Client Web Services/);
  await page.getByLabel('Concur data centre').selectOption('emea');
  await page.getByLabel("Admin's first name").fill('Åsa');
  await page.getByLabel("Admin's last name").fill('Lindqvist');
  await page.getByLabel("Admin's e-mail").fill('asa.lindqvist@acme.com');
  assert.deepEqual(await rulesBeside(page, 'authorizing_admin.role_confirmed'), ['ADMIN-ROLE-UNCONFIRMED']);
  await page.getByLabel(/My own account has the role "Web Services Administrator"/).check();
  assert.match(await page.locator('#summary').textContent(), /All clear/);
}

/** Local time as a datetime-local input takes it, `hours` from now. */
function localInput(hoursFromNow) {
  const at = new Date(Date.now() + hoursFromNow * 3600 * 1000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

test('the builder asks only what the token route needs, and a reload keeps the route', async () => {
  const { context, page, errors } = await openApp(env);
  await buildTokenProfile(page);
  // The page speaks of the route it is on, and names the role where the sources put it.
  await page.getByRole('heading', { level: 1, name: 'Company Request Token' }).waitFor();
  assert.match(await page.locator('label[for="role-confirmed"]').textContent(),
    /"Web Services Administrator" \(Administration > Company > Company Admin > User Permissions\)/);
  await page.getByLabel('Standard Edition').check();
  assert.match(await page.locator('label[for="role-confirmed"]').textContent(),
    /"Can Administer" or "Travel and Expense Administrator" \(depending on configuration\)/);
  await page.getByLabel('Professional Edition').check();
  assert.equal(await page.getByRole('heading', { name: 'WS Admin profile' }).count(), 0);
  for (const label of ['Login ID', 'Company e-mail domain', 'Permissions', 'Known real users (optional)']) {
    assert.equal(await page.getByLabel(label, { exact: true }).count(), 0, `${label} is not asked`);
  }
  assert.deepEqual(await axeViolations(page), []);
  await page.reload();
  await appStarted(page);
  assert.equal(await page.getByLabel('Company Request Token').isChecked(), true);
  assert.equal(await page.getByLabel("The app's App ID").inputValue(), APP_ID);
  // Switching back shows the WS Admin fields again, and their rules.
  await page.getByLabel('WS Admin user (this guide)').check();
  assert.deepEqual(await rulesBeside(page, 'ws_admin.login_id'), ['LOGIN-REQUIRED']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the checklist has the token steps, an App Center path, and exports with the App ID and no secret', async () => {
  const { context, page } = await openApp(env);
  await buildTokenProfile(page);
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  const ids = () => page.locator('[data-step]').evaluateAll((items) => items.map((item) => item.dataset.step));
  assert.deepEqual(await ids(), ['confirm-own-role', 'generate-token', 'copy-token-values', 'send-token', 'provider-connects', 'confirm-connected']);
  assert.match(await page.locator('[data-step="generate-token"]').textContent(), /Authentication Admin > Company Request Token/);
  await page.locator('[data-step="confirm-own-role"]').getByRole('checkbox').first().check();
  const markdown = await downloadText(page, () => page.getByRole('button', { name: 'Download Markdown' }).click());
  assert.match(markdown, /Step 1: Generate the Company Request Token/);
  assert.match(markdown, new RegExp(APP_ID));
  assert.match(markdown, /- \[x\] /);
  const json = JSON.parse(await downloadText(page, () => page.getByRole('button', { name: 'Download JSON' }).click()));
  assert.equal(json.profile.connection, 'company_request_token');
  await page.getByLabel('Connect in the App Center (nothing to hand over)').check();
  assert.deepEqual(await ids(), ['confirm-own-role', 'app-center-enabled', 'connect-in-app-center', 'confirm-connected']);
  // Nothing is handed over on this path: no empty group.
  assert.equal(await page.locator('#group-handover').count(), 0);
  assert.match(await page.locator('#group-createprofile').textContent(), /Check the App Center and your role/);
  // A share link carries the route to a client's browser.
  await page.getByRole('button', { name: 'Share as a link' }).click();
  const url = await page.locator('#share-link').inputValue();
  await context.close();
  const client = await openApp(env);
  await client.page.goto(url);
  await client.page.locator('.alert.done').waitFor();
  assert.deepEqual(await client.page.locator('[data-step]').evaluateAll((items) => items.map((item) => item.dataset.step)),
    ['confirm-own-role', 'app-center-enabled', 'connect-in-app-center', 'confirm-connected']);
  await client.context.close();
});

test('a token is sealed to the provider key, opens in age and on the provider side with its time left, and is never stored', async () => {
  const { context, page, errors } = await openApp(env);
  await buildTokenProfile(page);
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  const key = await downloadText(page, () => page.getByRole('button', { name: 'Generate a key and download it' }).click());
  const publicKey = await page.getByLabel('Your public key').inputValue();
  assert.equal(await page.getByLabel('WS Admin password').count(), 0, 'no password on this route');

  await page.getByRole('textbox', { name: 'Company UUID' }).fill(COMPANY_UUID);
  // Pasted with the spaces a selection picks up (an input drops line breaks itself): named,
  // and mended in one click.
  await page.locator('#request-token').fill(` ${TOKEN} `);
  await page.locator('#findings-request_token [data-rule="TOKEN-PASTE"]').waitFor();
  assert.doesNotMatch(await page.locator('#findings-request_token').textContent(), new RegExp(TOKEN));
  await page.locator('#findings-request_token').getByRole('button', { name: 'Apply fix' }).click();
  assert.equal(await page.locator('#request-token').inputValue(), TOKEN);
  assert.match(await page.locator('#token-time').textContent(), /23 h 5\d min left|24 h left/);
  // The checklist states when the pasted token expires, as a local time.
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  const expires = await page.locator('#token-expires').textContent();
  assert.match(expires, /^The token you pasted expires .+\.$/);
  assert.doesNotMatch(expires, /\d{4}-\d\d-\d\dT|hours from now/);
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  await page.getByLabel("Provider's public key", { exact: true }).fill(publicKey);
  await page.getByLabel(/I confirmed this key with the provider/).check();
  assert.equal(await page.getByLabel(/I have logged in once/).count(), 0);
  await page.getByRole('button', { name: 'Seal packet' }).click();
  await page.getByText(/Checked: sealed to age1/).waitFor();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .age' }).click()]);
  assert.match(file.suggestedFilename(), /^wsadmin-ZoeTravel-\d{4}-\d{2}-\d{2}-token\.age$/);
  const packetFile = join(scratch, 'token.age');
  await file.saveAs(packetFile);
  const keyFile = join(scratch, 'provider.key');
  writeFileSync(keyFile, key);

  // Debian's age opens it.
  const opened = JSON.parse(execFileSync('age', ['-d', '-i', keyFile, packetFile], { encoding: 'utf8' }));
  assert.equal(opened.schema, 'wsadmin-prep/token-handoff@1');
  assert.equal(opened.request_token, TOKEN);
  assert.equal(opened.company_uuid, COMPANY_UUID);
  assert.equal(opened.app_id, APP_ID);
  assert.equal(Date.parse(opened.expires_at) - Date.parse(opened.generated_at), 24 * 3600 * 1000);

  // The provider's side opens it and says how long is left.
  await page.locator('#packet-file').setInputFiles(packetFile);
  await page.locator('#identity-file').setInputFiles(keyFile);
  await page.getByRole('button', { name: 'Open packet' }).click();
  await page.locator('.opened').waitFor();
  assert.match(await page.locator('#token-time-left').textContent(), /The token has (23 h 5\d min|24 h) left/);
  assert.match(await page.locator('.opened').textContent(), new RegExp(COMPANY_UUID));
  await page.getByRole('button', { name: 'Reveal' }).click();
  assert.equal(await page.locator('#opened-password').textContent(), TOKEN);
  assert.deepEqual(await axeViolations(page), []);

  const stored = await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage));
  assert.ok(!stored.includes(TOKEN), 'the token is not at rest');
  assert.ok(stored.includes(APP_ID), 'the App ID is part of the saved draft');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an expired token is refused at sealing, and an expired packet says what the admin must do', async () => {
  const { context, page } = await openApp(env);
  await buildTokenProfile(page);
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  await page.getByRole('textbox', { name: 'Company UUID' }).fill(COMPANY_UUID);
  await page.locator('#request-token').fill(TOKEN);
  await page.getByLabel("Provider's public key", { exact: true }).fill('age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq');
  await page.getByLabel(/I confirmed this key with the provider/).check();
  await page.getByLabel(/When the token was generated/).fill(localInput(-25));
  await page.locator('#findings-generated_at [data-rule="TOKEN-EXPIRED"]').waitFor();
  // The page quotes the expiry in the person's local time, not in RFC 3339.
  const expiredFinding = await page.locator('#findings-generated_at [data-rule="TOKEN-EXPIRED"] .message').textContent();
  assert.match(expiredFinding, /The token expired 1 h ago \(at .+\)/);
  assert.doesNotMatch(expiredFinding, /\d{4}-\d\d-\d\dT/);
  assert.equal(await page.getByRole('button', { name: 'Seal packet' }).isDisabled(), true);
  assert.match(await page.locator('#seal-blockers').textContent(), /TOKEN-EXPIRED/);
  // Three hours left: sealed, with a warning.
  await page.getByLabel(/When the token was generated/).fill(localInput(-21));
  await page.locator('#findings-generated_at [data-rule="TOKEN-EXPIRING"]').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Seal packet' }).isDisabled(), false);

  // A packet whose token expired yesterday, sealed by typage to a passphrase.
  const packet = {
    schema: 'wsadmin-prep/token-handoff@1', created_at: '2026-11-20T10:05:00Z', edition: 'standard',
    app_name: 'Expensify, Inc.', app_id: APP_ID, company_uuid: COMPANY_UUID, request_token: TOKEN,
    generated_at: '2026-11-20T10:00:00Z', expires_at: '2026-11-21T10:00:00Z',
  };
  const encrypter = new age.Encrypter();
  encrypter.setPassphrase('correct horse battery staple');
  encrypter.setScryptWorkFactor(16);
  const sealed = age.armor.encode(await encrypter.encrypt(JSON.stringify(packet)));
  await page.locator('#packet-input').fill(sealed);
  await page.locator('#open-passphrase').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Open packet' }).click();
  await page.locator('.opened').waitFor();
  const expired = await page.locator('#token-time-left').textContent();
  assert.match(expired, /The token has expired .* ago: the admin must generate a new token \(Administration > Company > Authentication Admin > Company Request Token\)/);
  await context.close();
});

test('an App ID that came in a share link says so beside it until it is changed', async () => {
  const fragment = cli(['checklist', '--format', 'link', 'docs/examples/zoe-travel-token.json']).trim();
  const { context, page } = await openApp(env);
  await page.goto(`${env.origin}/${fragment}`);
  await page.locator('.alert.done').waitFor();
  await page.getByRole('button', { name: 'Profile', exact: true }).click();
  assert.match(await page.locator('#app-id-origin').textContent(), /From the link you opened: check it with the app provider/);
  // A reload keeps the note: the draft remembers where its App ID came from.
  await page.reload();
  await appStarted(page);
  await page.getByRole('button', { name: 'Profile', exact: true }).click();
  await page.locator('#app-id-origin').waitFor();
  // Typed over, it is the admin's own.
  await page.getByLabel('App ID').fill('0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1d');
  assert.equal(await page.locator('#app-id-origin').count(), 0);
  await context.close();
});
