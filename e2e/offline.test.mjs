// Browser test of the offline page: after one visit, the service worker
// (public/sw.js) has every file, the training data included, and the page
// reloads and trains on all 60,000 images with the network off. Run: make test-web.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useServerAndBrowser, openApp, waitForState, outDir } from './lib.mjs';

const env = useServerAndBrowser();

test('after one visit the page loads and trains offline, and can be installed', { timeout: 300000 }, async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await openApp(page, env.server.url + '/?hidden=64&train=60000');
  await waitForState(page, (s) => s.run === 'training' && s.samplesSeen > 0, 90000, 'the first visit to train');
  // The service worker installs after the page's load event and caches the
  // files the page needs.
  const cached = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const keys = await (await caches.open('digitlab-1')).keys();
    return { active: !!reg.active, files: keys.map((r) => new URL(r.url).pathname) };
  });
  assert.ok(cached.active, 'the service worker is active');
  for (const f of ['/', '/app.wasm', '/worker.wasm', '/kernels.wasm', '/wasm_exec.js', '/loader.js', '/worker.js', '/mnist.bin', '/mnist-more.bin', '/drawn.bin']) {
    assert.ok(cached.files.includes(f), `${f} is cached (cached: ${cached.files.join(' ')})`);
  }
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel=manifest]');
    return (await fetch(link.href)).json();
  });
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512'), 'a 512 px icon for installing');

  await context.setOffline(true);
  await page.reload({ waitUntil: 'commit' });
  await page.waitForFunction(() => window.digitlab && typeof window.digitlab.state === 'function', null, { timeout: 120000 });
  const s = await waitForState(page, (s) => s.run === 'training' && s.samplesSeen > 0, 90000, 'training offline');
  assert.match(s.config, /hidden=64&/, 'the address (and its config) works offline too');
  assert.match(s.config, /train=60000/, 'all 60,000 training images come from the cache too');
  assert.equal(s.simd, true, 'the SIMD kernels come from the cache too');
  const online = await page.evaluate(() => navigator.onLine);
  assert.equal(online, false, 'the page really is offline');
  await page.screenshot({ path: join(outDir, 'web-offline.png') });
  await context.close();
});
