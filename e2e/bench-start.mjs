// Start-up benchmark of the page module: opens the built page N times over
// localhost in headless Chromium and prints, for each open and as medians,
// how long Go's start took on the page's thread:
//   api:   from go.run's start (app.wasm instantiated, loader.js then calls
//          go.run at once) until window.digitlab is set (Go's package
//          initialisation, game.New, the API);
//   frame: from go.run's start until the app's first drawn frame
//          (state().drawnFrames ≥ 1, polled in the page every POLL ms,
//          default 50: each state() call costs the page's thread a few
//          milliseconds while the app starts, which a 10 ms poll added to
//          the figures it measured);
//   CPU:   the CPU time of the page's main thread from opening the page to
//          the first drawn frame (CDP's Performance metric ThreadTime, read
//          when the page reports the frame): unlike the two wall times, it
//          barely depends on the machine's load. It includes the loader's
//          work before go.run, which is the same for any app.wasm.
// The instants come from an init script that wraps
// WebAssembly.instantiateStreaming/instantiate and watches the assignment
// of window.digitlab; the page's own code is unchanged.
//
// Usage: node bench-start.mjs [N]             (N opens, default 7)
//        PUBLIC_DIRS=a,b node bench-start.mjs  (alternates builds a and b,
//                                               one server each)
//        PROFILE=1 node bench-start.mjs 1      (also prints the top self-time
//                                               and inclusive functions of the
//                                               page's thread between go.run
//                                               and the first drawn frame, from
//                                               CDP's Profiler; WINDOW=api
//                                               profiles until window.digitlab,
//                                               WINDOW=frame from then on; TOP=n
//                                               rows; CALLERS=name also
//                                               lists where the functions
//                                               whose name holds name were
//                                               called from)
// The machine's load (uptime) is printed first: figures from a loaded
// machine compare only side by side.
import { execFileSync } from 'node:child_process';
import { launchBrowser, startServer } from './lib.mjs';

const n = Number(process.argv[2]) || 7;
const dirs = (process.env.PUBLIC_DIRS || process.env.PUBLIC_DIR || 'public').split(',');
const profile = process.env.PROFILE === '1';

const pollMs = Number(process.env.POLL) || 50;

const probe = (pollMs) => {
  const b = (window.__benchStart = {});
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const orig = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      return orig.apply(this, args).then((r) => {
        if (r && r.instance && b.run === undefined) b.run = performance.now();
        return r;
      });
    };
  }
  let api;
  Object.defineProperty(window, 'digitlab', {
    configurable: true,
    get: () => api,
    set: (v) => {
      api = v;
      if (b.api === undefined) {
        b.api = performance.now();
        const poll = setInterval(() => {
          try {
            if (JSON.parse(api.state()).drawnFrames >= 1) {
              b.frame = performance.now();
              clearInterval(poll);
              window.__benchFrame();
            }
          } catch (e) { /* not drawing yet */ }
        }, pollMs);
      }
    },
  });
};

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

// topSelf sums a CDP profile's self time per function over the samples
// taken between from and to (the profile's own microsecond clock).
function topSelf(prof, from, to, count, callers) {
  const byId = new Map(prof.nodes.map((nd) => [nd.id, nd]));
  const parent = new Map();
  for (const nd of prof.nodes) for (const c of nd.children || []) parent.set(c, nd.id);
  const self = new Map();
  const incl = new Map();
  let t = prof.startTime;
  let total = 0;
  const paths = new Map();
  for (let i = 0; i < prof.samples.length; i++) {
    t += prof.timeDeltas[i];
    const dt = i + 1 < prof.timeDeltas.length ? prof.timeDeltas[i + 1] : 0;
    if (t < from || t > to) continue;
    const f = byId.get(prof.samples[i]).callFrame;
    const key = f.functionName || `(anonymous ${f.url.split('/').pop()}:${f.lineNumber})`;
    self.set(key, (self.get(key) || 0) + dt);
    total += dt;
    if (callers) {
      // The outermost frame whose name holds CALLERS, and the frames
      // above it, names that hold only "_" and letters shortened.
      const chain = [];
      for (let id = prof.samples[i]; id !== undefined; id = parent.get(id)) chain.push(byId.get(id).callFrame.functionName);
      const at = chain.findLastIndex((name) => name.includes(callers));
      if (at >= 0) {
        const key = chain.slice(at, at + 8).filter(Boolean).join(' < ');
        paths.set(key, (paths.get(key) || 0) + dt);
      }
    }
    const seen = new Set();
    for (let id = prof.samples[i]; id !== undefined; id = parent.get(id)) {
      const name = byId.get(id).callFrame.functionName;
      if (!name || seen.has(name)) continue;
      seen.add(name);
      incl.set(name, (incl.get(name) || 0) + dt);
    }
  }
  const top = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, count);
  return { total, rows: top(self), inclusive: top(incl), paths: top(paths) };
}

console.log('load:', execFileSync('uptime').toString().trim());
const servers = [];
for (const dir of dirs) {
  process.env.PUBLIC_DIR = dir;
  servers.push(await startServer());
}
const browser = await launchBrowser();
const results = dirs.map(() => ({ api: [], frame: [], cpu: [] }));
try {
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < dirs.length; d++) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await ctx.newPage();
      await page.addInitScript(probe, pollMs);
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Performance.enable');
      let cpu;
      await page.exposeBinding('__benchFrame', async () => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        cpu = metrics.find((m) => m.name === 'ThreadTime').value * 1000;
      });
      if (profile) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      await page.goto(servers[d].url);
      await page.waitForFunction(() => window.__benchStart && window.__benchStart.frame !== undefined, null, { timeout: 120000, polling: 100 });
      while (cpu === undefined) await new Promise((r) => setTimeout(r, 10));
      const b = await page.evaluate(() => ({ ...window.__benchStart, origin: performance.timeOrigin }));
      const api = b.api - b.run;
      const frame = b.frame - b.run;
      results[d].api.push(api);
      results[d].frame.push(frame);
      results[d].cpu.push(cpu);
      console.log(`${dirs[d]} #${i + 1}: api ${api.toFixed(0)} ms, first frame ${frame.toFixed(0)} ms, main-thread CPU ${cpu.toFixed(0)} ms`);
      if (profile) {
        // The profile's clock is monotonic microseconds; map the page's
        // instants onto it through the profile's end and the page's now just
        // before it (a few milliseconds apart).
        const nowPage = await page.evaluate(() => performance.now());
        const { profile: prof } = await cdp.send('Profiler.stop');
        const end = prof.endTime;
        const toProf = (ms) => end - (nowPage - ms) * 1000;
        const win = { all: [b.run, b.frame], api: [b.run, b.api], frame: [b.api, b.frame] }[process.env.WINDOW || 'all'];
        const { total, rows, inclusive, paths } = topSelf(prof, toProf(win[0]), toProf(win[1]), Number(process.env.TOP) || 30, process.env.CALLERS);
        console.log(`  profile of window ${process.env.WINDOW || 'all'}: ${(total / 1000).toFixed(0)} ms sampled`);
        for (const [name, us] of rows) {
          console.log(`  ${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`);
        }
        console.log('  inclusive (the function and what it calls):');
        for (const [name, us] of inclusive) {
          console.log(`  ${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`);
        }
        if (paths.length) {
          console.log(`  callers of the outermost function named like ${process.env.CALLERS}:`);
          for (const [chain, us] of paths) console.log(`  ${(us / 1000).toFixed(1).padStart(8)} ms  ${chain}`);
        }
      }
      await ctx.close();
    }
  }
} finally {
  await browser.close();
  servers.forEach((s) => s.stop());
}
for (let d = 0; d < dirs.length; d++) {
  const r = results[d];
  console.log(`${dirs[d]}: median of ${n}: api ${median(r.api).toFixed(0)} ms, first frame ${median(r.frame).toFixed(0)} ms, main-thread CPU ${median(r.cpu).toFixed(0)} ms`);
}
