// Browser end-to-end test of Digit Lab in headless Chromium: the page loads,
// trains in its worker, reads drawn digits (API strokes, real mouse events,
// touch), takes a toggle click, diagnoses a failure preset loaded by a
// click, compares and shares runs, warns about a bad URL parameter, and
// trains without the SIMD kernels when they cannot load; a worker that
// cannot start is reported.
// Screenshots land in e2e/out/. Run: make test-web.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  startServer, launchBrowser, openApp, state, waitForState, loadDigits, drawWithMouse,
  drawWithTouch, clickControl, checkDrawnRead, sleep, outDir,
} from './lib.mjs';

let server, browser, page;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, hasTouch: true });
  page.on('pageerror', (e) => console.error('page error:', e.message));
});

after(async () => {
  await browser?.close();
  server?.stop();
});

test('the page loads, trains in its worker and keeps its frame rate', { timeout: 240000 }, async () => {
  await openApp(page, server.url + '/');
  const first = await waitForState(page, (s) => s.run === 'training' && s.samplesSeen > 0, 60000, 'training to start');
  assert.match(first.config, /hidden=128&act=relu&init=glorot-uniform/);
  // The worker trains before the app is up, so the first state can already
  // be past 90%: wait for the next samples as well (the run must go on).
  const s = await waitForState(page, (s) => s.valAcc > 0.9 && s.samplesSeen > first.samplesSeen, 120000,
    'validation accuracy above 90% and samples seen growing');
  assert.ok(s.epoch > 0, 'epoch advances');
  assert.equal(s.simd, true, 'the worker trains with the SIMD kernels (public/kernels.wasm linked)');
  // ebiten's ticks/s and the samples/s are one-second averages: take the
  // median of several, once the app has run for a few seconds: the
  // worker starts training while the page module still downloads and
  // compiles (which takes the CPU from it), so 90% can come while the app
  // is still starting.
  await sleep(3000);
  const ticks = [];
  const rates = [];
  for (let i = 0; i < 7; i++) {
    await sleep(500);
    const now = await state(page);
    ticks.push(now.ticksPerSec);
    rates.push(now.samplesPerSec);
  }
  ticks.sort((a, b) => a - b);
  rates.sort((a, b) => a - b);
  assert.ok(ticks[3] > 30, `ticks/s while training: ${ticks.map((t) => t.toFixed(1)).join(', ')}`);
  assert.ok(rates[3] > 1000, `samples/s while training: ${rates.map((r) => r.toFixed(0)).join(', ')}`);
  for (const key of ['trainLoss', 'trainAcc', 'valLoss', 'valAcc']) {
    assert.ok(Number.isFinite(s[key]), `${key} = ${s[key]}`);
  }
  await page.screenshot({ path: join(outDir, 'web-training.png') });
});

test('drawn digits are read through drawStrokes', { timeout: 240000 }, async () => {
  await waitForState(page, (s) => s.valAcc > 0.95 || s.epoch >= 3, 180000, 'the default training to reach 95%');
  const digits = loadDigits();
  let correct = 0;
  const wrong = [];
  for (const d of digits) {
    await page.evaluate(() => window.digitlab.clearPad());
    const err = await page.evaluate((strokes) => window.digitlab.drawStrokes(strokes), d.strokes);
    assert.equal(err, '', `drawStrokes refused digit ${d.label} (${d.style}): ${err}`);
    await sleep(60);
    const s = await state(page);
    assert.equal(s.prediction.empty, false, `digit ${d.label} (${d.style}) counted as empty`);
    if (s.prediction.label === d.label) correct++;
    else wrong.push(`${d.label}/${d.style}→${s.prediction.label}`);
  }
  const acc = correct / digits.length;
  console.log(`drawn digits: ${correct}/${digits.length} correct (${(100 * acc).toFixed(1)}%); wrong: ${wrong.join(', ')}`);
  assert.ok(acc >= 0.9, `only ${(100 * acc).toFixed(1)}% of drawn digits read correctly: ${wrong.join(', ')}`);
  await page.screenshot({ path: join(outDir, 'web-drawn.png') });

  await page.evaluate(() => window.digitlab.clearPad());
  await sleep(60);
  const cleared = await state(page);
  assert.equal(cleared.prediction.empty, true, 'an empty pad shows no guess');
  const bad = await page.evaluate(() => window.digitlab.drawStrokes([[[10, 10], [NaN, 5]]]));
  assert.notEqual(bad, '', 'NaN strokes are refused');
});

test('digits drawn with the mouse and with a finger are read', { timeout: 120000 }, async () => {
  const { pad } = await state(page);
  for (const label of [0, 1, 7]) {
    await checkDrawnRead(page, (strokes) => drawWithMouse(page, pad, strokes), label, `mouse-drawn ${label}`, 'web-mouse.png');
  }
  await clickControl(page, 'clear');
  await sleep(100);
  assert.equal((await state(page)).prediction.empty, true, 'the Clear button empties the pad');
  await checkDrawnRead(page, (strokes) => drawWithTouch(page, pad, strokes), 3, 'touch-drawn 3', 'web-touch.png');
});

test('clicking a toggle changes the config', { timeout: 60000 }, async () => {
  await clickControl(page, 'activation:elu');
  const s = await waitForState(page, (s) => /act=elu/.test(s.config), 10000, 'act=elu in the config');
  assert.match(s.config, /act=elu/);
  await page.screenshot({ path: join(outDir, 'web-toggle.png') });
  assert.equal(await page.evaluate(() => window.digitlab.setConfig('lr=banana')), 'lr=banana: not a number');
  assert.equal(await page.evaluate(() => window.digitlab.setConfig('act=tanh&hidden=64')), '');
  await waitForState(page, (s) => /hidden=64&act=tanh/.test(s.config), 10000, 'setConfig to apply');
});

test('a failure preset loaded through the UI is diagnosed, compared and shared', { timeout: 240000 }, async () => {
  await clickControl(page, 'tab:presets');
  await waitForState(page, (s) => s.tab === 'presets', 5000, 'the presets tab');
  await clickControl(page, 'preset:fail-zeros');
  const s = await waitForState(page, (s) => /init=zeros/.test(s.config) && s.findings.some((f) => f.code === 'symmetry'), 90000, 'fail-zeros to be diagnosed with symmetry');
  const f = s.findings.find((f) => f.code === 'symmetry');
  assert.equal(f.severity, 'severe');
  assert.match(f.message, /same/, 'the message says the units are the same');
  assert.ok(f.fix.length > 10, 'a fix is suggested');
  await sleep(1000); // the panel redraws at the training regions' pace
  const diag = JSON.parse(await page.evaluate(() => window.digitlab.controlRect('diagnosis')));
  await page.screenshot({ path: join(outDir, 'web-diagnosis-fail-zeros.png'), clip: { x: diag.x, y: diag.y, width: diag.w, height: diag.h } });
  await page.screenshot({ path: join(outDir, 'web-presets.png') });

  // Where it errs: a misclassified image opens in the preview.
  await clickControl(page, 'tab:errors');
  await waitForState(page, (s) => s.tab === 'errors', 5000, 'the errors tab');
  // The gallery fills after the run's first evaluation.
  for (let t0 = Date.now(); !JSON.parse(await page.evaluate(() => window.digitlab.controlRect('mistake:0'))); await sleep(200)) {
    assert.ok(Date.now() - t0 < 60000, 'no misclassified image to click within 60 s');
  }
  await sleep(300);
  await clickControl(page, 'mistake:0');
  const insp = await waitForState(page, (s) => s.inspecting, 5000, 'the mistake to be inspected');
  assert.equal(insp.prediction.empty, false, 'the inspected image is classified');
  await page.screenshot({ path: join(outDir, 'web-errors.png') });
  await clickControl(page, 'tab:layers');
  await sleep(800);
  await page.screenshot({ path: join(outDir, 'web-layers.png') });

  // The runs so far are compared; the link carries them.
  await clickControl(page, 'tab:compare');
  const c = await waitForState(page, (s) => s.tab === 'compare' && s.runs.length >= 2, 5000, 'at least two runs to compare');
  const first = c.runs[0];
  await clickControl(page, `run:${first.id}:pin`);
  await waitForState(page, (s) => s.baseline === first.id, 5000, 'the first run pinned as the baseline');
  await sleep(800);
  await page.screenshot({ path: join(outDir, 'web-compare.png') });
  await clickControl(page, 'runs:share');
  const search = await page.evaluate(() => location.search);
  assert.match(search, /runs=/, 'the address holds the runs');
  assert.match(search, /init=zeros/, 'the address holds the current config');
  assert.match(search, /pin=1(&|$)/, 'the address says the first run is the baseline');
  const p2 = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await openApp(p2, server.url + '/' + search);
  const shared = await waitForState(p2, (s) => s.runs.length > c.runs.length - 1, 60000, 'the shared runs to show');
  assert.deepEqual(shared.warnings, [], 'a shared link reads without warnings');
  assert.ok(shared.runs.filter((r) => r.shared).length >= Math.min(c.runs.length, 5), `shared runs: ${JSON.stringify(shared.runs)}`);
  assert.match(shared.config, /init=zeros/);
  assert.equal(shared.tab, 'compare', 'a shared link opens on the comparison');
  const base = shared.runs.find((r) => r.id === shared.baseline);
  assert.ok(base && base.shared && base.config === first.config, `the shared baseline: ${shared.baseline} in ${JSON.stringify(shared.runs)}`);
  await sleep(1500);
  await p2.screenshot({ path: join(outDir, 'web-shared-link.png') });
  await p2.close();
});

test('a bad URL parameter falls back to the default and says why', { timeout: 120000 }, async () => {
  const p2 = await browser.newPage({ viewport: { width: 1024, height: 640 } });
  await openApp(p2, server.url + '/?act=sigmoid&lr=banana&colour=red');
  const s = await waitForState(p2, (s) => s.config && s.config.includes('act=sigmoid'), 60000, 'the URL config');
  assert.match(s.config, /lr=0\.001/, 'the bad lr falls back to the default');
  const warnings = s.warnings.join(' | ');
  assert.match(warnings, /lr=banana: not a number/);
  assert.match(warnings, /colour/);
  await sleep(500);
  await p2.screenshot({ path: join(outDir, 'web-bad-url-1024.png') });
  await p2.close();
});

test('without the SIMD kernels the worker trains with the Go loops and says so', { timeout: 120000 }, async () => {
  const p3 = await browser.newPage({ viewport: { width: 1024, height: 640 } });
  const warnings = [];
  p3.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  // As a browser without WebAssembly SIMD would: the kernels do not load.
  await p3.route('**/kernels.wasm', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await openApp(p3, server.url + '/');
  const first = await waitForState(p3, (s) => s.run === 'training' && s.samplesSeen > 0, 60000, 'training to start');
  const s = await waitForState(p3, (s) => s.samplesSeen > first.samplesSeen + 20000, 60000, 'training to go on');
  assert.equal(s.simd, false, 'state().simd says the kernels are missing');
  assert.equal(s.error, '', 'a missing kernel is not an error');
  assert.ok(warnings.some((w) => /SIMD kernels unavailable.*kernels\.wasm.*404/.test(w)), `console warnings: ${warnings.join(' | ')}`);
  await p3.close();
});

test('a training worker that cannot start is reported, and the page keeps running', { timeout: 120000 }, async () => {
  const p4 = await browser.newPage({ viewport: { width: 1024, height: 640 } });
  // The worker fails while app.wasm still loads: its message must wait for
  // the app (public/loader.js keeps it) and reach the user.
  await p4.route('**/worker.wasm', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await openApp(p4, server.url + '/');
  const s = await waitForState(p4, (s) => s.run === 'failed', 60000, 'the run to be failed');
  assert.match(s.error, /training worker could not start: worker\.wasm: the server answered 404/);
  assert.ok(s.warnings.some((w) => w.includes(s.error) && /Reload/.test(w)), `banner: ${s.warnings.join(' | ')}`);
  assert.equal(s.samplesSeen, 0);
  // The page keeps running: its tick rate, a window over the last second,
  // climbs past 30 once start-up is over (how soon depends on the load).
  await waitForState(p4, (s) => s.ticksPerSec > 30, 20000, 'the page to keep running after the failure');
  await p4.screenshot({ path: join(outDir, 'web-worker-error.png') });
  await p4.close();
});
