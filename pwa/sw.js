// The offline service worker. It keeps exactly the files of the build it belongs to, so the
// app opens with no network after the first visit.
//
// - install: fetches every file of this build into a cache named by the build's version and
//   checks each one against the SHA-256 the build recorded; a file that does not match (a
//   deploy half done, a proxy rewriting it) fails the install, which is retried on a later
//   visit, so the cache never mixes two builds.
// - activate: deletes the caches of earlier versions of this app in this folder (only ours).
// - fetch: same-origin GET requests inside this worker's folder only: from the cache first,
//   the network otherwise. Other origins and other methods are never touched or cached.
//
// A new version waits until no tab runs the old one (no skipWaiting): a running app never has
// its files swapped under it, and the next visit opens the new version. The diary and settings
// live in localStorage, which a service worker neither reads nor clears, so an update never
// touches them.
//
// The two lines below are filled in by scripts/sw-precache.mjs (a trunk post_build hook);
// each must stay on one line.
self.__VERSION = 'development';
self.__PRECACHE = [];

const VERSION = self.__VERSION;
// [{ url, sha256 }], urls relative to this file.
const PRECACHE = self.__PRECACHE;
// Named by folder too: two copies of the app in two folders of one site keep apart.
const CACHE_PREFIX = `headache-diary ${self.registration.scope} `;
const CACHE = CACHE_PREFIX + VERSION;
const INDEX = new URL('index.html', self.location.href).href;

async function sha256Hex(buffer) {
  const digest = await crypto.subtle.digest('SHA-256', buffer);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function precache() {
  const cache = await caches.open(CACHE);
  try {
    await Promise.all(
      PRECACHE.map(async ({ url, sha256 }) => {
        const absolute = new URL(url, self.location.href).href;
        // 'no-cache' revalidates with the server, so an older copy in the HTTP cache is never
        // stored under this version.
        const response = await fetch(absolute, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        const body = await response.arrayBuffer();
        if ((await sha256Hex(body)) !== sha256) throw new Error(`${url}: not the file of this build`);
        // A fresh response: one that came through a redirect could not answer a navigation.
        const headers = new Headers();
        const type = response.headers.get('content-type');
        if (type) headers.set('content-type', type);
        await cache.put(absolute, new Response(body, { status: 200, headers }));
      }),
    );
  } catch (error) {
    // Never leave half a version behind; the install is tried again on a later visit.
    await caches.delete(CACHE);
    throw error;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
          .map((name) => caches.delete(name)),
      );
      // Takes over only pages no worker controls yet (the first visit's, which runs this very
      // build); it changes nothing under them, and later requests can then be answered offline.
      await self.clients.claim();
    })(),
  );
});

async function respond(request) {
  const cache = await caches.open(CACHE);
  const url = new URL(request.url);
  const page = url.origin + url.pathname;
  // The app is one page; its routes live in the hash, which never reaches a server.
  const isAppPage =
    request.mode === 'navigate' && (page === self.registration.scope || page === INDEX);
  // Another folder's page (the self-check build at check/, with or without ?embed=1) is its index.html.
  const isFolderPage = request.mode === 'navigate' && !isAppPage && url.pathname.endsWith('/');
  const key = isAppPage ? INDEX : isFolderPage ? `${page}index.html` : request;
  const cached = await cache.match(key);
  return cached ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  if (!request.url.startsWith(self.registration.scope)) return;
  event.respondWith(respond(request));
});
