// Screenshots of the Layers tab while convolutional networks train in the
// page (headless Chromium): the cnn preset, cnn with batch normalization,
// and a dense network with batch normalization, each after enough steps
// for several health probes. Writes e2e/out/layers-*.png to look at.
//
//   make web && cd e2e && node layers-shots.mjs
//
// ONLY=layers-cnn-bn.png,layers-bn.png takes only the shots named.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launchBrowser, openApp, waitForState, clickControl, outDir } from './lib.mjs';

const shots = [
  ['layers-cnn.png', '?preset=cnn'],
  ['layers-cnn-bn.png', '?preset=cnn&bn=1'],
  ['layers-bn.png', '?hidden=128x64&bn=1'],
  ['layers-cnn-sigmoid.png', '?preset=cnn&act=sigmoid&init=normal-1'],
];

mkdirSync(outDir, { recursive: true });
const server = await startServer();
const browser = await launchBrowser();
try {
  const only = process.env.ONLY ? process.env.ONLY.split(',') : null;
  for (const [file, query] of shots.filter(([f]) => !only || only.includes(f))) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openApp(page, server.url + '/' + query);
    // 200 batches between probes: wait for a few.
    const s = await waitForState(page, (s) => s.run === 'training' && s.samplesSeen >= 32 * 700, 180000, `${query} to train 700 batches`);
    await clickControl(page, 'tab:layers');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(outDir, file) });
    console.log(`${file}: ${query} at ${s.samplesSeen} samples (${s.config})`);
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}
