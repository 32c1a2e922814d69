// Browser benchmark of Digit Lab in headless Chromium (make bench-web):
// training samples/s, the page's ticks/s and drawn frames/s while training
// (each drawn frame costs the software GL a present), time from page
// load to 95% validation accuracy, and the size of each module raw, gzip
// and brotli. Prints a markdown table; figures go in README.md.
//
// RUNS=n (default 1) repeats the measurement n times, each in a fresh page,
// and reports the median with every run's figure: on the shared 2-core
// machine single runs swing by up to 2x.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launchBrowser, openApp, state, waitForState, sleep, root } from './lib.mjs';

const runs = Math.max(1, Number(process.env.RUNS) || 1);

// secondsTo95 waits (up to two minutes from t0) for 95% validation
// accuracy and returns the seconds from t0, or null.
async function secondsTo95(page, t0) {
  while (Date.now() - t0 < 120000) {
    if ((await state(page)).valAcc >= 0.95) return (Date.now() - t0) / 1000;
    await sleep(100);
  }
  return null;
}

// measure loads the app in a fresh page and returns its figures.
async function measure(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    const t0 = Date.now();
    await openApp(page, url);
    const tApi = (Date.now() - t0) / 1000;
    const to95 = await secondsTo95(page, t0);
    // Steady state: a fresh run of the default config, measured over 8 s
    // (the run's 30 epochs take about 12 s at 50,000 samples/s, and the
    // window must end before the run does).
    await page.evaluate(() => window.digitlab.reset());
    const mlp = await steady(page);
    // The cnn preset, as a person would pick it: its convolutions run in
    // the worker's SIMD kernels.
    const before = (await state(page)).config;
    const err = await page.evaluate(() => window.digitlab.setConfig('cnn') || window.digitlab.train(true));
    if (err) throw new Error(`setConfig('cnn'): ${err}`);
    await waitForState(page, (s) => s.config !== before && s.run === 'training' && s.samplesSeen > 0, 60000, 'the cnn run to start');
    const cnn = await steady(page);
    return {
      tApi, to95, samplesPerSec: mlp.samplesPerSec, drawsPerSec: mlp.drawsPerSec, meanTicks: mlp.meanTicks, minTicks: mlp.minTicks,
      cnnSamplesPerSec: cnn.samplesPerSec, cnnMeanTicks: cnn.meanTicks, cnnMinTicks: cnn.minTicks,
    };
  } finally {
    await page.close();
  }
}

// measureRobust opens the page at ?preset=draw-robust in a fresh page and
// returns the time from load to 95% validation accuracy (the run waits
// for drawn.bin, which the worker fetches at once for it) and the page's
// ticks/s while it trains (issue 11: within 15 s, at least 55 ticks/s).
async function measureRobust(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    const t0 = Date.now();
    await openApp(page, url + '?preset=draw-robust');
    const to95 = await secondsTo95(page, t0);
    const s = await state(page);
    if (!/drawn=1/.test(s.config)) throw new Error(`draw-robust's config: ${s.config}`);
    const robust = await steady(page);
    return { robustTo95: to95, robustMeanTicks: robust.meanTicks, robustMinTicks: robust.minTicks };
  } finally {
    await page.close();
  }
}

// steady measures the run that has just started, after a second to settle,
// over 8 s: training samples/s, and the page's ticks/s (16 readings) and
// drawn frames/s meanwhile.
async function steady(page) {
  await sleep(1000);
  const a = await state(page);
  const ta = Date.now();
  const ticks = [];
  for (let i = 0; i < 16; i++) {
    await sleep(500);
    ticks.push((await state(page)).ticksPerSec);
  }
  const b = await state(page);
  if (a.run !== 'training' || b.run !== 'training') {
    throw new Error(`the run was not training through the window (${a.run} → ${b.run}, epoch ${b.epoch}): the figures would be wrong`);
  }
  if (process.env.VERBOSE) console.error('ticks/s readings:', ticks.join(' '));
  const secs = (Date.now() - ta) / 1000;
  return {
    samplesPerSec: (b.samplesSeen - a.samplesSeen) / secs,
    drawsPerSec: (b.drawnFrames - a.drawnFrames) / secs,
    meanTicks: ticks.reduce((x, y) => x + y, 0) / ticks.length,
    minTicks: Math.min(...ticks),
  };
}

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// cell formats the median of a figure, and with several runs every run's.
function cell(results, key, digits, unit = '') {
  const vals = results.map((r) => r[key]);
  if (vals.some((v) => v === null)) {
    return vals.map((v) => (v === null ? 'not reached in 120 s' : v.toFixed(digits) + unit)).join(', ');
  }
  const m = median(vals).toFixed(digits) + unit;
  return runs === 1 ? m : `${m} (runs: ${vals.map((v) => v.toFixed(digits)).join(', ')})`;
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const results = [];
  for (let i = 0; i < runs; i++) {
    results.push({ ...(await measure(browser, server.url + '/')), ...(await measureRobust(browser, server.url + '/')) });
  }
  const size = (f) => {
    try { return (statSync(join(root, 'public', f)).size / 1e6).toFixed(2) + ' MB'; } catch { return '—'; }
  };
  console.log(`| measure | ${runs === 1 ? 'value' : `median of ${runs} runs`} |`);
  console.log('|---|---|');
  console.log(`| window.digitlab ready after load | ${cell(results, 'tApi', 1, ' s')} |`);
  console.log(`| page load to 95% validation accuracy | ${cell(results, 'to95', 1, ' s')} |`);
  console.log(`| training samples/s (batch 32, 784-128-10, 8 s window) | ${cell(results, 'samplesPerSec', 0)} |`);
  console.log(`| page ticks/s while training (mean of 16 readings) | ${cell(results, 'meanTicks', 1)} |`);
  console.log(`| page ticks/s while training (min of 16 readings) | ${cell(results, 'minTicks', 1)} |`);
  console.log(`| frames that drew something, per second while training | ${cell(results, 'drawsPerSec', 1)} |`);
  console.log(`| cnn preset: training samples/s (batch 32, 8 s window) | ${cell(results, 'cnnSamplesPerSec', 0)} |`);
  console.log(`| cnn preset: page ticks/s while training (mean / min of 16 readings) | ${cell(results, 'cnnMeanTicks', 1)} / ${cell(results, 'cnnMinTicks', 1)} |`);
  console.log(`| ?preset=draw-robust: page load to 95% validation accuracy | ${cell(results, 'robustTo95', 1, ' s')} |`);
  console.log(`| draw-robust: page ticks/s while training (mean / min of 16 readings) | ${cell(results, 'robustMeanTicks', 1)} / ${cell(results, 'robustMinTicks', 1)} |`);
  for (const f of ['app.wasm', 'worker.wasm']) {
    console.log(`| ${f} raw / gzip / brotli | ${size(f)} / ${size(f + '.gz')} / ${size(f + '.br')} |`);
  }
} finally {
  await browser.close();
  server.stop();
}
