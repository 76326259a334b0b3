// The built files are the same wherever they are built: no path of the machine that built
// them (its cargo registry, its checkout) is inside, so a copy can be checked against a
// build from another machine (scripts/verify-copy.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const checkout = realpathSync(fileURLToPath(new URL('../../', import.meta.url)));
const cargoHome = realpathSync(process.env.CARGO_HOME ?? join(homedir(), '.cargo'));

test('the build holds no path of the machine that built it', () => {
  const built = readdirSync(dist).filter((name) => /\.(wasm|js|html)$/.test(name));
  assert.ok(built.some((name) => name.endsWith('.wasm')), 'run scripts/build first');
  for (const name of built) {
    const text = readFileSync(join(dist, name)).toString('latin1');
    for (const path of [cargoHome, checkout]) {
      assert.equal(text.includes(path), false, `${name} holds ${path}`);
    }
  }
});
