// The service worker: it keeps every file of one build, so the installed app and an open tab
// work with the network off and ask the network for nothing once installed.
//
// scripts/build writes BUILD (a digest of the whole build) and FILES (each file and its
// SHA-256) into this script, so any change to any file changes this script, which is how the
// browser learns of an update. Each file is fetched with its hash as the request's integrity,
// so a cache never mixes files of two builds. An update installs beside the running version
// and waits: the page asks the person to reload, and only then is it switched on (an open tab
// never loads new worker glue against old wasm).
const BUILD = '__BUILD__';
const FILES = __FILES__;
const CACHE = `wsadmin-prep-${BUILD}`;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(Object.entries(FILES).map(([path, integrity]) => (
      new Request(path, { cache: 'reload', integrity })
    )));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('wsadmin-prep-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// The page sends this when the person agrees to reload into the new version.
self.addEventListener('message', (event) => {
  if (event.data === 'switch-to-new-version') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Every address in the app's scope opens the app; links carry their data in the fragment.
    const cached = request.mode === 'navigate'
      ? await cache.match(new URL('index.html', self.registration.scope))
      : await cache.match(request, { ignoreSearch: true });
    return cached ?? fetch(request);
  })());
});
