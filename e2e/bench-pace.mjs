// What the running app costs the training worker: opens the page over
// localhost in headless Chromium, alternately with app.wasm held back (the
// worker trains, the loading screen shows it) and with the app up, and
// after WAIT ms (default 3000) of either measures for 4 s the worker's
// samples/s (from the loading screen's figure or the app's state()) and
// the CPU seconds per second of Chromium's processes by type (renderer:
// the page's thread and the worker; gpu-process: SwiftShader's presents),
// from /proc. On a 2-core machine shared with other work the page's
// processes compete for the same cores, so what the app adds is taken from
// the worker. Default run (train=20000) only: a longer wait than about 10 s
// reaches the held run's end (30 epochs).
//
// Usage: node bench-pace.mjs [rounds]   (default 2; PUBLIC_DIR= another build)
import { readFileSync, readdirSync } from 'node:fs';
import { startServer, launchBrowser, sleep } from './lib.mjs';
const hz = 100; // /proc's clock ticks per second (Linux's USER_HZ)
// cpuByType returns the CPU seconds so far of the Chromium processes this
// node process started, summed by their --type (the browser process has none).
function cpuByType() {
  const procs = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      procs.push({ pid: +d, ppid: +f[1], cpu: (+f[11] + +f[12]) / hz, type: (/--type=([\w-]+)/.exec(cmd) || [, 'browser'])[1], cmd });
    } catch {}
  }
  const mine = new Set([process.pid]); // this process and its descendants
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs) {
      if (!mine.has(p.pid) && mine.has(p.ppid)) {
        mine.add(p.pid);
        grew = true;
      }
    }
  }
  const by = {};
  for (const p of procs) {
    if (mine.has(p.pid) && p.pid !== process.pid && /chrom/.test(p.cmd)) by[p.type] = (by[p.type] || 0) + p.cpu;
  }
  return by;
}
const server = await startServer();
const browser = await launchBrowser();
try {
  for (let i = 0; i < (Number(process.argv[2]) || 2); i++) {
    for (const held of [true, false]) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
      const page = await ctx.newPage();
      if (held) await page.route('**/app.wasm', async () => {});
      await page.goto(server.url + '/', { waitUntil: 'commit' });
      await page.waitForFunction(held ? () => window.digitlabLoader && window.digitlabLoader.early && window.digitlabLoader.early.samples > 0
        : () => window.digitlab && JSON.parse(window.digitlab.state()).drawnFrames >= 2, null, { timeout: 120000 });
      await sleep(Number(process.env.WAIT) || 3000);
      const samples = held ? () => page.evaluate(() => window.digitlabLoader.early.samples) : () => page.evaluate(() => JSON.parse(window.digitlab.state()).samplesSeen);
      const a = cpuByType();
      const sa = await samples();
      const t = Date.now();
      await sleep(4000);
      const b = cpuByType();
      const sb = await samples();
      const dt = (Date.now() - t) / 1000;
      const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
      console.log(`${held ? 'app held' : 'app up  '} ${((sb - sa) / dt / 1000).toFixed(1)}k samples/s, CPU s/s: ${Object.keys(b).map((k) => `${k} ${((b[k] - (a[k] || 0)) / dt).toFixed(2)}`).join(', ')} (load ${load})`);
      await ctx.close();
    }
  }
} finally { await browser.close(); server.stop(); }
