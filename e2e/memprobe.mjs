// memprobe: the WebAssembly memory of the page and of its training worker
// while each config given trains, each in a fresh page (the peak of 30 s,
// sampled every 1.5 s, all of MNIST arriving in the worker meanwhile).
// The figures of the README's memory table come from it:
//
//   make web && cd e2e && node memprobe.mjs 'hidden=128' 'preset=cnn' ...
//
// DPR=2 (or 3) opens the pages at that device scale, whose bigger screen
// the page's memory holds too.
import { fileURLToPath } from 'node:url';
import { startServer, launchBrowser, openApp, state, waitForState, sleep } from './lib.mjs';
import { memory } from './soak.mjs';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const configs = process.argv.slice(2);
  if (configs.length === 0) {
    console.error('usage: node memprobe.mjs CONFIG...  (a URL query such as hidden=128&batch=64, or preset=cnn)');
    process.exit(2);
  }
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    for (const cfg of configs) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: Number(process.env.DPR || 1) });
      await openApp(page, `${server.url}/?${cfg}`);
      await waitForState(page, (s) => s.run === 'training', 120000, `${cfg} to train`);
      const peak = { pageBytes: 0, workerBytes: 0 };
      for (let i = 0; i < 20; i++) {
        await sleep(1500);
        const m = await memory(page);
        peak.pageBytes = Math.max(peak.pageBytes, m.pageBytes);
        peak.workerBytes = Math.max(peak.workerBytes, m.workerBytes);
      }
      const s = await state(page);
      console.log(`${cfg}: ${s.run}, page ${(peak.pageBytes / 1e6).toFixed(1)} MB, worker ${(peak.workerBytes / 1e6).toFixed(1)} MB`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
}
