// The credential handoff in the browser: a strong password checked in the worker, a packet
// sealed to a key generated on the provider's side, downloaded, opened again, and nothing
// secret left in local storage, session storage or IndexedDB.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import * as age from 'age-encryption';
import * as cctv from 'cctv-age';
import { start, openApp, cli, fillContext, appStarted, sealToAFreshKey } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const scratch = mkdtempSync(join(tmpdir(), 'wsadmin-prep-handoff-'));
const STRONG = 'vR7#q2Lm!x9Tz@4Wk';

async function fillProfile(page) {
  await fillContext(page, { fillSuggestions: true });
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
}

async function storedEverywhere(page) {
  return page.evaluate(async () => {
    const dump = [JSON.stringify(localStorage), JSON.stringify(sessionStorage)];
    for (const { name } of await indexedDB.databases()) dump.push(`indexeddb:${name}`);
    return dump.join('\n');
  });
}

/** Runs Debian's `age` under a pseudo-terminal (util-linux `script`) to type a passphrase. */
function ageWithTty(args, passphrase) {
  return new Promise((done, fail) => {
    const child = spawn('script', ['-qec', `age ${args}`, '/dev/null'], { stdio: ['pipe', 'ignore', 'ignore'] });
    setTimeout(() => child.stdin.write(`${passphrase}\n`), 500);
    setTimeout(() => child.stdin.end(`${passphrase}\n`), 1000);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`age exited ${code}`))));
  });
}

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('a weak or personal password is named by its rules, in the worker', async () => {
  const { context, page } = await openApp(env);
  await fillProfile(page);
  await page.getByLabel('WS Admin password').fill('Expensify2026');
  await page.locator('#password-findings [data-rule="PASSWORD-PERSONAL"]').waitFor();
  const rules = await page.locator('#password-findings [data-rule]').evaluateAll((items) => items.map((i) => i.dataset.rule));
  assert.deepEqual(rules, ['PASSWORD-WEAK', 'PASSWORD-PERSONAL']);
  assert.match(await page.locator('#strength').textContent(), /Strength [0-2] of 4/);
  assert.equal(await page.getByRole('button', { name: 'Seal packet' }).isDisabled(), true);
  // A 100 000-character paste is capped, not frozen on.
  await page.getByLabel('WS Admin password').fill('x'.repeat(100000));
  assert.equal((await page.getByLabel('WS Admin password').inputValue()).length, 255);
  await context.close();
});

test('seal to a generated key, download, open on the provider side, and store nothing', async () => {
  const { context, page, errors } = await openApp(env);
  await fillProfile(page);

  // The provider makes a key; its file downloads.
  const key = await download(page, () => page.getByRole('button', { name: 'Generate a key and download it' }).click());
  assert.match(key.name, /^wsadmin-Expensify-\d{4}-\d{2}-\d{2}-provider\.key$/);
  assert.match(key.text, /^# created: .*\n# public key: age1[0-9a-z]+\nAGE-SECRET-KEY-1[0-9A-Z]+\n$/);
  const publicKey = await page.getByLabel('Your public key').inputValue();

  // The admin generates a password, and seals to that key.
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await page.waitForFunction(() => document.getElementById('password').value.length === 20);
  await page.locator('#strength').getByText(/Strength [34] of 4/).waitFor();
  await page.getByLabel("Provider's public key", { exact: true }).fill(publicKey);
  await page.getByLabel(/I confirmed this key with the provider/).check();
  await page.getByLabel(/I have logged in once/).check();
  await page.getByRole('button', { name: 'Seal packet' }).click();
  await page.getByText(/Checked: sealed to age1/).waitFor();
  const password = await page.getByLabel('WS Admin password').inputValue();
  const packet = await download(page, () => page.getByRole('button', { name: 'Download .age' }).click());
  assert.match(packet.name, /^wsadmin-Expensify-\d{4}-\d{2}-\d{2}-handoff\.age$/);
  assert.match(packet.text, /^-----BEGIN AGE ENCRYPTED FILE-----/);
  assert.ok(!packet.text.includes(password));

  // The standard age CLI opens it with the downloaded key.
  const keyFile = join(scratch, 'provider.key');
  writeFileSync(keyFile, key.text);
  const packetFile = join(scratch, 'handoff.age');
  writeFileSync(packetFile, packet.text);
  const opened = JSON.parse(execFileSync('age', ['-d', '-i', keyFile, packetFile], { encoding: 'utf8' }));
  assert.equal(opened.password, password);
  assert.equal(opened.activated, true);

  // The provider's side opens it too, masked until revealed.
  await page.locator('#packet-file').setInputFiles(packetFile);
  await page.locator('#identity-file').setInputFiles(keyFile);
  await page.getByRole('button', { name: 'Open packet' }).click();
  await page.locator('.opened').waitFor();
  assert.doesNotMatch(await page.locator('#opened-password').textContent(), new RegExp(password.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await page.getByRole('button', { name: 'Reveal' }).click();
  assert.equal(await page.locator('#opened-password').textContent(), password);

  // Nothing secret is at rest.
  const stored = await storedEverywhere(page);
  for (const secret of [password, 'AGE-SECRET-KEY-1']) {
    assert.ok(!stored.includes(secret), `storage holds ${secret.slice(0, 16)}…`);
  }
  assert.ok(!stored.includes('indexeddb:'), stored);

  // Clear secrets empties the page.
  await page.getByRole('button', { name: 'Clear secrets' }).click();
  assert.equal(await page.getByLabel('WS Admin password').inputValue(), '');
  assert.equal(await page.locator('.opened').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a passphrase packet opens with the passphrase, and wrong keys are named', async () => {
  const { context, page } = await openApp(env);
  await fillProfile(page);
  await page.getByLabel('WS Admin password').fill(STRONG);
  await page.getByLabel(/A passphrase you tell them/).check();
  await page.getByLabel('Passphrase', { exact: true }).fill('quartz vivid ember lantern oxygen tundra');
  await page.getByLabel('Passphrase again').fill('quartz vivid ember lantern oxygen tundra');
  await page.getByLabel(/I have logged in once/).check();
  await page.locator('#strength').getByText(/Strength [34] of 4/).waitFor();
  await page.getByRole('button', { name: 'Seal packet' }).click();
  await page.getByText('Checked: opened again with the passphrase').waitFor({ timeout: 60000 });
  const armored = await page.locator('#sealed-packet').inputValue();

  // Debian's age CLI opens it, the passphrase typed at its prompt through a pty.
  const sealedFile = join(scratch, 'phrase.age');
  writeFileSync(sealedFile, armored);
  const openedFile = join(scratch, 'phrase.json');
  await ageWithTty(`-d -o ${openedFile} ${sealedFile}`, 'quartz vivid ember lantern oxygen tundra');
  assert.equal(JSON.parse(readFileSync(openedFile, 'utf8')).password, STRONG);

  // typage opens it (work factor 18).
  const decrypter = new age.Decrypter();
  decrypter.addPassphrase('quartz vivid ember lantern oxygen tundra');
  const packet = JSON.parse(await decrypter.decrypt(age.armor.decode(armored), 'text'));
  assert.equal(packet.password, STRONG);

  // The provider's side: a wrong passphrase, then a tampered packet, then the right one.
  await page.getByLabel('Packet (paste it, or choose the .age file)').fill(armored);
  await page.getByLabel('Or the passphrase').fill('wrong passphrase');
  await page.getByRole('button', { name: 'Open packet' }).click();
  await page.getByText(/the passphrase does not open this packet/).waitFor({ timeout: 60000 });
  const lines = armored.trim().split('\n');
  lines.splice(1, 1);
  await page.getByLabel('Packet (paste it, or choose the .age file)').fill(lines.join('\n'));
  await page.getByLabel('Or the passphrase').fill('quartz vivid ember lantern oxygen tundra');
  await page.getByRole('button', { name: 'Open packet' }).click();
  await page.locator('.side .alert.problem').last().waitFor();
  assert.match(await page.locator('.side .alert.problem').last().textContent(), /not an age-sealed packet|cut short or altered/);
  await page.getByLabel('Packet (paste it, or choose the .age file)').fill(armored);
  await page.getByRole('button', { name: 'Open packet' }).click();
  await page.locator('.opened').waitFor({ timeout: 60000 });
  await context.close();
});

test('packets made by the CLI open in the browser', async () => {
  const { context, page } = await openApp(env);
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  const key = await download(page, () => page.getByRole('button', { name: 'Generate a key and download it' }).click());
  const publicKey = await page.getByLabel('Your public key').inputValue();
  const armored = cli(['seal', 'docs/examples/expensify-standard.json', '--password-stdin', '--activated', '--to', publicKey], `${STRONG}\n`);
  const keyFile = join(scratch, 'browser.key');
  writeFileSync(keyFile, key.text);
  await page.getByLabel('Packet (paste it, or choose the .age file)').fill(armored);
  await page.locator('#identity-file').setInputFiles(keyFile);
  await page.getByRole('button', { name: 'Open packet' }).click();
  await page.locator('.opened').waitFor();
  await page.getByRole('button', { name: 'Reveal' }).click();
  assert.equal(await page.locator('#opened-password').textContent(), STRONG);
  await context.close();
});

test('a provider\'s link pre-fills the key to seal to', async () => {
  const { context, page } = await openApp(env);
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  await page.getByRole('button', { name: 'Generate a key and download it' }).click();
  const link = await page.locator('#recipient-link').textContent();
  const publicKey = await page.getByLabel('Your public key').inputValue();
  assert.equal(link, `${env.origin}/#recipient=${publicKey}`);
  await context.close();

  const fingerprint = publicKey.slice(-26, -6).match(/.{4}/g).join(' ');
  const client = await openApp(env);
  await fillProfile(client.page);
  await client.page.goto(link);
  const page2 = client.page;
  await page2.getByLabel("Provider's public key", { exact: true }).waitFor();
  assert.equal(await page2.getByLabel("Provider's public key", { exact: true }).inputValue(), publicKey);
  // A key from a link shows its fingerprint and must be confirmed before sealing.
  assert.equal(await page2.locator('#recipient-fingerprint code').textContent(), fingerprint);
  await page2.getByLabel('WS Admin password').fill(STRONG);
  await page2.locator('#strength').getByText(/Strength [34] of 4/).waitFor();
  await page2.getByLabel(/I have logged in once/).check();
  assert.equal(await page2.getByRole('button', { name: 'Seal packet' }).isDisabled(), true);
  assert.match(await page2.locator('#seal-blockers').textContent(), /Confirm the provider's key/);
  await page2.getByLabel(/I confirmed this key with the provider/).check();
  await page2.getByRole('button', { name: 'Seal packet' }).click();
  await page2.getByText(/Checked: sealed to age1/).waitFor();
  await client.context.close();
});

test('a weak passphrase is refused, and a generated one seals', async () => {
  const { context, page } = await openApp(env);
  await fillProfile(page);
  await page.getByLabel('WS Admin password').fill(STRONG);
  await page.getByLabel(/I have logged in once/).check();
  await page.getByLabel(/A passphrase you tell them/).check();
  await page.getByLabel('Passphrase', { exact: true }).fill('aaaaaaaaaaaa');
  await page.getByLabel('Passphrase again').fill('aaaaaaaaaaaa');
  await page.locator('#passphrase-findings [data-rule="PASSPHRASE-WEAK"]').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Seal packet' }).isDisabled(), true);
  // Separators, the profile's own words and famous phrases do not get past the floor.
  for (const [weak, rule] of [
    ['a-b-c-d-e-f-g-h', 'PASSPHRASE-WEAK'],
    ['expensify john smith acme', 'PASSPHRASE-PERSONAL'],
    ['correct horse battery staple', 'PASSPHRASE-KNOWN'],
  ]) {
    await page.getByLabel('Passphrase', { exact: true }).fill(weak);
    await page.getByLabel('Passphrase again').fill(weak);
    await page.locator(`#passphrase-findings [data-rule="${rule}"]`).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Seal packet' }).isDisabled(), true, weak);
  }
  await page.getByRole('button', { name: 'Generate a passphrase' }).click();
  await page.waitForFunction(() => document.getElementById('passphrase').value.split('-').length >= 6);
  assert.equal(await page.getByLabel('Passphrase again').inputValue(), await page.getByLabel('Passphrase', { exact: true }).inputValue());
  await page.locator('#passphrase-findings').waitFor({ state: 'attached' });
  assert.equal(await page.locator('#passphrase-findings [data-rule]').count(), 0);
  await page.getByRole('button', { name: 'Seal packet' }).click();
  await page.getByText('Checked: opened again with the passphrase').waitFor({ timeout: 60000 });
  await context.close();
});

test('packets made by the age CLI and by typage open in the browser', async () => {
  const { context, page } = await openApp(env);
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  const key = await download(page, () => page.getByRole('button', { name: 'Generate a key and download it' }).click());
  const publicKey = await page.getByLabel('Your public key').inputValue();
  const keyFile = join(scratch, 'browser-for-age.key');
  writeFileSync(keyFile, key.text);
  const packet = {
    schema: 'wsadmin-prep/handoff@1', created_at: '2026-11-28T10:00:00Z', edition: 'standard',
    app_name: 'Expensify', login_id: 'WSAdmin-Expensify@acme.com', password: STRONG, activated: false,
  };
  const plain = join(scratch, 'packet.json');
  writeFileSync(plain, JSON.stringify(packet));
  const byAge = execFileSync('age', ['-a', '-r', publicKey, plain], { encoding: 'utf8' });
  const encrypter = new age.Encrypter();
  encrypter.addRecipient(publicKey);
  const byTypage = age.armor.encode(await encrypter.encrypt(JSON.stringify({ ...packet, app_name: 'TripIt' })));
  await page.locator('#identity-file').setInputFiles(keyFile);
  for (const [armored, app] of [[byAge, 'Expensify'], [byTypage, 'TripIt']]) {
    await page.getByLabel('Packet (paste it, or choose the .age file)').fill(armored);
    await page.getByRole('button', { name: 'Open packet' }).click();
    await page.locator('.opened').getByText(app, { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Reveal' }).click();
    assert.equal(await page.locator('#opened-password').textContent(), STRONG);
    await page.getByRole('button', { name: 'Hide' }).last().click();
  }
  await context.close();
});

test('an empty profile cannot be sealed, however strong the password', async () => {
  const { context, page } = await openApp(env);
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  await page.getByLabel('WS Admin password').fill(STRONG);
  await page.locator('#strength').getByText(/Strength [34] of 4/).waitFor();
  const note = await page.locator('.gate-note').textContent();
  assert.match(note, /The profile has \d+ errors; sealing waits until they are fixed/);
  assert.doesNotMatch(note, /\(s\)/, 'a count is written out, never "error(s)"');
  assert.equal(await page.getByRole('button', { name: 'Seal packet' }).isDisabled(), true);
  await context.close();
});

test('a packet pasted with whitespace around its armor opens as it does in the CLI (CCTV armor_whitespace_outside)', async () => {
  const vector = Buffer.from(cctv.armor_whitespace_outside);
  const headerEnd = vector.indexOf('\n\n');
  const identity = /^identity: (.*)$/m.exec(vector.subarray(0, headerEnd).toString())[1];
  const armored = vector.subarray(headerEnd + 2).toString();
  assert.match(armored, /^\s+-----BEGIN AGE ENCRYPTED FILE-----/);
  const keyFile = join(scratch, 'cctv.key');
  writeFileSync(keyFile, `${identity}\n`);
  const packetFile = join(scratch, 'cctv.age');
  writeFileSync(packetFile, armored);

  // The CLI opens it (its content is age's test payload, not a handoff packet).
  let cliMessage = '';
  try {
    cli(['open', packetFile, '--identity', keyFile]);
  } catch (error) {
    cliMessage = String(error.stderr);
  }
  assert.match(cliMessage, /the packet opened, but its content is not a handoff packet/);

  const { context, page } = await openApp(env);
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  await page.locator('#identity-file').setInputFiles(keyFile);
  await page.getByLabel('Packet (paste it, or choose the .age file)').fill(armored);
  await page.getByRole('button', { name: 'Open packet' }).click();
  const problem = page.locator('.side .alert.problem').last();
  await problem.waitFor();
  assert.match(await problem.textContent(), /the packet opened, but its content is not a handoff packet/);
  await context.close();
});

test('Clear secrets empties the clipboard the page wrote a password to', async () => {
  const { context, page } = await openApp(env, { permissions: ['clipboard-read', 'clipboard-write'] });
  await fillProfile(page);
  await page.getByLabel('WS Admin password').fill(STRONG);
  await page.getByRole('button', { name: 'Copy', exact: true }).first().click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), STRONG);
  await page.getByRole('button', { name: 'Clear secrets' }).click();
  await page.waitForFunction(async () => (await navigator.clipboard.readText()) === '');
  assert.equal(await page.getByLabel('WS Admin password').inputValue(), '');
  await context.close();
});

test('a worker that cannot start answers with a message instead of leaving the page waiting', async () => {
  // Without the service worker, which would answer from its cache what the route blocks.
  const { context, page } = await openApp(env, { serviceWorkers: 'block' });
  await page.route('**/worker_wasm_bg.wasm', (route) => route.abort());
  await fillProfile(page);
  await page.getByLabel('WS Admin password').fill(STRONG);
  const problem = page.locator('.side .alert.problem').first();
  await problem.waitFor({ timeout: 15000 });
  assert.match(await problem.textContent(), /the worker could not start/);
  await context.close();
});

test('a link base planted by another page never reaches a provider\'s link, and is named before a checklist link is copied', async () => {
  const { context, page } = await openApp(env);
  // Another page on the same origin writes the address links start with.
  const other = await context.newPage();
  await other.goto(`${env.origin}/another-app/`);
  await other.evaluate(() => localStorage.setItem('wsadmin-prep/link-base', 'https://evil.example/wsadmin-prep/'));
  await other.close();
  await page.reload();
  await appStarted(page);
  await fillProfile(page);

  // The provider's key link starts at the page itself.
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  await page.getByRole('button', { name: 'Generate a key and download it' }).click();
  const publicKey = await page.getByLabel('Your public key').inputValue();
  const link = await page.locator('#recipient-link').textContent();
  assert.equal(link, `${env.origin}/#recipient=${publicKey}`);

  // A checklist link that would open evil.example says so, and is not copied unasked.
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  await page.getByRole('button', { name: 'Share as a link' }).click();
  assert.match(await page.locator('#share-link').inputValue(), /^https:\/\/evil\.example\//);
  assert.match(await page.locator('#share-host').textContent(), /evil\.example/);
  assert.equal(await page.getByRole('button', { name: 'Copy link' }).isDisabled(), true);
  await page.getByLabel(/evil\.example is where my company hosts wsadmin-prep/).check();
  assert.equal(await page.getByRole('button', { name: 'Copy link' }).isDisabled(), false);
  // Back at the page's own address, nothing is asked.
  await page.getByLabel('Address of wsadmin-prep the link opens').fill(`${env.origin}/`);
  assert.equal(await page.locator('#share-host').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Copy link' }).isDisabled(), false);
  await context.close();
});

test('a key the admin typed is never replaced by a link opened later', async () => {
  const { context, page } = await openApp(env);
  await fillProfile(page);
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  const typed = 'age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq';
  await page.getByLabel("Provider's public key", { exact: true }).fill(typed);
  // Any key, typed or pasted, waits for its fingerprint to be confirmed.
  assert.match(await page.locator('#seal-blockers').textContent(), /Confirm the provider's key/);
  await page.getByLabel(/I confirmed this key with the provider/).check();
  const planted = 'age16yvzksu2dzgxjnm7qcywqj6nlkqpnuugm2ptcr7p8dgct7rrkdcqk775dl';
  await page.evaluate((key) => { location.hash = `recipient=${key}`; }, planted);
  await page.locator('#offered-key').waitFor();
  assert.equal(await page.getByLabel("Provider's public key", { exact: true }).inputValue(), typed);
  assert.equal(await page.getByLabel(/I confirmed this key with the provider/).isChecked(), true);
  await page.getByRole('button', { name: 'Keep my key' }).click();
  assert.equal(await page.locator('#offered-key').count(), 0);
  assert.equal(await page.getByLabel("Provider's public key", { exact: true }).inputValue(), typed);
  await context.close();
});

test('no secret field invites the browser\'s password manager to save it', async () => {
  const { context, page } = await openApp(env);
  await fillProfile(page);
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  await page.getByLabel(/A passphrase you tell them/).check();
  // The WS Admin password is another account's: a manager would file it under this site.
  for (const id of ['password', 'passphrase', 'passphrase-confirm', 'open-passphrase']) {
    const field = page.locator(`#${id}`);
    assert.equal(await field.getAttribute('autocomplete'), 'off', id);
    for (const ignore of ['data-1p-ignore', 'data-lpignore', 'data-bwignore']) {
      assert.equal(await field.getAttribute(ignore), 'true', `${id} ${ignore}`);
    }
  }
  await context.close();
});

test('a password check sent while a passphrase packet opens is still answered', async () => {
  const phraseFile = join(scratch, 'idle.txt');
  writeFileSync(phraseFile, 'quartz vivid ember lantern oxygen tundra\n');
  const armored = cli(['seal', 'docs/examples/expensify-standard.json', '--password-stdin', '--activated',
    '--passphrase-file', phraseFile], `${STRONG}\n`);
  const { context, page } = await openApp(env);
  await fillProfile(page);
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  await page.getByLabel('Packet (paste it, or choose the .age file)').fill(armored);
  await page.getByLabel('Or the passphrase').fill('quartz vivid ember lantern oxygen tundra');
  await page.getByRole('button', { name: 'Open packet' }).click();
  // scrypt holds the worker for a second or more: this check waits behind it.
  await page.getByLabel('WS Admin password').fill(STRONG);
  await page.locator('.opened').waitFor({ timeout: 60000 });
  // The worker hands its memory back only once the check is answered too.
  await page.locator('#strength').getByText(/Strength [34] of 4/).waitFor({ timeout: 20000 });
  // Pasting another packet takes the opened one off the screen.
  await page.getByLabel('Packet (paste it, or choose the .age file)').fill(`${armored}\n`);
  assert.equal(await page.locator('.opened').count(), 0);
  await context.close();
});

test('secrets survive moving between views, belong to their draft, and leaving asks first', async () => {
  const { context, page } = await openApp(env);
  await fillProfile(page);
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await page.waitForFunction(() => document.getElementById('password').value.length === 20);
  const password = await page.getByLabel('WS Admin password').inputValue();
  const publicKey = await sealToAFreshKey(page);

  // To the checklist to tick "Create the WS Admin user", and back: nothing is lost.
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  await page.locator('[data-step="create-user"]').waitFor();
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  assert.equal(await page.getByLabel('WS Admin password').inputValue(), password);
  assert.equal(await page.getByLabel("Provider's public key", { exact: true }).inputValue(), publicKey);
  assert.equal(await page.getByLabel('Your public key').inputValue(), publicKey);
  await page.getByText(/Checked: sealed to age1/).waitFor();

  // Another draft never shows them; coming back shows them again.
  await page.getByRole('button', { name: 'New profile' }).click();
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  assert.equal(await page.getByLabel('WS Admin password').inputValue(), '');
  assert.equal(await page.getByLabel("Provider's public key", { exact: true }).inputValue(), '');
  await page.locator('#draft-select').selectOption({ index: 0 });
  await page.getByRole('button', { name: 'Handoff', exact: true }).click();
  assert.equal(await page.getByLabel('WS Admin password').inputValue(), password);

  // Nothing of it reached storage.
  const stored = await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage));
  assert.ok(!stored.includes(password), 'the password was stored');

  // The packet was neither downloaded nor copied: closing asks first.
  const asked = [];
  page.on('dialog', async (dialog) => { asked.push(dialog.type()); await dialog.dismiss(); });
  await page.close({ runBeforeUnload: true });
  await new Promise((done) => setTimeout(done, 500));
  assert.deepEqual(asked, ['beforeunload']);
  await context.close();
});
