// Writes FILE.br (brotli, quality 11) and FILE.gz (gzip -9) beside each text and wasm file
// of a bundle, so that the server sends the smallest encoding the browser accepts without
// compressing on every request. Usage: node scripts/precompress.mjs DIR
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.webmanifest']);

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (COMPRESSIBLE.has(extname(path))) {
      const body = readFileSync(path);
      writeFileSync(`${path}.br`, brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }));
      writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
    }
  }
}
walk(process.argv[2]);
