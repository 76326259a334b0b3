// The service worker: it keeps every file of one build, so the installed app and an open tab
// work with the network off and ask the network for nothing once installed.
//
// scripts/build writes BUILD (a digest of the whole build) and FILES (each file and its
// SHA-256) into this script, so any change to any file changes this script, which is how the
// browser learns of an update. Each file is fetched with its hash as the request's integrity,
// so a cache never mixes files of two builds. An update installs beside the running version
// and waits: the page asks the person to reload, and only then is it switched on (an open tab
// never loads new worker glue against old wasm).
//
// Cache Storage belongs to the whole origin: any page of another app on it can open this
// cache and put a file of its own in place of ours. So nothing is answered from the cache
// unless its SHA-256 is the build's; an altered entry is fetched again, checked by the
// browser against the same hash, and replaced. The cache is named after this worker's scope
// as well as the build, so two copies of the app on one origin (at / and at /app/) never
// delete each other's files.
const BUILD = '__BUILD__';
const FILES = __FILES__;
const SCOPE = self.registration.scope;
const CACHE_PREFIX = `wsadmin-prep ${SCOPE} `;
const CACHE = `${CACHE_PREFIX}${BUILD}`;
// Each precached file's absolute address and its integrity ("sha256-…").
const EXPECTED = new Map(Object.entries(FILES).map(([path, integrity]) => [new URL(path, SCOPE).href, integrity]));
const INDEX = new URL('index.html', SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll([...EXPECTED].map(([url, integrity]) => (
      new Request(url, { cache: 'reload', integrity })
    )));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// The page sends this when the person agrees to reload into the new version.
self.addEventListener('message', (event) => {
  if (event.data === 'switch-to-new-version') self.skipWaiting();
});

function base64(buffer) {
  let binary = '';
  for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

async function isTheBuilds(response, integrity) {
  const digest = await crypto.subtle.digest('SHA-256', await response.arrayBuffer());
  return `sha256-${base64(digest)}` === integrity;
}

/** The build's own copy of a precached file: from the cache if it is intact, else fetched again. */
async function intact(url, integrity) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(url, { ignoreVary: true });
  if (cached && await isTheBuilds(cached.clone(), integrity)) return cached;
  try {
    // The browser refuses a body whose hash is not `integrity`, so what is put is ours.
    const fresh = await fetch(new Request(url, { cache: 'reload', integrity }));
    if (fresh.ok) await cache.put(url, fresh.clone());
    return fresh;
  } catch {
    return new Response(
      'This file of wsadmin-prep was changed on this computer and cannot be fetched again while offline. Reconnect and reload.',
      { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
    );
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  url.search = '';
  url.hash = '';
  // The app's root opens the app (links carry their data in the fragment); any other page
  // under the scope (the single file, a deep path) is the server's to answer.
  const address = request.mode === 'navigate' && url.href === SCOPE ? INDEX : url.href;
  const integrity = EXPECTED.get(address);
  if (!integrity) return;
  event.respondWith(intact(address, integrity));
});
