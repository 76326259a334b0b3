// The enablement checklist in the browser: ticking with notes, gates, exports, re-import
// in a fresh browser, share links (good, damaged, newer, template) and the print view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openApp, cli, fillContext } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const fillProfessional = (page) => fillContext(page, {
  edition: 'professional', data: ['Expense', 'Travel', 'Invoice'], fillSuggestions: true,
});

const step = (page, id) => page.locator(`[data-step="${id}"]`);

async function tickWithNote(page, id, note) {
  await step(page, id).getByRole('checkbox', { name: /./ }).first().check();
  await step(page, id).getByLabel('Note').fill(note);
}

async function downloadText(page, buttonName) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

test('ticks and notes are kept, exported, and re-imported in a fresh browser', async () => {
  const { context, page, errors } = await openApp(env);
  await fillProfessional(page);
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  await tickWithNote(page, 'dedicated-profile', 'Checked with HR: nobody uses this ID');
  await tickWithNote(page, 'create-user', 'Created 28 Nov');
  await step(page, 'named-admin-enables').getByLabel('Not applicable').check();
  assert.match(await page.locator('.progress-line').first().textContent(), /2 of 8 done/);
  // Shown in the person's local time; the exports keep ISO 8601.
  const stamp = await step(page, 'create-user').locator('.stamp').textContent();
  assert.match(stamp, /^Done \S/);
  assert.doesNotMatch(stamp, /\d{4}-\d\d-\d\dT/);

  const markdown = await downloadText(page, 'Download Markdown');
  assert.match(markdown.name, /^wsadmin-Expensify-\d{4}-\d{2}-\d{2}-checklist\.md$/);
  assert.match(markdown.text, /- \[x\] \*\*Create the WS Admin user\*\*/);
  assert.match(markdown.text, /Note: Created 28 Nov/);
  assert.match(markdown.text, /~~.*~~ \(not applicable\)/);
  const json = await downloadText(page, 'Download JSON');
  const document = JSON.parse(json.text);
  assert.equal(document.schema, 'wsadmin-prep/checklist@1');
  assert.match(document.steps.find((s) => s.id === 'create-user').at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
  await context.close();

  // A fresh browser, with nothing saved, imports the JSON and sees the same states.
  const fresh = await openApp(env);
  await fresh.page.locator('#import-file').setInputFiles({
    name: json.name, mimeType: 'application/json', buffer: Buffer.from(json.text),
  });
  await fresh.page.locator('.alert.done').waitFor();
  // Someone's exported checklist is greeted as a link is: when it was prepared, and what to do.
  assert.match(await fresh.page.locator('#welcome').textContent(), /A checklist prepared on \S+.*Everything is filled in/);
  await fresh.page.getByRole('button', { name: 'Checklist', exact: true }).click();
  assert.equal(await step(fresh.page, 'create-user').locator('input[type=checkbox]').first().isChecked(), true);
  assert.equal(await step(fresh.page, 'create-user').getByLabel('Note').inputValue(), 'Created 28 Nov');
  assert.equal(await step(fresh.page, 'named-admin-enables').getByLabel('Not applicable').isChecked(), true);
  assert.equal(await step(fresh.page, 'save-and-activate').locator('input[type=checkbox]').first().isChecked(), false);
  assert.deepEqual([...errors, ...fresh.errors], []);
  await fresh.context.close();
});

test('handing over stays locked while the profile has errors, and says why', async () => {
  const { context, page } = await openApp(env);
  await fillProfessional(page);
  await page.getByLabel('Login ID', { exact: true }).fill('john.smith@acme.com');
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  const handover = step(page, 'send-credentials');
  await handover.locator('input[type=checkbox]').first().click();
  assert.equal(await handover.locator('input[type=checkbox]').first().isChecked(), false);
  assert.match(await handover.locator('.lock.blocked').textContent(), /Locked until the profile has no errors/);
  assert.match(await page.locator('.progress-line').first().textContent(), /0 of 9 done/);
  await handover.getByRole('button', { name: 'See the findings' }).click();
  assert.equal(await page.getByLabel('Login ID', { exact: true }).isVisible(), true);
  await context.close();
});

test('a share link opens the checklist in a fresh browser without touching its drafts', async () => {
  const { context, page } = await openApp(env);
  await fillProfessional(page);
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  await tickWithNote(page, 'dedicated-profile', 'confirmed');
  await page.getByRole('button', { name: 'Share as a link' }).click();
  const url = await page.locator('#share-link').inputValue();
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/#checklist=1\./);
  assert.match(await page.locator('.share').textContent(), /never a password/);
  await context.close();

  const client = await openApp(env);
  await client.page.getByLabel('Partner app name').fill('My own draft');
  // Pasted into the open tab: only the fragment changes, and the app notices.
  await client.page.goto(url);
  await client.page.locator('.alert.done').waitFor();
  assert.equal(await step(client.page, 'dedicated-profile').getByLabel('Note').inputValue(), 'confirmed');
  assert.equal(new URL(client.page.url()).hash, '', 'the link is taken out of the address bar');
  await client.page.getByRole('button', { name: 'Profile', exact: true }).click();
  await client.page.locator('#draft-select').selectOption({ label: 'My own draft' });
  assert.equal(await client.page.getByLabel('Partner app name').inputValue(), 'My own draft');
  await client.context.close();
});

test('damaged and newer links get a clear message and leave the drafts alone', async () => {
  const { context, page } = await openApp(env);
  await page.getByLabel('Partner app name').fill('Kept');
  for (const [hash, expected] of [
    ['#checklist=1.AAAA-not-deflate', /damaged/],
    ['#checklist=7.whatever', /newer version of wsadmin-prep/],
  ]) {
    await page.goto(`${env.origin}/${hash}`);
    const alert = page.locator('.alert.problem');
    await alert.waitFor();
    assert.match(await alert.textContent(), expected);
    assert.match(await alert.textContent(), /Your own drafts are unchanged/);
    assert.equal(await page.getByLabel('Partner app name').inputValue(), 'Kept');
    assert.equal(await page.locator('#draft-select option').count(), 1);
  }
  await context.close();
});

test('a consultant template carries the app and data but no person', async () => {
  const { context, page } = await openApp(env);
  await fillProfessional(page);
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  await page.getByRole('button', { name: 'Share a template (no personal details)' }).click();
  const url = await page.locator('#share-link').inputValue();
  await context.close();

  // Opened in a new tab: a full page load with the fragment.
  const clientContext = await env.browser.newContext();
  const client = { context: clientContext, page: await clientContext.newPage() };
  await client.page.goto(url);
  await client.page.locator('.alert.done').waitFor();
  await client.page.getByRole('button', { name: 'Profile', exact: true }).click();
  assert.equal(await client.page.getByLabel('Partner app name').inputValue(), 'Expensify');
  assert.equal(await client.page.getByLabel('Professional Edition').isChecked(), true);
  assert.equal(await client.page.getByLabel('Invoice', { exact: true }).isChecked(), true);
  assert.equal(await client.page.getByLabel("Admin's first name").inputValue(), '');
  assert.equal(await client.page.getByLabel('Login ID', { exact: true }).inputValue(), '');
  await client.context.close();
});

test('the print view hides the controls and heads the page with the profile', async () => {
  const { context, page } = await openApp(env);
  await fillProfessional(page);
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.draft-bar').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Download Markdown' }).isVisible(), false);
  assert.match(await page.locator('.print-header').textContent(), /WSAdmin-Expensify@acme\.com/);
  assert.equal(await page.locator('.open-link').isVisible(), false, 'the link box is printed');
  assert.equal(await page.locator('.role-switch').isVisible(), false);
  await context.close();
});

test('links made by the CLI open in the browser, and links made in the browser open in the CLI', async () => {
  const fragment = cli(['checklist', '--format', 'link', 'tests/golden/checklist-professional-all-data.json']).trim();
  const { context, page } = await openApp(env);
  await page.goto(`${env.origin}/${fragment}`);
  await page.locator('.alert.done').waitFor();
  assert.equal(await step(page, 'create-user').getByLabel('Note').inputValue(), 'Created by John; password set in Concur only');

  await step(page, 'save-and-activate').getByLabel('Note').fill('Activated by John at 10:05');
  await page.getByRole('button', { name: 'Share as a link' }).click();
  const url = await page.locator('#share-link').inputValue();
  const markdown = cli(['checklist', '-'], url);
  assert.match(markdown, /Note: Activated by John at 10:05/);
  assert.match(markdown, /- \[x\] \*\*Create the WS Admin user\*\*/);
  await context.close();
});

test('a note that looks like a password is warned about where it is typed and before sharing', async () => {
  const { context, page } = await openApp(env);
  await fillContext(page, { fillSuggestions: true });
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  await step(page, 'create-user').getByLabel('Note').fill('Created by John');
  assert.equal(await page.locator('#note-create-user-secret').count(), 0);
  assert.equal(await page.locator('#notes-secret').count(), 0);
  await step(page, 'create-user').getByLabel('Note').fill('pw vR7#q2Lm!x9Tz@4Wk');
  await page.locator('#note-create-user-secret').waitFor();
  assert.match(await page.locator('#notes-secret').textContent(), /looks like a password or a token/);
  await step(page, 'create-user').getByLabel('Note').fill('Created by John');
  assert.equal(await page.locator('#notes-secret').count(), 0);
  await context.close();
});

test('a link that comes back updates the draft it was made from, and twice never makes a twin', async () => {
  // The consultant prepares a draft and shares it with the client.
  const consultant = await openApp(env);
  await fillProfessional(consultant.page);
  await consultant.page.getByRole('button', { name: 'Checklist', exact: true }).click();
  await consultant.page.getByRole('button', { name: 'Share as a link' }).click();
  const sent = await consultant.page.locator('#share-link').inputValue();

  // The client ticks a step with a note and shares it back.
  const client = await openApp(env);
  await client.page.goto(sent);
  await client.page.locator('.alert.done').waitFor();
  await tickWithNote(client.page, 'dedicated-profile', 'Checked by the client');
  await client.page.getByRole('button', { name: 'Share as a link' }).click();
  const returned = await client.page.locator('#share-link').inputValue();
  await client.context.close();

  const { page } = consultant;
  const before = (await page.locator('#draft-select option').allTextContents()).length;
  await page.goto(returned);
  const offer = page.locator('#returned-offer');
  await offer.waitFor();
  assert.match(await offer.textContent(), /Checked by the client|note/);
  await page.getByRole('button', { name: /^Update/ }).click();
  assert.equal(await page.locator('#returned-offer').count(), 0);
  assert.equal((await page.locator('#draft-select option').allTextContents()).length, before, 'no new draft');
  assert.equal(await step(page, 'dedicated-profile').getByLabel('Note').inputValue(), 'Checked by the client');
  assert.equal(await step(page, 'dedicated-profile').getByRole('checkbox').first().isChecked(), true);

  // The same link again: nothing new, no twin, no offer.
  await page.goto(returned);
  await page.locator('.alert.done').filter({ hasText: /already here/ }).waitFor();
  assert.equal(await page.locator('#returned-offer').count(), 0);
  assert.equal((await page.locator('#draft-select option').allTextContents()).length, before);
  await consultant.context.close();
});
