// Browser tests of drawn=1 (draw-robust's digits traced after real fonts,
// public/drawn.bin): the page's worker fetches the file at once for a run
// that asks for it, the run waits for it and then trains; without the
// file such a run is refused with a clear message and the page goes on.
// Run: make test-web (or cd e2e && node --test drawn.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openApp, state, waitForState, sleep } from './lib.mjs';

const env = useServerAndBrowser();

test('?preset=draw-robust fetches the drawn digits, waits for them and trains to 95%', { timeout: 180000 }, async (t) => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const fetched = [];
  page.context().on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
  const t0 = Date.now();
  await openApp(page, env.server.url + '/?preset=draw-robust');
  const s = await waitForState(page, (s) => s.valAcc >= 0.95, 150000, 'draw-robust to reach 95%');
  t.diagnostic(`95% validation accuracy ${((Date.now() - t0) / 1000).toFixed(1)} s after opening, at ${s.samplesSeen} samples`);
  assert.ok(s.config.split('&').includes('drawn=1'), `draw-robust's config: ${s.config}`);
  assert.ok(fetched.includes('/drawn.bin'), `the worker fetched drawn.bin: ${fetched.join(' ')}`);
  assert.equal(s.error || '', '');
  await page.close();
});

test('?preset=draw-robust fetches the drawn digits before the app is up, and the 40,000 more images only after', { timeout: 180000 }, async () => {
  // draw-robust trains on 20,000 images: before the app is up, the link
  // is for the page module and drawn.bin, not mnist-more.bin. The page
  // module is held back 6 s so that the order is the worker's doing.
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const t0 = Date.now();
  const asked = {};
  page.context().on('request', (r) => (asked[new URL(r.url()).pathname] ??= Date.now() - t0));
  let appServed;
  await page.route('**/app.wasm', async (route) => {
    await sleep(6000);
    appServed = Date.now() - t0;
    await route.continue();
  });
  await openApp(page, env.server.url + '/?preset=draw-robust');
  await waitForState(page, (s) => s.run === 'training' && s.samplesSeen > 0, 120000, 'draw-robust to train');
  await waitForState(page, () => asked['/mnist-more.bin'] !== undefined, 30000, 'mnist-more.bin to be asked for once the app is up').catch(() => {});
  assert.ok(asked['/drawn.bin'] < appServed, `drawn.bin asked for at ${asked['/drawn.bin']} ms, before the page module was let through at ${appServed} ms`);
  assert.ok(!(asked['/mnist-more.bin'] < appServed), `mnist-more.bin asked for at ${asked['/mnist-more.bin']} ms, not before the page module at ${appServed} ms`);
  await page.close();
});

test('without drawn.bin a run with drawn=1 is refused in words, and the page trains another', { timeout: 180000 }, async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.context().route('**/drawn.bin', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await openApp(page, env.server.url + '/?preset=draw-robust');
  const refused = await waitForState(page, (s) => /drawn/.test(s.error || ''), 60000, 'the drawn=1 run to be refused');
  assert.match(refused.error, /the drawn digits did not load; pick a preset without them/, refused.error);
  assert.notEqual(refused.run, 'failed', 'the worker keeps running');
  const err = await page.evaluate(() => window.digitlab.setConfig('preset=seed-glorot-relu') || window.digitlab.train(true));
  assert.equal(err || '', '');
  const s = await waitForState(page, (s) => s.run === 'training' && s.samplesSeen > 0, 60000, 'the default run to train');
  assert.ok(!s.config.includes('drawn=1'), s.config);
  await page.close();
});
