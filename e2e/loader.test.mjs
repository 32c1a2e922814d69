// Browser test of the loader (public/loader.js): while app.wasm is held
// back, the loading screen shows the training the worker has begun, with
// the figures the app then shows for the same run; a page module that is
// damaged, cut short or refused gives its own clear error on the loading
// screen. The page module comes without the digit checker's files and
// fetches them once it runs: until they are in, a drawing is not read and
// the verdict says "checking". The worker says that its files are in
// before it decodes them, so that app.wasm's download starts then. It fetches the font atlas of its screen's
// scale above 1 only (e2e/hidpi.test.mjs checks that the text is then
// sharp). Run: node --test loader.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useServerAndBrowser, waitForState, openApp, loadDigits, root, sleep } from './lib.mjs';

const env = useServerAndBrowser();

async function newPage() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  return [context, await context.newPage()];
}

test('the loading screen shows the training the worker began before app.wasm', { timeout: 240000 }, async () => {
  const [context, page] = await newPage();
  try {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/app.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(env.server.url + '/?hidden=64', { waitUntil: 'commit' });
    // Until the first validation at 10,000 images the line says so; then
    // it shows the accuracy.
    await page.waitForFunction(() => {
      const l = window.digitlabLoader;
      return l && l.early && l.early.valAcc > 0;
    }, null, { timeout: 150000, polling: 200 });
    const screen = await page.evaluate(() => ({
      text: document.getElementById('early').textContent,
      shown: !document.getElementById('early').hidden,
      early: window.digitlabLoader.early,
      phase: window.digitlabLoader.phase,
    }));
    assert.equal(screen.phase, 'loading');
    assert.ok(screen.shown, 'the line is shown');
    assert.match(screen.text, /^Training has begun: [\d,]+ images seen, validation accuracy \d+\.\d%$/);
    const pct = Number(/accuracy (\d+\.\d)%/.exec(screen.text)[1]);
    assert.ok(Math.abs(pct - 100 * screen.early.valAcc) <= 0.05 + 1e-9, `${screen.text} shows ${JSON.stringify(screen.early)}`);
    assert.ok(screen.early.valAcc > 0.5, 'the run learns');
    release();
    await page.waitForFunction(() => window.digitlab && typeof window.digitlab.state === 'function', null, { timeout: 120000 });
    const s = await waitForState(page, (s) => s.samplesSeen >= screen.early.samples, 60000, 'the app to show the run');
    assert.equal(s.runId, 1, 'the app shows the run the loading screen showed');
    assert.ok(s.valAcc > 0.5);
    assert.ok(await page.evaluate(() => document.getElementById('loader').hidden), 'the loading screen is gone');
  } finally {
    await context.close();
  }
});

// The worker tells the page that its files are in before it decodes them
// and trains (public/worker.js), so the page module's download starts
// while the link would otherwise stand idle: the worker's {type: "data"}
// comes before its first progress. (Posted after the Go side's decode and
// first work slice, it came after the first progress.)
test('the worker says its files are in before it reports progress', { timeout: 240000 }, async () => {
  const [context, page] = await newPage();
  try {
    await page.addInitScript(() => {
      const Worker = window.Worker;
      window.__workerSaid = [];
      window.Worker = function (...args) {
        const w = new Worker(...args);
        w.addEventListener('message', (ev) => window.__workerSaid.push(ev.data && ev.data.type));
        return w;
      };
    });
    await page.goto(env.server.url + '/', { waitUntil: 'commit' });
    const said = await (await page.waitForFunction(() => {
      const said = window.__workerSaid;
      return said && said.includes('progress') && said;
    }, null, { timeout: 150000, polling: 100 })).jsonValue();
    const data = said.indexOf('data');
    assert.ok(data >= 0 && data < said.indexOf('progress'), `the worker said ${said.slice(0, 6).join(', ')}`);
  } finally {
    await context.close();
  }
});

const wasm = readFileSync(join(root, 'public', 'app.wasm'));
const cases = [
  {
    name: 'a damaged module',
    fulfill: { status: 200, contentType: 'application/wasm', body: Buffer.concat([wasm.subarray(0, 8), Buffer.alloc(4096, 0xff)]) },
    title: 'Could not start app.wasm', detail: /damaged or not a WebAssembly module/,
  },
  {
    name: 'a download cut short',
    fulfill: { status: 200, contentType: 'application/wasm', headers: { 'X-Uncompressed-Length': String(wasm.length) }, body: wasm.subarray(0, wasm.length >> 1) },
    title: 'Could not load app.wasm', detail: /cut short: [\d.]+ of [\d.]+ MB arrived/,
  },
  {
    name: 'an empty file',
    fulfill: { status: 200, contentType: 'application/wasm', body: Buffer.alloc(0) },
    title: 'Could not load app.wasm', detail: /The file is empty/,
  },
  {
    name: 'a missing file',
    fulfill: { status: 404, contentType: 'text/plain', body: 'not found' },
    title: 'Could not load app.wasm', detail: /answered 404.*build it first/,
  },
];

for (const c of cases) {
  test(`the loader explains ${c.name}`, { timeout: 120000 }, async () => {
    const [context, page] = await newPage();
    try {
      await page.route('**/app.wasm', (route) => route.fulfill(c.fulfill));
      await page.goto(env.server.url + '/');
      await page.waitForFunction(() => window.digitlabLoader && window.digitlabLoader.phase === 'error', null, { timeout: 90000 });
      const shown = await page.evaluate(() => ({
        title: document.getElementById('error-title').textContent,
        detail: document.getElementById('error-text').textContent,
        visible: !document.getElementById('error').hidden,
      }));
      assert.ok(shown.visible);
      assert.equal(shown.title, c.title);
      assert.match(shown.detail, c.detail);
      await sleep(200);
    } finally {
      await context.close();
    }
  });
}

test('a drawing waits for the digit checker, then is read', { timeout: 240000 }, async () => {
  const [context, page] = await newPage();
  try {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    const asked = [];
    await page.route(/\/(notdigit\.model|digitspace\.bin)$/, async (route) => {
      asked.push(new URL(route.request().url()).pathname);
      await held;
      await route.continue();
    });
    await openApp(page, env.server.url + '/');
    await waitForState(page, (s) => s.samplesSeen > 0, 120000, 'the run to train');
    const seven = loadDigits().find((d) => d.label === 7);
    assert.equal(await page.evaluate((st) => window.digitlab.drawStrokes(st), seven.strokes), '');
    await sleep(1000);
    const waiting = await waitForState(page, (s) => !s.prediction.empty, 10000, 'the pad to hold the drawing');
    assert.equal(waiting.prediction.verdict, 'checking', JSON.stringify(waiting.prediction));
    assert.equal(waiting.prediction.ready, false);
    assert.equal(waiting.prediction.label, -1);
    assert.ok(asked.length > 0, 'the page asked for the checker');
    release();
    const read = await waitForState(page, (s) => s.prediction.verdict === 'digit', 60000, 'the checker to arrive and judge the drawing');
    assert.ok(read.prediction.ready);
    await waitForState(page, (s) => s.prediction.label === 7, 120000, 'the drawn 7 to be read');
  } finally {
    await context.close();
  }
});

for (const scale of [1, 2, 3]) {
  test(`at device scale ${scale} the page fetches only the font atlas it draws with`, { timeout: 180000 }, async () => {
    // A phone's screen at 3x: a large one is slow to draw on software GL.
    const viewport = scale === 3 ? { width: 390, height: 844 } : { width: 1280, height: 800 };
    const context = await env.browser.newContext({ viewport, deviceScaleFactor: scale, hasTouch: scale === 3, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const atlases = [];
      page.on('requestfinished', (req) => {
        const m = /\/atlas@(\d)x\.png$/.exec(new URL(req.url()).pathname);
        if (m) atlases.push(Number(m[1]));
      });
      await openApp(page, env.server.url + '/');
      await waitForState(page, (s) => s.drawnFrames > 2, 90000, 'the app to draw');
      await sleep(1500);
      assert.deepEqual(atlases, scale === 1 ? [] : [scale]);
    } finally {
      await context.close();
    }
  });
}
