// Checks a copy of the app against this checkout's build: fetches (or reads) every file
// listed in dist/build-manifest.json from the copy and prints any whose SHA-256 differs.
// Usage: node scripts/verify-copy.mjs URL-or-DIRECTORY   (run scripts/build first)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

const where = process.argv[2];
if (!where) {
  console.error('usage: node scripts/verify-copy.mjs URL-or-DIRECTORY');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(new URL('../dist/build-manifest.json', import.meta.url), 'utf8'));
const remote = /^https?:\/\//.test(where);
let differ = 0;
for (const [path, expected] of Object.entries(manifest.sha256)) {
  let body;
  try {
    if (remote) {
      const response = await fetch(new URL(path, where.endsWith('/') ? where : `${where}/`));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      body = Buffer.from(await response.arrayBuffer());
    } else {
      body = readFileSync(join(where, path));
    }
  } catch (error) {
    console.log(`missing  ${path} (${error.message})`);
    differ += 1;
    continue;
  }
  const found = createHash('sha256').update(body).digest('hex');
  if (found !== expected) {
    console.log(`differs  ${path}`);
    differ += 1;
  }
}
console.log(differ === 0
  ? `every file matches build ${manifest.build} of commit ${manifest.commit}`
  : `${differ} of ${Object.keys(manifest.sha256).length} files do not match build ${manifest.build}`);
process.exit(differ === 0 ? 0 : 1);
