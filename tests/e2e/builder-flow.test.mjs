// The whole builder flow as a new user does it, for both editions: inputs, suggestions,
// breaking each part, reload, imports of broken files, and an accessibility audit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { start, openApp, rulesBeside, fillContext, appStarted } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const scratch = mkdtempSync(join(tmpdir(), 'wsadmin-prep-e2e-'));

const fillStarter = (page, edition) => fillContext(page, {
  edition, app: 'App Provider', data: ['Expense', 'Travel', 'Invoice'],
  knownUsers: 'jane.doe@acme.com\nbob@acme.com',
});

async function summary(page) {
  return page.locator('#summary').textContent();
}

async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

for (const edition of ['standard', 'professional']) {
  test(`${edition}: suggestions give a clean profile, each break is named, reload keeps it`, async () => {
    const { context, page, errors } = await openApp(env);
    await fillStarter(page, edition);
    await page.getByRole('button', { name: 'Fill suggestions' }).click();
    assert.equal(await page.getByLabel('Login ID', { exact: true }).inputValue(), 'WSAdmin-AppProvider@acme.com');
    assert.equal(await page.getByLabel('First name', { exact: true }).inputValue(), 'WSADMIN_John');
    assert.equal(await page.getByLabel('Last name', { exact: true }).inputValue(), 'Smith');
    assert.match(await summary(page), /All clear/);

    const login = page.getByLabel('Login ID', { exact: true });
    await login.fill('bob@acme.com');
    assert.ok((await rulesBeside(page, 'ws_admin.login_id')).includes('LOGIN-PERSONAL'));
    await login.fill('WSAdmin-AppProvider@acme.com');

    await page.getByLabel('First name', { exact: true }).fill('John');
    assert.deepEqual(await rulesBeside(page, 'ws_admin.first_name'), ['FIRST-PREFIX']);
    await page.getByLabel('Last name', { exact: true }).fill('Doe');
    assert.deepEqual(await rulesBeside(page, 'ws_admin.last_name'), ['LAST-ADMIN']);

    const email = page.getByLabel('E-mail', { exact: true });
    if (edition === 'professional') {
      assert.equal(await email.inputValue(), 'john.smith@acme.com');
      await email.fill('it-team@acme.com');
      assert.deepEqual(await rulesBeside(page, 'ws_admin.email'), ['EMAIL-ADMIN']);
      await page.getByLabel('Travel User').uncheck();
      assert.deepEqual(await rulesBeside(page, 'ws_admin.permissions'), ['PERM-ACCESS']);
    } else {
      await email.fill('john.smith@acme');
      assert.deepEqual(await rulesBeside(page, 'ws_admin.email'), ['EMAIL-FORMAT']);
      await page.getByLabel('Can Administer').uncheck();
      assert.deepEqual(await rulesBeside(page, 'ws_admin.permissions'), ['PERM-ADMIN']);
    }
    assert.match(await summary(page), /4 errors/);

    // Reloading restores the draft exactly as it was left, findings included.
    await page.reload();
    await appStarted(page);
    assert.equal(await page.getByLabel('First name', { exact: true }).inputValue(), 'John');
    assert.equal(await page.getByLabel('Last name', { exact: true }).inputValue(), 'Doe');
    assert.equal(await page.getByLabel('Known real users (optional)').inputValue(), 'jane.doe@acme.com\nbob@acme.com');
    assert.equal(await page.getByLabel(edition === 'professional' ? 'Professional Edition' : 'Standard Edition').isChecked(), true);
    assert.match(await summary(page), /4 errors/);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('broken imports name the problem and leave the draft untouched', async () => {
  const { context, page } = await openApp(env);
  await fillStarter(page, 'standard');
  const before = await page.getByLabel('Partner app name').inputValue();
  const notJson = join(scratch, 'notes.json');
  writeFileSync(notJson, '{\n  "edition": "standard",\n  oops\n}');
  const binary = join(scratch, 'photo.json');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
  const future = join(scratch, 'future.json');
  writeFileSync(future, JSON.stringify({ schema: 'wsadmin-prep/profile@7', edition: 'standard' }));
  const huge = join(scratch, 'huge.json');
  const fd = openSync(huge, 'w');
  ftruncateSync(fd, 50 * 1000 * 1000);
  closeSync(fd);
  const cases = [
    [notJson, /"notes\.json" is not a profile file: line 3, column 3/],
    [binary, /"photo\.json" is not a profile file: line 1, column 1/],
    [future, /unknown schema "wsadmin-prep\/profile@7"/],
    [huge, /"huge\.json" is 50\.0 MB/],
  ];
  for (const [file, expected] of cases) {
    await page.locator('#import-file').setInputFiles(file);
    const alert = page.locator('.alert.problem');
    await alert.waitFor();
    assert.match(await alert.textContent(), expected);
    assert.match(await alert.textContent(), /Your open draft is unchanged|cannot be one/);
    assert.equal(await page.getByLabel('Partner app name').inputValue(), before);
    assert.equal(await page.locator('#draft-select option').count(), 1);
  }
  // A good file opens as a draft of its own; the typed one is still there.
  const good = join(scratch, 'tripit.json');
  writeFileSync(good, JSON.stringify({ edition: 'professional', app_name: 'TripIt', data_access: ['travel'] }));
  await page.locator('#import-file').setInputFiles(good);
  await page.locator('.alert.done').waitFor();
  assert.equal(await page.getByLabel('Partner app name').inputValue(), 'TripIt');
  assert.equal(await page.locator('#draft-select option').count(), 2);
  await page.locator('#draft-select').selectOption({ label: 'App Provider · acme.com' });
  assert.equal(await page.getByLabel('Partner app name').inputValue(), 'App Provider');
  await context.close();
});

test('a profile file dropped on the page opens as a draft', async () => {
  const { context, page } = await openApp(env);
  await page.getByLabel('Partner app name').fill('Typed first');
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    const body = JSON.stringify({ edition: 'standard', app_name: 'Dropped', data_access: ['expense'] });
    transfer.items.add(new File([body], 'dropped.json', { type: 'application/json' }));
    const main = document.querySelector('main');
    main.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    main.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await page.locator('.alert.done').waitFor();
  assert.equal(await page.getByLabel('Partner app name').inputValue(), 'Dropped');
  await page.locator('#draft-select').selectOption({ label: 'Typed first' });
  assert.equal(await page.getByLabel('Partner app name').inputValue(), 'Typed first');
  await context.close();
});

test('export downloads the profile file, and deleting a draft asks first', async () => {
  const { context, page } = await openApp(env);
  await fillStarter(page, 'professional');
  await page.getByRole('button', { name: 'Fill suggestions' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^wsadmin-AppProvider-\d{4}-\d{2}-\d{2}-profile\.json$/);
  const path = await download.path();
  const exported = JSON.parse((await import('node:fs')).readFileSync(path, 'utf8'));
  assert.equal(exported.schema, 'wsadmin-prep/profile@1');
  assert.equal(exported.ws_admin.login_id, 'WSAdmin-AppProvider@acme.com');
  assert.deepEqual(exported.known_users, ['jane.doe@acme.com', 'bob@acme.com']);

  page.once('dialog', (dialog) => dialog.dismiss());
  await page.getByRole('button', { name: 'Delete draft' }).click();
  assert.equal(await page.getByLabel('Partner app name').inputValue(), 'App Provider');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Delete draft' }).click();
  assert.equal(await page.getByLabel('Partner app name').inputValue(), '');
  await context.close();
});

test('damaged saved drafts are set aside, not overwritten', async () => {
  const { context, page } = await openApp(env);
  const damaged = '{"schema": "wsadmin-prep/drafts@1", "drafts": [';
  await page.evaluate((text) => localStorage.setItem('wsadmin-prep/drafts', text), damaged);
  await page.reload();
  const alert = page.locator('.alert.problem');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not be opened/);
  const aside = await page.evaluate(() => Object.keys(localStorage)
    .filter((key) => key.startsWith('wsadmin-prep/set-aside/'))
    .map((key) => localStorage.getItem(key)));
  assert.deepEqual(aside, [damaged]);
  await context.close();
});

test('axe finds no accessibility violation: empty, filled, checklist, handoff', async () => {
  const { context, page } = await openApp(env);
  assert.deepEqual(await axeViolations(page), []);
  await fillStarter(page, 'professional');
  await page.getByRole('button', { name: 'Fill suggestions' }).click();
  await page.getByLabel('First name', { exact: true }).fill('John');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  await page.locator('[data-step="dedicated-profile"] input[type=checkbox]').first().check();
  await page.getByRole('button', { name: 'Share as a link' }).click();
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  await page.getByLabel('WS Admin password').fill('password1');
  await page.locator('#password-findings [data-rule]').first().waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('the builder works from the keyboard alone', async () => {
  const { context, page } = await openApp(env);
  await page.getByLabel('Partner app name').focus();
  await page.keyboard.type('Expensify');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Acme Corp');
  await page.keyboard.press('Tab');
  await page.keyboard.type('acme.com');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  assert.equal(await page.getByLabel('Expense', { exact: true }).isChecked(), true);
  await page.getByRole('button', { name: 'Fill suggestions' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.getByLabel('Can Submit Expense Reports').isChecked(), true);
  await context.close();
});
