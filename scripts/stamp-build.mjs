// Stamps a built bundle: writes each file's SHA-256 into the service worker's precache list
// and into build-manifest.json, with the commit it was built from, and prints the build's
// digest. Usage: node scripts/stamp-build.mjs DIR
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';

const dir = process.argv[2];
// The worker script itself is not precached (the browser keeps it), nor is the manifest of
// hashes, which describes the others. The single-file edition is a download, not part of the
// served app, so it is hashed but not precached.
const SKIP = new Set(['sw.js', 'build-manifest.json']);
const NOT_PRECACHED = new Set(['wsadmin-prep.html']);

function walk(at, out) {
  for (const name of readdirSync(at).sort()) {
    const path = join(at, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(relative(dir, path).split(sep).join('/'));
  }
  return out;
}

const files = {};
for (const path of walk(dir, [])) {
  if (SKIP.has(path) || path.endsWith('.br') || path.endsWith('.gz')) continue;
  files[path] = createHash('sha256').update(readFileSync(join(dir, path))).digest('base64');
}
const build = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 16);

const precache = Object.fromEntries(Object.entries(files)
  .filter(([path]) => !NOT_PRECACHED.has(path))
  .map(([path, hash]) => [path, `sha256-${hash}`]));
const sw = join(dir, 'sw.js');
writeFileSync(sw, readFileSync(sw, 'utf8')
  .replace("'__BUILD__'", JSON.stringify(build))
  .replace('__FILES__', JSON.stringify(precache, null, 2)));
files['sw.js'] = createHash('sha256').update(readFileSync(sw)).digest('base64');

let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  if (execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim()) commit += '+changes';
} catch {
  // Not a git checkout: the manifest says so.
}
const hex = Object.fromEntries(Object.entries(files).sort()
  .map(([path, hash]) => [path, Buffer.from(hash, 'base64').toString('hex')]));
writeFileSync(join(dir, 'build-manifest.json'), `${JSON.stringify({ build, commit, sha256: hex }, null, 2)}\n`);
console.log(`build ${build} of commit ${commit}: ${Object.keys(hex).length} files, hashes in build-manifest.json`);
