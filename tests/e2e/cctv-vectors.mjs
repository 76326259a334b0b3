// Writes the C2SP CCTV age test vectors (npm `cctv-age`) as one JSON file for the native
// test `tests/age_vectors.rs`: each vector's name, its header fields, and the age file
// (zlib-inflated where the vector says so) in base64.
// Usage: node tests/e2e/cctv-vectors.mjs OUT.json
import { writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import * as vectors from 'cctv-age';

const out = [];
for (const [name, bytes] of Object.entries(vectors)) {
  const buffer = Buffer.from(bytes);
  const end = buffer.indexOf('\n\n');
  const fields = {};
  const identities = [];
  for (const line of buffer.subarray(0, end).toString('utf8').split('\n')) {
    const at = line.indexOf(': ');
    const [key, value] = [line.slice(0, at), line.slice(at + 2)];
    if (key === 'identity') identities.push(value);
    else fields[key] = value;
  }
  let body = buffer.subarray(end + 2);
  if (fields.compressed === 'zlib') body = inflateSync(body);
  out.push({
    name,
    expect: fields.expect,
    payload: fields.payload ?? null,
    identities,
    passphrase: fields.passphrase ?? null,
    armored: fields.armored === 'yes',
    file: body.toString('base64'),
  });
}
writeFileSync(process.argv[2], JSON.stringify(out));
console.log(`${out.length} vectors`);
