// Handoff packets between wsadmin-prep's CLI and npm's age-encryption (typage), both ways,
// in recipient and passphrase mode. No browser: typage runs in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as age from 'age-encryption';
import { cli } from './harness.mjs';

const PASSWORD = 'vR7#q2Lm!x9Tz@4Wk';
const PASSPHRASE = 'quartz vivid ember lantern oxygen tundra';
const PROFILE = 'docs/examples/expensify-standard.json';
const scratch = mkdtempSync(join(tmpdir(), 'wsadmin-prep-interop-'));

test('typage opens a packet the CLI sealed to its key', async () => {
  const identity = await age.generateX25519Identity();
  const recipient = await age.identityToRecipient(identity);
  const armored = cli(['seal', PROFILE, '--password-stdin', '--activated', '--to', recipient], `${PASSWORD}\n`);
  const decrypter = new age.Decrypter();
  decrypter.addIdentity(identity);
  const packet = JSON.parse(await decrypter.decrypt(age.armor.decode(armored), 'text'));
  assert.equal(packet.schema, 'wsadmin-prep/handoff@1');
  assert.equal(packet.password, PASSWORD);
});

test('typage opens a packet the CLI sealed to a passphrase (work factor 18)', async () => {
  const phrase = join(scratch, 'phrase.txt');
  writeFileSync(phrase, PASSPHRASE);
  const armored = cli(['seal', PROFILE, '--password-stdin', '--activated', '--passphrase-file', phrase], `${PASSWORD}\n`);
  const decrypter = new age.Decrypter();
  decrypter.addPassphrase(PASSPHRASE);
  const packet = JSON.parse(await decrypter.decrypt(age.armor.decode(armored), 'text'));
  assert.equal(packet.login_id, 'WSAdmin-Expensify@acme.com');
});

test('the CLI opens packets typage sealed to a key and to a passphrase', async () => {
  const packet = {
    schema: 'wsadmin-prep/handoff@1', created_at: '2026-11-28T10:00:00Z', edition: 'professional',
    app_name: 'TripIt', login_id: 'WSAdmin-TripIt@acme.com', password: PASSWORD, activated: true,
  };
  const identity = await age.generateX25519Identity();
  const toKey = new age.Encrypter();
  toKey.addRecipient(await age.identityToRecipient(identity));
  const keyFile = join(scratch, 'typage.key');
  writeFileSync(keyFile, `${identity}\n`);
  const sealedToKey = join(scratch, 'to-key.age');
  writeFileSync(sealedToKey, age.armor.encode(await toKey.encrypt(JSON.stringify(packet))));
  const opened = JSON.parse(cli(['open', sealedToKey, '--identity', keyFile, '--format', 'json']));
  assert.equal(opened.password, PASSWORD);
  assert.equal(opened.app_name, 'TripIt');

  const toPhrase = new age.Encrypter();
  toPhrase.setPassphrase(PASSPHRASE);
  toPhrase.setScryptWorkFactor(18);
  const sealedToPhrase = join(scratch, 'to-phrase.age');
  writeFileSync(sealedToPhrase, await toPhrase.encrypt(JSON.stringify(packet)));
  const phrase = join(scratch, 'phrase2.txt');
  writeFileSync(phrase, PASSPHRASE);
  const text = cli(['open', sealedToPhrase, '--passphrase-file', phrase]);
  assert.match(text, /WSAdmin-TripIt@acme\.com/);
  assert.match(text, /Activated\s+yes/);
});

test('token packets: typage opens what seal-token sealed, and the CLI opens what typage sealed', async () => {
  const identity = await age.generateX25519Identity();
  const recipient = await age.identityToRecipient(identity);
  const generated = new Date(Date.now() - 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  const armored = cli([
    'seal-token', '--app-name', 'Expensify, Inc.', '--app-id', '0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c',
    '--company-uuid', 'a1b2c3d4-5e6f-4a0b-8c9d-0e1f2a3b4c5d', '--generated-at', generated,
    '--data-center', 'emea', '--token-stdin', '--to', recipient,
  ], 'Zq8xK2mP4vR7tY1\n');
  const decrypter = new age.Decrypter();
  decrypter.addIdentity(identity);
  const packet = JSON.parse(await decrypter.decrypt(age.armor.decode(armored), 'text'));
  assert.equal(packet.schema, 'wsadmin-prep/token-handoff@1');
  assert.equal(packet.request_token, 'Zq8xK2mP4vR7tY1');
  assert.equal(packet.generated_at, generated);
  assert.equal(Date.parse(packet.expires_at) - Date.parse(generated), 24 * 3600 * 1000);

  // Back the other way, to a passphrase, with a token that has about 23 hours left.
  const toPhrase = new age.Encrypter();
  toPhrase.setPassphrase(PASSPHRASE);
  toPhrase.setScryptWorkFactor(18);
  const sealed = join(scratch, 'token.age');
  writeFileSync(sealed, await toPhrase.encrypt(JSON.stringify(packet)));
  const phrase = join(scratch, 'phrase3.txt');
  writeFileSync(phrase, PASSPHRASE);
  const opened = JSON.parse(cli(['open', sealed, '--passphrase-file', phrase, '--format', 'json']));
  assert.equal(opened.expired, false);
  assert.ok(opened.seconds_left > 22 * 3600 && opened.seconds_left <= 23 * 3600, `${opened.seconds_left}`);
  assert.equal(opened.company_uuid, 'a1b2c3d4-5e6f-4a0b-8c9d-0e1f2a3b4c5d');
});
