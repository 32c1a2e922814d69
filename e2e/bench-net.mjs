// Network benchmark of Digit Lab in headless Chromium (make bench-net): for
// each throttled link, the time from navigation to training's start and to
// 95% validation accuracy, the bytes transferred before training starts
// and in the whole first visit, and the bytes of a repeat visit (the same
// browser profile, nothing changed on the server). Prints a markdown table;
// figures go in README.md.
//
// The links are Chromium's own network emulation (CDP
// Network.emulateNetworkConditions on the page, which throttles the
// training worker's fetches too). Bytes are what Playwright reports per
// finished request (headers and encoded body, so brotli's size for the
// modules), counted for the requests that finished before training
// started: when the worker first reported trained samples to the loader
// (window.digitlabLoader.trainingAt: it trains the address's run while
// the page module still downloads), or the app first reported them
// (window.digitlab.state().samplesSeen > 0), whichever came first. The
// time to 95% is until the app reports that validation accuracy (the
// loading screen may show it before the app is up: that time is reported
// beside it, and is absent when the app was up first); "they have
// arrived" is when the last of them finished, the network's share of the
// wait (compiling the modules and decoding the data add to it, a lot on a
// busy machine). The server
// is cmd/serve, which sends the brotli twins and answers revalidations with
// 304.
//
// The service worker is blocked (SW=allow allows it): Chromium's emulation
// throttles the page and its dedicated worker but not a service worker,
// whose install downloads the page's files at full speed and hands them
// to the page through the HTTP cache, so the first visit would look faster
// than the link allows. Without it, a repeat visit revalidates every file
// with the server, which is what the service worker (network first) does
// too.
//
// A second table is the first visit's timeline: when worker.wasm,
// mnist.bin and app.wasm were in, training started, the app was up (the
// loader's 'running'), one epoch was done, the loading screen and the app
// showed 95%, and the samples the app had seen then. For app.wasm it also
// gives when the loader had read its last byte (downloadedAt) and when it
// was compiled and instantiated (instantiatedAt): "in" is Playwright's
// requestfinished, which comes only once the streaming compiler has
// consumed the body, a second or more after the bytes arrived.
//
// RUNS=n (default 1) repeats each link n times in fresh profiles and
// reports the median with every run's figure. LINKS=10mbit or LINKS=3g
// picks one link. VERBOSE=1 lists every request of each visit. TRACE=1
// prints the first visit as it went: the encoded bytes each file received
// per half second (CDP Network.dataReceived, as the page's session sees
// them), and every change of what the loading screen and the app's
// state() showed (samples, validation accuracy, frames drawn).
import { startServer, launchBrowser, sleep } from './lib.mjs';

const runs = Math.max(1, Number(process.env.RUNS) || 1);
const allLinks = [
  { id: '10mbit', name: '10 Mbit/s, 40 ms', down: 10e6 / 8, up: 10e6 / 8, latency: 40 },
  { id: '3g', name: 'Fast 3G (1.6 Mbit/s down, 750 kbit/s up, 150 ms)', down: 1.6e6 / 8, up: 750e3 / 8, latency: 150 },
];
const links = process.env.LINKS ? allLinks.filter((l) => process.env.LINKS.split(',').includes(l.id)) : allLinks;
const timeoutMs = 240000;

// pageState reads window.digitlab.state() (null before the app is up) and
// the loader's account of the start (window.digitlabLoader; its times are
// turned into epoch milliseconds, null while absent).
async function pageState(page) {
  const [text, loader] = await page.evaluate(() => {
    const l = window.digitlabLoader || {};
    const at = (t) => (t === undefined ? null : performance.timeOrigin + t);
    return [
      window.digitlab && typeof window.digitlab.state === 'function' ? window.digitlab.state() : null,
      {
        trainingAt: at(l.trainingAt), runningAt: at(l.runningAt), early95At: at(l.early95At), early: l.early || null,
        downloadedAt: at(l.downloadedAt), instantiatedAt: at(l.instantiatedAt),
      },
    ];
  });
  return { app: text ? JSON.parse(text) : null, loader };
}

// recorder collects the finished requests of a context with the wall time
// each finished at.
function recorder(context) {
  let log = [];
  context.on('requestfinished', (req) => {
    const at = Date.now();
    log.push(req.sizes().then((s) => ({ url: req.url(), at, bytes: s.responseHeadersSize + Math.max(0, s.responseBodySize) }), () => ({ url: req.url(), at, bytes: 0 })));
  });
  return {
    reset() { log = []; },
    async entries() { return Promise.all(log); },
  };
}

// visit navigates and polls the page until it trains and, if want95, until
// the app reaches 95% validation accuracy. It records when (epoch
// milliseconds, null if never): training started (train), the app was up
// (app: the loader's 'running'), one epoch was done (epoch1: by the
// loading screen's or the app's figures), the loading screen showed 95%
// (early95) and the app did (to95), with the samples the app had seen then.
async function visit(page, url, want95) {
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  const v = { t0, train: null, app: null, epoch1: null, early95: null, to95: null, samples95: null, downloaded: null, instantiated: null, trace: [] };
  while (Date.now() - t0 < timeoutMs) {
    let s = null;
    let loader = null;
    try {
      ({ app: s, loader } = await pageState(page));
    } catch { /* the page is still navigating */ }
    const now = Date.now();
    if (process.env.TRACE) {
      const e = loader && loader.early;
      const line = `loader ${e ? e.samples + ' ' + (100 * e.valAcc).toFixed(1) + '%' : '-'} | app ${s ? `${s.run} ${s.samplesSeen} ${(100 * s.valAcc).toFixed(1)}% frames ${s.drawnFrames}` : '-'}`;
      if (v.trace.length === 0 || v.trace[v.trace.length - 1].line !== line) v.trace.push({ at: now, line });
    }
    if (s && s.run === 'failed') throw new Error('the page could not train: ' + s.error);
    if (loader) {
      if (v.train === null && loader.trainingAt !== null) v.train = Math.round(loader.trainingAt);
      if (v.app === null && loader.runningAt !== null) v.app = Math.round(loader.runningAt);
      if (v.downloaded === null && loader.downloadedAt !== null) v.downloaded = Math.round(loader.downloadedAt);
      if (v.instantiated === null && loader.instantiatedAt !== null) v.instantiated = Math.round(loader.instantiatedAt);
      if (v.early95 === null && loader.early95At !== null) v.early95 = Math.round(loader.early95At);
      if (v.epoch1 === null && loader.early && loader.early.epoch >= 1) v.epoch1 = now;
    }
    if (s && v.train === null && s.samplesSeen > 0) v.train = now;
    if (s && v.app === null) v.app = now; // a loader without runningAt
    if (s && v.epoch1 === null && s.epoch >= 1) v.epoch1 = now;
    if (s && s.valAcc >= 0.95) {
      v.to95 = now;
      v.samples95 = s.samplesSeen;
      break;
    }
    if (v.train !== null && !want95) break;
    await sleep(100);
  }
  return v;
}

const sum = (entries, pred) => entries.filter(pred).reduce((n, e) => n + e.bytes, 0);

async function measure(browser, url, link) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: process.env.SW === 'allow' ? 'allow' : 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: link.latency, downloadThroughput: link.down, uploadThroughput: link.up,
    });
    const rec = recorder(context);
    const chunks = [];
    if (process.env.TRACE) {
      const names = new Map();
      cdp.on('Network.requestWillBeSent', (ev) => {
        names.set(ev.requestId, new URL(ev.request.url).pathname.slice(1) || 'index');
        chunks.push({ at: Date.now(), name: names.get(ev.requestId) + ' asked', bytes: 0 });
      });
      cdp.on('Network.dataReceived', (ev) => chunks.push({ at: Date.now(), name: names.get(ev.requestId) || ev.requestId, bytes: ev.encodedDataLength }));
    }

    const first = await visit(page, url, true);
    if (first.to95 === null) throw new Error(`95% not reached in ${timeoutMs / 1000} s on ${link.name}`);
    // Let the rest of the data arrive (and a service worker install), so
    // that the repeat visit finds everything cached.
    await sleep(link.id === '3g' ? 45000 : 12000);
    const firstEntries = await rec.entries();
    if (process.env.TRACE) {
      const buckets = new Map();
      for (const c of chunks) {
        const k = Math.floor((c.at - first.t0) / 500);
        if (!buckets.has(k)) buckets.set(k, new Map());
        buckets.get(k).set(c.name, (buckets.get(k).get(c.name) || 0) + c.bytes);
      }
      for (const [k, m] of [...buckets.entries()].sort((a, b) => a[0] - b[0])) {
        console.error(`${link.id} bytes ${(k / 2).toFixed(1)} s: ${[...m.entries()].map(([n, b]) => `${n} ${(b / 1e3).toFixed(0)} KB`).join(', ')}`);
      }
      for (const t of first.trace) console.error(`${link.id} state +${((t.at - first.t0) / 1000).toFixed(2)} s ${t.line}`);
    }

    rec.reset();
    const again = await visit(page, url, false);
    if (again.train === null) throw new Error(`the repeat visit did not train on ${link.name}`);
    await sleep(5000); // requests the page makes once it runs (data chunks, the service worker's check)
    const againEntries = await rec.entries();
    if (process.env.VERBOSE) {
      for (const [what, list, v] of [['first', firstEntries, first], ['repeat', againEntries, again]]) {
        for (const e of list) console.error(`${link.id} ${what} +${((e.at - v.t0) / 1000).toFixed(2)} s ${e.bytes} B ${e.url}`);
      }
    }
    const firstIn = (name) => {
      const e = firstEntries.find((x) => new URL(x.url).pathname === '/' + name);
      return e ? (e.at - first.t0) / 1000 : NaN;
    };
    const since = (t) => (t === null ? NaN : (t - first.t0) / 1000);
    return {
      toTrain: (first.train - first.t0) / 1000,
      to95: (first.to95 - first.t0) / 1000,
      early95: since(first.early95),
      before: sum(firstEntries, (e) => e.at <= first.train),
      // When the last of those arrived: the network's share of the wait,
      // apart from compiling and decoding on a loaded machine.
      arrived: Math.max(...firstEntries.filter((e) => e.at <= first.train).map((e) => e.at - first.t0)) / 1000,
      total: sum(firstEntries, () => true),
      repeat: sum(againEntries, () => true),
      repeatTrain: (again.train - again.t0) / 1000,
      // The timeline of the first visit, in seconds from navigation.
      workerIn: firstIn('worker.wasm'),
      dataIn: firstIn('mnist.bin'),
      appIn: firstIn('app.wasm'),
      appRead: since(first.downloaded),
      appCompiled: since(first.instantiated),
      appUp: since(first.app),
      epoch1: since(first.epoch1),
      samples95: first.samples95,
    };
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((x, y) => x - y);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// cell formats the median of a figure, and with several runs every run's.
function cell(results, key, fmt) {
  const m = fmt(median(results.map((r) => r[key])));
  return runs === 1 ? m : `${m} (runs: ${results.map((r) => fmt(r[key])).join(', ')})`;
}
const secs = (v) => (Number.isNaN(v) ? '—' : v.toFixed(1) + ' s');
const mb = (v) => (v / 1e6).toFixed(2) + ' MB';
const kb = (v) => (v / 1e3).toFixed(1) + ' KB';

const server = await startServer();
const browser = await launchBrowser();
try {
  const table = [];
  for (const link of links) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await measure(browser, server.url + '/', link));
    table.push([link.name, results]);
  }
  console.log(`| link | to 95% validation accuracy (the app) | the loading screen shows 95% | training starts | bytes before training | they have arrived | first visit, all bytes | repeat visit bytes | repeat visit, training starts |`);
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const [name, r] of table) {
    console.log(`| ${name} | ${cell(r, 'to95', secs)} | ${cell(r, 'early95', secs)} | ${cell(r, 'toTrain', secs)} | ${cell(r, 'before', mb)} | ${cell(r, 'arrived', secs)} | ${cell(r, 'total', mb)} | ${cell(r, 'repeat', kb)} | ${cell(r, 'repeatTrain', secs)} |`);
  }
  console.log('\nTimeline of the first visit (seconds from navigation; a file "in" when its last byte arrived):\n');
  console.log('| link | worker.wasm in | mnist.bin in | training starts | app.wasm read | app.wasm instantiated | app.wasm in | app up | one epoch done | loading screen 95% | app 95% | samples at 95% |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const [name, r] of table) {
    console.log(`| ${name} | ${cell(r, 'workerIn', secs)} | ${cell(r, 'dataIn', secs)} | ${cell(r, 'toTrain', secs)} | ${cell(r, 'appRead', secs)} | ${cell(r, 'appCompiled', secs)} | ${cell(r, 'appIn', secs)} | ${cell(r, 'appUp', secs)} | ${cell(r, 'epoch1', secs)} | ${cell(r, 'early95', secs)} | ${cell(r, 'to95', secs)} | ${cell(r, 'samples95', (v) => String(v))} |`);
  }
} finally {
  await browser.close();
  server.stop();
}
