// Drawn-digit accuracy in the page (make padbench-web): loads Digit Lab in
// headless Chromium with a config, lets its run finish, then replays the
// generated drawings of pad/drawset through window.digitlab.drawStrokes (the
// rasterizer the mouse uses) and reads state().prediction. For each part of
// drawn digits in the file (tuning; held-out seeds; held-out families and
// pen; and, if exported, the fresh part, the blind halves and the unseen
// halves) it prints, in all and by digit, the share shown right (the right
// digit, and the verdict says it is one) and read right whatever the
// verdict (cmd/padbench's acc), and the share the verdict calls
// not-a-digit (or empty); then by pen and by family. It also prints what
// it answers to non-digits, how long the run took to reach 95% validation
// accuracy after the page was opened, and the page's ticks/s and the
// worker's samples/s while it trained. The tallies are in padbench-tally.mjs.
//
//   go run ./cmd/padbench -n 500 -fresh -unseen -export bin/drawset.json   (make padbench-web does this)
//   node padbench-web.mjs                        # the default config and preset=draw-robust
//   node padbench-web.mjs 'augment=light' ...    # any links' queries, one report each
//
// DRAWINGS=file overrides ../bin/drawset.json. PARTS=unseen-tuning,... reads
// only the drawings of those parts of the file (its "part" field; the
// non-digits are in parts tuning, held-out and final). NATIVE=a.json,b.json
// gives cmd/padbench -json reports of the same drawings: for each config
// the page ran, the report of the same config must count the same digits
// read right, shown right and rejected, in all, by digit and by pen, on
// every part both read, or the script says where they differ and exits 1
// (the same seed trains the same network natively and in the page).
// UNTIL95=1 measures only the start of each run: it stops once validation
// accuracy reaches 95% (or after 90 s) and prints how long that took and
// the ticks/s meanwhile, reading no drawings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launchBrowser, openApp, state, waitForState, sleep, root } from './lib.mjs';
import { compareNative, formatTallies, nativeFor, tallyDigit, partOf } from './padbench-tally.mjs';

const queries = process.argv.length > 2 ? process.argv.slice(2) : ['', 'preset=draw-robust'];
const until95 = process.env.UNTIL95 === '1';
const only = process.env.PARTS ? new Set(process.env.PARTS.split(',')) : null;
const drawings = until95 ? [] : JSON.parse(readFileSync(process.env.DRAWINGS || join(root, 'bin', 'drawset.json'), 'utf8'))
  .filter((d) => !only || only.has(d.part));
const natives = process.env.NATIVE ? process.env.NATIVE.split(',').map((f) => JSON.parse(readFileSync(f, 'utf8'))) : [];
let disagree = false;

// median of the numbers (sorted in place).
const median = (xs) => (xs.length ? xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);

// read clears the pad, draws one drawing and returns the prediction once the
// page shows it: one round trip per drawing, polling inside the page (the
// strokes are applied at the start of the next tick, and the prediction is
// published with that tick).
async function read(page, strokes) {
  return page.evaluate(async (strokes) => {
    const api = window.digitlab;
    const pred = () => JSON.parse(api.state()).prediction;
    const until = async (ok) => {
      // Generous: on a loaded machine the page can miss ticks for seconds.
      for (let end = Date.now() + 30000; Date.now() < end;) {
        const p = pred();
        if (ok(p)) return p;
        await new Promise((r) => setTimeout(r, 5));
      }
      throw new Error('the pad did not answer within 30 s');
    };
    api.clearPad();
    await until((p) => p.empty);
    const err = api.drawStrokes(strokes);
    if (err) throw new Error(`drawStrokes: ${err}`);
    return until((p) => !p.empty && p.ready);
  }, strokes);
}

const pct = (c, n) => (n ? `${((100 * c) / n).toFixed(1)}%` : '-').padStart(6);

async function measure(browser, url, query) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    const t0 = Date.now();
    await openApp(page, query ? `${url}/?${query}` : url);
    let to95 = null;
    let s;
    // ticks/s is ebiten's one-second average: read it every half second
    // while the run trains; samples/s likewise.
    const ticks = [], rates = [];
    let lastReading = 0;
    for (let end = Date.now() + (until95 ? 90000 : 20 * 60000); Date.now() < end;) {
      s = await state(page);
      if (to95 === null && s.valAcc >= 0.95) to95 = (Date.now() - t0) / 1000;
      if (until95 && to95 !== null) break;
      if (s.run === 'finished' || s.run === 'diverged') break; // before: loading, then training
      if (s.run === 'training' && s.samplesSeen > 0 && Date.now() - lastReading >= 500) {
        lastReading = Date.now();
        ticks.push(s.ticksPerSec);
        rates.push(s.samplesPerSec);
      }
      await sleep(100);
    }
    const trainLine = () => `while training: page ticks/s median ${median([...ticks]).toFixed(1)}, min ${Math.min(...ticks).toFixed(1)} (${ticks.length} readings); ` +
      `worker samples/s median ${median([...rates]).toFixed(0)}`;
    if (until95) {
      return `== ${query || '(default config)'}: ${s.config}\n` +
        (to95 === null ? `never reached 95% in 90 s (validation accuracy ${(100 * s.valAcc).toFixed(2)}%)` : `95% validation accuracy ${to95.toFixed(1)} s after opening the page`) +
        `, at ${s.samplesSeen} samples\n${trainLine()}`;
    }
    if (s.run !== 'finished') throw new Error(`the run ended ${s.run}, not finished: ${s.error || ''}`);
    const trainSecs = (Date.now() - t0) / 1000;
    console.error(`${query || 'default'}: run finished after ${trainSecs.toFixed(0)} s`);
    s = await waitForState(page, (x) => x.run === 'finished', 1000, 'the finished run');

    const tallies = {};
    const readAs = {};
    let rejected = 0;
    const started = Date.now();
    for (const [i, d] of drawings.entries()) {
      if (i % 500 === 0) console.error(`${query || 'default'}: drawing ${i} of ${drawings.length}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
      const p = await read(page, d.strokes);
      if (d.label < 0) {
        const part = partOf(d);
        readAs[part] ||= Array(10).fill(0);
        if (p.verdict === 'not-a-digit') rejected++;
        else if (p.label >= 0) readAs[part][p.label]++;
        continue;
      }
      tallyDigit(tallies, d, p);
    }

    const out = [];
    out.push(`== ${query || '(default config)'}: ${s.config}`);
    out.push(`run finished: epoch ${s.epoch}, validation accuracy ${(100 * s.valAcc).toFixed(2)}%, ${trainSecs.toFixed(1)} s from opening the page; ` +
      (to95 === null ? 'never reached 95%' : `95% validation accuracy ${to95.toFixed(1)} s after opening it`) +
      `; ${drawings.length} drawings read in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    out.push(trainLine());
    out.push(...formatTallies(tallies));
    const others = drawings.filter((d) => d.label < 0).length;
    if (others) {
      out.push(`non-digits (${others}): ${rejected} answered not-a-digit; the rest read as ` +
        Object.entries(readAs).map(([k, v]) => `${k} [${v.join(' ')}]`).join('; '));
    }
    if (natives.length) {
      const r = nativeFor(natives, s.config);
      if (!r) {
        out.push(`native: no report in NATIVE for ${s.config}`);
        disagree = true;
      } else {
        const diffs = compareNative(tallies, r);
        out.push(diffs.length ? `native and page DISAGREE (${r.name}):\n  ${diffs.join('\n  ')}` :
          `native and page agree on every part both read (${r.name}): read, shown and rejected, by digit and by pen`);
        disagree ||= diffs.length > 0;
      }
    }
    return out.join('\n');
  } finally {
    await page.close();
  }
}

const server = await startServer();
const browser = await launchBrowser();
try {
  for (const q of queries) console.log(await measure(browser, server.url, q) + '\n');
} finally {
  await browser.close();
  server.stop();
}
if (disagree) process.exitCode = 1;
