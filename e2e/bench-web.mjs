// Browser benchmark of Digit Lab in headless Chromium (make bench-web):
// training samples/s and the page's ticks/s while training, time from page
// load to 95% validation accuracy, and the size of each module raw, gzip
// and brotli. Prints a markdown table; figures go in README.md.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launchBrowser, openApp, state, sleep, root } from './lib.mjs';

const server = await startServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const t0 = Date.now();
  await openApp(page, server.url + '/');
  const tApi = Date.now() - t0;
  let to95 = null;
  let s;
  while (Date.now() - t0 < 120000) {
    s = await state(page);
    if (s.valAcc >= 0.95) {
      to95 = (Date.now() - t0) / 1000;
      break;
    }
    await sleep(100);
  }
  // Steady state: a fresh run of the default config, measured over 10 s.
  await page.evaluate(() => window.digitlab.reset());
  await sleep(2000);
  const a = await state(page);
  const ta = Date.now();
  const ticks = [];
  for (let i = 0; i < 20; i++) {
    await sleep(500);
    ticks.push((await state(page)).ticksPerSec);
  }
  const b = await state(page);
  const secs = (Date.now() - ta) / 1000;
  const samplesPerSec = (b.samplesSeen - a.samplesSeen) / secs;
  const meanTicks = ticks.reduce((x, y) => x + y, 0) / ticks.length;
  const minTicks = Math.min(...ticks);

  const size = (f) => {
    try { return (statSync(join(root, 'public', f)).size / 1e6).toFixed(2) + ' MB'; } catch { return '—'; }
  };
  console.log('| measure | value |');
  console.log('|---|---|');
  console.log(`| window.digitlab ready after load | ${(tApi / 1000).toFixed(1)} s |`);
  console.log(`| page load to 95% validation accuracy | ${to95 === null ? 'not reached in 120 s' : to95.toFixed(1) + ' s'} |`);
  console.log(`| training samples/s (batch 32, 784-128-10, 10 s window) | ${samplesPerSec.toFixed(0)} |`);
  console.log(`| page ticks/s while training (mean, min of 20 readings) | ${meanTicks.toFixed(1)}, ${minTicks.toFixed(1)} |`);
  for (const f of ['app.wasm', 'worker.wasm']) {
    console.log(`| ${f} raw / gzip / brotli | ${size(f)} / ${size(f + '.gz')} / ${size(f + '.br')} |`);
  }
} finally {
  await browser.close();
  server.stop();
}
