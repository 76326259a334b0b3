// A static file server for dist/, bound to loopback only. It exists so that the app is
// served with the right MIME types (application/wasm) and security headers, the same way
// in development and in the end-to-end tests, without another dependency.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

/**
 * The page's Content-Security-Policy, sent as a header too: `frame-ancestors` only works
 * there, and it keeps the app out of other sites' frames (clickjacking). The same policy
 * is in index.html's meta tag, for hosts that send no header; docs/security.md lists the
 * headers a static host should send.
 */
export const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; "
  + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Serves `root` on 127.0.0.1:`port` (0 picks a free port); resolves to the server. */
export function serve(root, port = 0) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    } catch {
      // A malformed escape (`/%E0%A4%A`) is the client's error, not a reason to stop serving.
      response.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad request\n');
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      // The smallest encoding the browser accepts, of those the build wrote beside the file.
      const accepted = String(request.headers['accept-encoding'] ?? '');
      let body;
      let encoding;
      for (const [name, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
        if (body || !new RegExp(`\\b${name}\\b`).test(accepted)) continue;
        try {
          body = await readFile(file + suffix);
          encoding = name;
        } catch {
          // Not precompressed: try the next, or send the file as it is.
        }
      }
      body ??= await readFile(file);
      const encodingHeaders = encoding ? { 'Content-Encoding': encoding } : {};
      response.writeHead(200, {
        ...encodingHeaders,
        Vary: 'Accept-Encoding',
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Content-Security-Policy': CSP,
        'Cache-Control': 'no-cache',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 8080);
  const server = await serve(root, port);
  console.log(`wsadmin-prep is served at http://127.0.0.1:${server.address().port}/ (Ctrl-C stops it)`);
}
