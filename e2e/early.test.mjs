// Browser test of training before the page module arrives: the loader
// starts the worker with the page's address, the worker trains the run the
// address asks for while app.wasm is held back, and the app, once in,
// adopts that run (run number 1: a restart would make it 2), with the
// app's own warnings for a bad parameter. Run: node --test early.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, waitForState, sleep } from './lib.mjs';

const env = useServerAndBrowser();

const cases = [
  { name: 'a config and seed', query: '?hidden=64&seed=3', config: [/hidden=64&/, /seed=3/], warning: null },
  { name: 'a bad parameter', query: '?hidden=64&lr=banana', config: [/hidden=64&/, /lr=0.001&/], warning: /lr=banana/ },
  { name: 'a preset', query: '?preset=fail-zeros', config: [/init=zeros/], warning: null },
];

for (const c of cases) {
  test(`the app adopts the run the worker started early: ${c.name}`, { timeout: 240000 }, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      // Hold the page module back until the worker has trained.
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route('**/app.wasm', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(env.server.url + '/' + c.query, { waitUntil: 'commit' });
      const end = Date.now() + 120000;
      let trainingAt;
      while (Date.now() < end) {
        trainingAt = await page.evaluate(() => window.digitlabLoader && window.digitlabLoader.trainingAt).catch(() => undefined);
        if (trainingAt !== undefined) break;
        await sleep(200);
      }
      assert.ok(trainingAt !== undefined, 'the worker trains before app.wasm arrives');
      release();
      await page.waitForFunction(() => window.digitlab && typeof window.digitlab.state === 'function', null, { timeout: 120000 });
      const first = await waitForState(page, (s) => s.samplesSeen > 0, 90000, 'the app to show the run');
      // The first snapshots the app shows may be the ones the worker sent
      // before the app's own start reached it: give that start time to
      // be handled.
      await sleep(4000);
      const s = await waitForState(page, (s) => s.samplesSeen > first.samplesSeen, 30000, 'the run to go on');
      for (const re of c.config) assert.match(s.config, re, 'the run is the one the address asks for');
      assert.equal(s.runId, 1, 'the app adopted the early run instead of starting over');
      if (c.warning) {
        assert.ok(s.warnings.some((w) => c.warning.test(w)), `the app warns about the bad parameter: ${JSON.stringify(s.warnings)}`);
      } else {
        assert.deepEqual(s.warnings, []);
      }
    } finally {
      await context.close();
    }
  });
}
