// Drawn-digit accuracy in the page (make padbench-web): loads Digit Lab in
// headless Chromium with a config, lets its run finish, then replays the
// generated drawings of pad/drawset through window.digitlab.drawStrokes (the
// rasterizer the mouse uses) and reads state().prediction. It prints
// accuracy by digit (counting an answer right only when the page shows it:
// the right digit, and the verdict says it is one) for the tuning part, the two held-out parts (new seeds
// of the tuning families; families and a pen never used for tuning) and,
// if the file has them, the fresh part and the blind halves; accuracy by family and pen; how many
// drawn digits of each part the page's verdict calls not-a-digit (or
// empty); what it answers to non-digits; how long the run took to reach 95%
// validation accuracy after the page was opened; and the page's ticks/s
// and the worker's samples/s while it trained.
//
//   go run ./cmd/padbench -fresh -export bin/drawset.json   (make padbench-web does this)
//   node padbench-web.mjs                        # the default config and preset=draw-robust
//   node padbench-web.mjs 'augment=light' ...    # any links' queries, one report each
//
// DRAWINGS=file overrides ../bin/drawset.json. UNTIL95=1 measures only the
// start of each run: it stops once validation accuracy reaches 95% (or
// after 90 s) and prints how long that took and the ticks/s meanwhile,
// reading no drawings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launchBrowser, openApp, state, waitForState, sleep, root } from './lib.mjs';

const queries = process.argv.length > 2 ? process.argv.slice(2) : ['', 'preset=draw-robust'];
const until95 = process.env.UNTIL95 === '1';
const drawings = until95 ? [] : JSON.parse(readFileSync(process.env.DRAWINGS || join(root, 'bin', 'drawset.json'), 'utf8'));

// partOf names the group a drawing is counted in, as cmd/padbench names them.
function partOf(d) {
  if (d.label < 0) return d.part === 'tuning' ? 'non-digits, tuning' : 'non-digits, held out';
  if (d.part === 'tuning') return 'tuning';
  if (d.part === 'fresh') return 'fresh part (report only)';
  if (d.part === 'blind-tuning') return 'blind tuning half';
  if (d.part === 'blind-held-out') return 'blind held-out half (report only)';
  return d.heldOut ? 'held-out families and pen' : 'held-out seeds, tuning families';
}
const parts = ['tuning', 'held-out seeds, tuning families', 'held-out families and pen', 'fresh part (report only)',
  'blind tuning half', 'blind held-out half (report only)'];

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

    const tally = {};
    const add = (key, ok) => {
      const t = (tally[key] ||= { n: 0, c: 0 });
      t.n++;
      if (ok) t.c++;
    };
    const readAs = {};
    let rejected = 0;
    const digitsRejected = {};
    const started = Date.now();
    for (const [i, d] of drawings.entries()) {
      if (i % 500 === 0) console.error(`${query || 'default'}: drawing ${i} of ${drawings.length}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
      const p = await read(page, d.strokes);
      const part = partOf(d);
      if (d.label < 0) {
        readAs[part] ||= Array(10).fill(0);
        if (p.verdict === 'not-a-digit') rejected++;
        else if (p.label >= 0) readAs[part][p.label]++;
        continue;
      }
      if (p.verdict !== 'digit') digitsRejected[part] = (digitsRejected[part] || 0) + 1;
      const ok = p.label === d.label;
      // The network's answer whatever the verdict: cmd/padbench's acc column
      // (ok is its shown column: read right and not rejected).
      add(`read|${part}`, p.probs.indexOf(Math.max(...p.probs)) === d.label);
      add(part, ok);
      add(`${part}|${d.label}`, ok);
      add(`family|${d.family}`, ok);
      add(`pen|${d.part === 'fresh' || d.part.startsWith('blind') ? d.part + ' ' : ''}${d.pen}`, ok);
      if (part.startsWith('held-out')) add(`held-out|${d.label}`, ok);
    }

    const out = [];
    out.push(`== ${query || '(default config)'}: ${s.config}`);
    out.push(`run finished: epoch ${s.epoch}, validation accuracy ${(100 * s.valAcc).toFixed(2)}%, ${trainSecs.toFixed(1)} s from opening the page; ` +
      (to95 === null ? 'never reached 95%' : `95% validation accuracy ${to95.toFixed(1)} s after opening it`));
    out.push(trainLine());
    out.push(`${'drawn digits'.padEnd(32)} ${'n'.padStart(5)} ${'acc'.padStart(6)} ` + [...Array(10).keys()].map((k) => String(k).padStart(6)).join(' '));
    const row = (name, key) => {
      const t = tally[key] || { n: 0, c: 0 };
      out.push(`${name.padEnd(32)} ${String(t.n).padStart(5)} ${pct(t.c, t.n)} ` +
        [...Array(10).keys()].map((k) => { const u = tally[`${key}|${k}`] || { n: 0, c: 0 }; return pct(u.c, u.n); }).join(' '));
    };
    for (const p of parts) if (tally[p]) row(p, p);
    const held = { n: 0, c: 0 };
    for (const p of parts.slice(1, 3)) if (tally[p]) { held.n += tally[p].n; held.c += tally[p].c; }
    tally['held-out'] = held;
    row('held-out, all', 'held-out');
    out.push('read right whatever the verdict (padbench\'s acc; the rows above count only answers shown as a digit): ' +
      parts.filter((p) => tally[`read|${p}`]).map((p) => `${p} ${pct(tally[`read|${p}`].c, tally[`read|${p}`].n).trim()}`).join(', '));
    out.push('drawn digits the verdict calls not-a-digit (or empty): ' + parts.filter((p) => tally[p])
      .map((p) => `${p} ${digitsRejected[p] || 0} of ${tally[p].n} (${pct(digitsRejected[p] || 0, tally[p].n).trim()})`).join(', '));
    const group = (prefix) => Object.keys(tally).filter((k) => k.startsWith(prefix)).sort()
      .map((k) => `${k.slice(prefix.length)} ${pct(tally[k].c, tally[k].n).trim()} (${tally[k].n})`).join(', ');
    out.push(`by pen: ${group('pen|')}`);
    out.push(`by family: ${group('family|')}`);
    const others = drawings.filter((d) => d.label < 0).length;
    out.push(`non-digits (${others}): ${rejected} answered not-a-digit; the rest read as ` +
      Object.entries(readAs).map(([k, v]) => `${k} [${v.join(' ')}]`).join('; '));
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
