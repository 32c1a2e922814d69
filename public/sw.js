// Digit Lab's service worker: after one visit the page loads and trains
// with the network off, and the browser can install it as an app.
//
// Network first, cache as the fallback: online, every request goes to the
// server as if there were no service worker (the server answers a file
// that has not changed with a small 304, see cmd/serve), and the answer
// refreshes the cached copy; offline, the cached copy answers. So a new
// build is never hidden behind an old one, and the page's modules (app.wasm,
// worker.wasm, kernels.wasm and the scripts) always come from the same build
// when online.
//
// The files are cached at install, through the browser's HTTP cache, which
// holds them from the visit that registered this worker: installing costs
// revalidations, not a second download.
'use strict';

const CACHE = 'digitlab-1';
const FILES = [
  './', 'index.html', 'loader.js', 'offline.js', 'wasm_exec.js', 'app.wasm', 'worker.js', 'worker.wasm',
  'kernels.js', 'kernels.wasm', 'manifest.webmanifest', 'icon-192.png', 'icon-512.png', 'mnist.bin', 'mnist-more.bin', 'drawn.bin',
  'notdigit.model', 'digitspace.bin', 'atlas@2x.png', 'atlas@3x.png',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(networkFirst(req));
});

async function networkFirst(req) {
  const cache = await caches.open(CACHE);
  // The page's address carries the config in its query: any address of the
  // page is the page.
  const key = req.mode === 'navigate' ? './' : req;
  try {
    const res = await fetch(req);
    if (res.ok && res.status === 200) await cache.put(key, res.clone());
    return res;
  } catch (err) {
    const hit = await cache.match(key, { ignoreSearch: req.mode === 'navigate' });
    if (hit) return hit;
    throw err;
  }
}
