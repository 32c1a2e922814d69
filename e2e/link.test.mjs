// Browser test of hostile addresses: a page opened with a very long or
// malformed query starts as fast as a plain one, says what it ignored in
// short lines, and trains the config the good keys describe. Run: make
// test-web.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, waitForState } from './lib.mjs';

let server, browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

// readyAfter opens query in a fresh page and returns the milliseconds from
// the arrival of app.wasm until the run trains, measured by the page's own
// clock, and the state then. Chromium and the test harness take long over
// a 1 MB address themselves (every network event carries it; app.wasm
// arrives 10-30 s late on this machine), which is not the app's time.
async function readyAfter(query) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(server.url + '/' + query, { waitUntil: 'commit', timeout: 120000 });
    const ms = await page.evaluate(async () => {
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      const end = performance.now() + 120000;
      for (;;) {
        if (performance.now() > end) throw new Error('not training after 120 s');
        const s = window.digitlab && JSON.parse(window.digitlab.state());
        if (s && s.run === 'training' && s.samplesSeen > 0) break;
        await sleep(20);
      }
      const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/app.wasm'));
      return performance.now() - wasm.responseEnd;
    });
    const s = await waitForState(page, () => true, 1000, 'the state');
    return { ms, s };
  } finally {
    await page.close();
  }
}

test('a 1 MB address starts like a plain one and is answered in one short line', { timeout: 240000 }, async () => {
  const plain = await readyAfter('?lr=0.01');
  const huge = await readyAfter('?lr=0.01&foo=' + 'x'.repeat(1 << 20));
  console.log(`from app.wasm to training: plain ${Math.round(plain.ms)} ms, with a 1 MB parameter ${Math.round(huge.ms)} ms`);
  assert.match(huge.s.config, /lr=0\.01/, 'the good key still counts');
  assert.equal(huge.s.warnings.length, 1, `warnings: ${JSON.stringify(huge.s.warnings).slice(0, 300)}`);
  assert.match(huge.s.warnings[0], /^foo: 1048580 characters long, at most 256 allowed — ignored$/);
  // Before the link package, 50,000 characters took 90 s and 500,000 never
  // started; reading the address is now linear and bounded.
  assert.ok(huge.ms < 1.5 * plain.ms + 5000, `with a 1 MB address the app took ${huge.ms} ms to train, with a plain one ${plain.ms} ms`);
});

test('numbers in an address are plain decimals', { timeout: 120000 }, async () => {
  const { s } = await readyAfter('?lr=1_0&dropout=-0&momentum=0x1p-3&preset=fail-zeros&preset=fail-tiny');
  assert.match(s.config, /init=zeros/, 'the first preset is the base');
  assert.match(s.config, /dropout=0&/, '-0 reads as 0');
  assert.match(s.config, /lr=0\.001&/, 'lr=1_0 is refused, the preset keeps its rate');
  assert.deepEqual(s.warnings.map((w) => w.split(':')[0]), ['lr=1_0', 'momentum=0x1p-3', 'preset=fail-tiny']);
});
