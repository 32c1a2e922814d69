// The soak: a hostile user at speed. For a while it sets random configs
// (shapes up to the largest allowed, presets, live changes, bursts), resets,
// pauses, draws (valid and bad strokes) and throws bad arguments at every
// API function, and after each action checks that the page still answers,
// never crashed, never ended a run "failed", and that the WebAssembly memory
// of the page and of the training worker stay under their bounds. After a
// config change it checks that the app follows the last one.
//
// make soak runs it for 30 minutes and prints its figures; robust.test.mjs
// runs a short one. Run by hand: node soak.mjs [seconds] [seed].
import { fileURLToPath } from 'node:url';
import { startServer, launchBrowser, openApp, state, waitForState, loadDigits, sleep } from './lib.mjs';

// Bounds of WebAssembly memory (issue 15's target for a phone).
export const WORKER_MAX = 300e6;
export const PAGE_MAX = 100e6;

// mulberry32: a small seeded generator, so a failing soak can be replayed.
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTS = ['relu', 'elu', 'leaky-relu', 'sigmoid', 'tanh', 'linear'];
const INITS = ['glorot-uniform', 'glorot-normal', 'he-uniform', 'he-normal', 'lecun-normal', 'normal-1', 'tiny', 'zeros'];
const OPTS = ['sgd', 'momentum', 'adam', 'rmsprop'];
const PRESETS = ['seed-glorot-relu', 'seed-elu', 'seed-dropout', 'cnn', 'cnn-deep', 'draw-robust', 'fail-zeros', 'fail-normal1',
  'fail-deep-sigmoid', 'fail-diverge', 'fail-tiny', 'fail-overfit', 'fail-dying-relu', 'fix-deep-sigmoid-bn', 'fix-diverge-clip',
  'fix-overfit-early-stop'];

// The limits of nn's conv key (nn/convspec.go) and the bound on what
// training holds (nn.MaxTrainingFloats, the largest perceptron with batch
// normalization at batch 1024), which randomConfig keeps under.
const MAX_CONV_OUTPUTS = 16384;
const MAX_TRAINING_FLOATS = 5 * (784 * 1024 + 1024 + 3 * (1024 * 1024 + 1024) + 1024 * 10 + 10 + 4 * 2 * 1024) +
  1024 * (784 + 5 * 4 * 1024 + 10 + 2 * 1024);

// randomConv returns a random valid convolutional part: its text, the
// params, values per image and widest output that nn.Config.TrainingFloats
// counts for it (with bn, one more value per convolution output), and the
// flattened size it hands the dense layers.
function randomConv(r, bn) {
  for (;;) {
    let h = 28, c = 1, total = 0, params = 0, values = 0, widest = 0;
    const stages = [];
    const n = 1 + Math.floor(r() * 4);
    for (let i = 0; i < n; i++) {
      if (i > 0 && r() < 0.5 && h >= 4) {
        const p = 2 + Math.floor(r() * 2);
        stages.push(`p${p}`);
        h = Math.floor(h / p);
        values += 2 * h * h * c;
      } else {
        const f = 1 + Math.floor(r() * 32), k = 1 + Math.floor(r() * 7), same = r() < 0.3;
        if (!same && h < k) break;
        stages.push(`${f}c${k}${same ? 's' : ''}`);
        params += k * k * c * f + f + (bn ? 2 * f : 0);
        if (!same) h = h - k + 1;
        c = f;
        values += (bn ? 5 : 4) * h * h * c;
      }
      total += h * h * c;
      widest = Math.max(widest, h * h * c);
    }
    if (stages.length && total <= MAX_CONV_OUTPUTS) return { spec: stages.join('-'), params, values, widest, flat: h * h * c };
  }
}

// randomConfig returns a valid config string; one in eight is the largest
// perceptron allowed, whose memory is what the bounds are about; one in four
// has a convolutional part (at most the batch its memory bound allows, and
// often that batch); remedies and augmentation come on at random.
export function randomConfig(r) {
  const pick = (a) => a[Math.floor(r() * a.length)];
  const parts = [];
  let layers, batch;
  const bn = r() < 0.2;
  if (r() < 0.25) {
    // a network too big for any batch (the health probe's 256 images are
    // the fewest training holds) is drawn again
    let conv, fits = 0;
    while (fits < 256) {
      conv = randomConv(r, bn);
      layers = Array.from({ length: Math.floor(r() * 3) }, () => 8 + Math.floor(r() * 249));
      const params = conv.params + layers.reduce((acc, u, i) => acc + ((i ? layers[i - 1] : conv.flat) + 1) * u + (bn ? 2 * u : 0), 0) +
        ((layers.length ? layers[layers.length - 1] : conv.flat) + 1) * 10;
      const values = 784 + 10 + conv.values + layers.reduce((a, u) => a + (bn ? 5 : 4) * u, 0) +
        2 * Math.max(10, conv.widest, ...layers);
      fits = Math.floor((MAX_TRAINING_FLOATS - 5 * params) / values);
    }
    batch = r() < 0.3 ? Math.min(1024, fits) : 1 + Math.floor(r() * Math.min(1024, fits));
    parts.push(`conv=${conv.spec}`);
  } else {
    layers = r() < 0.125 ? [1024, 1024, 1024, 1024] : Array.from({ length: Math.floor(r() * 5) }, () => 8 + Math.floor(r() * 1017));
    batch = layers.length === 4 && layers[0] === 1024 ? 1024 : 1 + Math.floor(r() * 1024);
  }
  parts.push(
    `hidden=${layers.length ? layers.join('x') : 'none'}`, `act=${pick(ACTS)}`, `init=${pick(INITS)}`,
    `dropout=${(Math.floor(r() * 10) / 10).toFixed(1)}`, `opt=${pick(OPTS)}`, `lr=${(10 ** (-6 + 7 * r())).toPrecision(3)}`,
    `batch=${batch}`, `train=${100 + Math.floor(r() * 19901)}`, `seed=${Math.floor(r() * 2 ** 31)}`,
  );
  if (bn && batch >= 2) parts.push('bn=1');
  if (r() < 0.2) parts.push(`clip=${(10 ** (-2 + 3 * r())).toPrecision(2)}`);
  if (r() < 0.15) parts.push(`patience=${1 + Math.floor(r() * 20)}`);
  if (r() < 0.2) parts.push(`augment=${pick(['light', 'strong'])}`);
  if (r() < 0.2) parts.push('mine=1');
  return parts.join('&');
}

// sameRun reports whether the app's normalized config string is a run of
// cfg (a string of randomConfig): the same layers and the same seed, which
// randomConfig draws from 2^31 values.
export function sameRun(config, cfg) {
  const key = (c, k) => (c.split('&').find((p) => p.startsWith(k + '=')) || '');
  return key(config, 'hidden') === key(cfg, 'hidden') && key(config, 'seed') === key(cfg, 'seed');
}

// Bad arguments for every API function, evaluated in the page; each must
// come back as a string.
const BAD_CALLS = [
  'digitlab.setConfig(1n)', 'digitlab.train(1n)', 'digitlab.controlRect(1n)', 'digitlab.drawStrokes(1n)',
  'digitlab.drawStrokes([[[1n, 2n]]])', 'digitlab.setConfig(Symbol("s"))', 'digitlab.drawStrokes(Symbol())',
  'digitlab.setConfig({})', 'digitlab.setConfig(() => 1)', 'digitlab.train("yes")', 'digitlab.controlRect(null)',
  '(() => { const a = [[[1, 2]]]; a.push(a); return digitlab.drawStrokes(a); })()',
  'digitlab.drawStrokes({ toJSON() { throw new Error("no") } })',
  '(() => { const a = [[[1, 2]]]; Object.defineProperty(a, 0, { get() { throw new Error("getter") } }); return digitlab.drawStrokes(a); })()',
  'digitlab.drawStrokes(new Proxy([], { get() { throw new Error("trap") } }))',
  'digitlab.drawStrokes(new Proxy([[[1, 2]]], { get(t, k) { if (k === "length") return 1e12; return t[k]; } }))',
  'digitlab.drawStrokes([[[NaN, 5]]])', 'digitlab.drawStrokes("[[[1,2]")', 'digitlab.setConfig("lr=banana")',
  'digitlab.setConfig("x".repeat(1e6))', 'digitlab.drawStrokes([Array.from({ length: 20000 }, () => [1, 2])])',
];

// memory returns the WebAssembly memory of the page and of its workers, in
// bytes (the largest worker: a replaced one may linger until it ends).
export async function memory(page) {
  const pageBytes = await page.evaluate(() => (window.digitlabLoader.wasmMemory ? window.digitlabLoader.wasmMemory() : 0));
  let workerBytes = 0;
  for (const w of page.workers()) {
    try {
      workerBytes = Math.max(workerBytes, await w.evaluate(() => (self.digitlabWasmMemory ? self.digitlabWasmMemory() : 0)));
    } catch {
      // a worker terminated while we asked
    }
  }
  return { pageBytes, workerBytes };
}

// soak drives page (the app already open) for seconds and returns its
// figures; it throws at the first broken rule.
export async function soak(page, { seconds, seed = 1, log = () => {} }) {
  const r = rng(seed);
  const digits = loadDigits();
  const fig = { actions: 0, commands: 0, configs: 0, badCalls: 0, crashes: 0, failed: 0, peakPage: 0, peakWorker: 0, maxFollowMs: 0 };
  const end = Date.now() + seconds * 1000;
  const check = async (what) => {
    const loader = await page.evaluate(() => window.digitlabLoader.phase);
    if (loader !== 'running') {
      fig.crashes++;
      throw new Error(`after ${what}: the page is '${loader}': ${await page.evaluate(() => window.digitlabLoader.message)}`);
    }
    const s = await state(page);
    if (s.run === 'failed') {
      fig.failed++;
      throw new Error(`after ${what}: run failed: ${s.error}`);
    }
    const m = await memory(page);
    if (m.pageBytes > fig.peakPage) [fig.peakPage, fig.peakPageAfter] = [m.pageBytes, what];
    if (m.workerBytes > fig.peakWorker) [fig.peakWorker, fig.peakWorkerAfter] = [m.workerBytes, what];
    if (m.pageBytes > PAGE_MAX || m.workerBytes > WORKER_MAX) {
      throw new Error(`after ${what}: memory page ${(m.pageBytes / 1e6).toFixed(0)} MB, worker ${(m.workerBytes / 1e6).toFixed(0)} MB`);
    }
    return s;
  };
  // follow waits until the run that the state describes is cfg's and
  // returns how long that took.
  const follow = async (cfg, what) => {
    const t0 = Date.now();
    const s = await waitForState(page, (s) => s.run !== 'loading' && sameRun(s.config, cfg), 30000, `the app to follow ${what}`);
    fig.maxFollowMs = Math.max(fig.maxFollowMs, Date.now() - t0);
    if (s.run === 'failed') throw new Error(`${what}: failed: ${s.error}`);
  };
  while (Date.now() < end) {
    const dice = r();
    let what;
    if (dice < 0.35) {
      const cfg = randomConfig(r);
      what = `setConfig(${cfg})`;
      const err = await page.evaluate((c) => window.digitlab.setConfig(c), cfg);
      if (err !== '') throw new Error(`${what} refused: ${err}`);
      fig.configs++;
      fig.commands++;
      await page.evaluate(() => window.digitlab.train(true));
      fig.commands++;
      await follow(cfg, what);
    } else if (dice < 0.45) {
      const name = PRESETS[Math.floor(r() * PRESETS.length)];
      what = `preset ${name}`;
      const err = await page.evaluate((c) => window.digitlab.setConfig(c), name);
      if (err !== '') throw new Error(`${what} refused: ${err}`);
      fig.configs++;
      fig.commands++;
    } else if (dice < 0.55) {
      // a burst: the last config must win within a second or so
      const cfgs = Array.from({ length: 50 + Math.floor(r() * 950) }, () => randomConfig(r));
      what = `a burst of ${cfgs.length} configs`;
      await page.evaluate((list) => { for (const c of list) window.digitlab.setConfig(c); window.digitlab.train(true); }, cfgs);
      fig.configs += cfgs.length;
      fig.commands += cfgs.length + 1;
      await follow(cfgs[cfgs.length - 1], what);
    } else if (dice < 0.65) {
      what = 'reset';
      await page.evaluate(() => window.digitlab.reset());
      fig.commands++;
    } else if (dice < 0.72) {
      const on = r() < 0.7;
      what = `train(${on})`;
      await page.evaluate((on) => window.digitlab.train(on), on);
      fig.commands++;
    } else if (dice < 0.85) {
      const d = digits[Math.floor(r() * digits.length)];
      what = `drawing a ${d.label}`;
      await page.evaluate(() => window.digitlab.clearPad());
      const err = await page.evaluate((s) => window.digitlab.drawStrokes(s), d.strokes);
      if (err !== '') throw new Error(`${what} refused: ${err}`);
      fig.commands += 2;
      if (r() < 0.3) {
        // teach it (the kept digits grow to their cap of 500 over a long soak)
        what = `teaching a ${d.label}`;
        const taught = await page.evaluate((l) => window.digitlab.teach(l), d.label);
        if (taught !== '' && !/most kept/.test(taught)) throw new Error(`${what} refused: ${taught}`);
        fig.commands++;
      }
    } else {
      const call = BAD_CALLS[Math.floor(r() * BAD_CALLS.length)];
      what = call.slice(0, 80);
      const out = await page.evaluate((c) => {
        const v = (0, eval)(c);
        return { type: typeof v, len: typeof v === 'string' ? v.length : -1 };
      }, call);
      if (out.type !== 'string' || out.len > 300) throw new Error(`${what} returned a ${out.type} of length ${out.len}`);
      fig.badCalls++;
    }
    fig.actions++;
    await check(what);
    if (fig.actions % 25 === 0) log(figures(fig));
    await sleep(50 + r() * 400);
  }
  return fig;
}

export function figures(f) {
  return `actions=${f.actions} commands=${f.commands} configs=${f.configs} badCalls=${f.badCalls} crashes=${f.crashes} ` +
    `failed=${f.failed} peakPageMB=${(f.peakPage / 1e6).toFixed(1)} peakWorkerMB=${(f.peakWorker / 1e6).toFixed(1)} maxFollowMs=${f.maxFollowMs}\n` +
    `  page peak after: ${(f.peakPageAfter || '').slice(0, 160)}\n  worker peak after: ${(f.peakWorkerAfter || '').slice(0, 160)}`;
}

// As a program: node soak.mjs [seconds] [seed] prints the figures.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const seconds = Number(process.argv[2] || 1800);
  const seed = Number(process.argv[3] || 1);
  const server = await startServer();
  const browser = await launchBrowser();
  let code = 0;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await openApp(page, server.url + '/');
    await waitForState(page, (s) => s.run === 'training', 60000, 'training to start');
    const t0 = Date.now();
    const fig = await soak(page, { seconds, seed, log: (l) => console.log(`${((Date.now() - t0) / 1000).toFixed(0)} s: ${l}`) });
    console.log(`soak ${seconds} s, seed ${seed}: ${figures(fig)}`);
  } catch (e) {
    console.error('soak failed:', e.message);
    code = 1;
  } finally {
    await browser.close();
    server.stop();
  }
  process.exit(code);
}
