// Runs the same Go benchmarks natively and in headless Chromium's worker
// (through bench-gotest.mjs, SIMD kernels linked), and optionally a
// reference framework's, in alternating rounds, and prints each
// benchmark's samples/s every way, the worker's share of native and
// native's share of the reference: the machine is shared, so only figures
// from the same run compare, and alternating spreads a busy spell over all
// sides.
//
//   node bench-ratio.mjs NATIVE.test TEST.wasm BENCH_REGEXP [REFERENCE...]
//
// REFERENCE is a command (cmd/parity/pytorch/cnn.py bench DIR) that gets
// the seconds to run as one more argument and prints Go benchmark lines
// `BenchmarkPyTorch/NAME ... samples/s`: NAME is compared with the Go
// benchmark whose last part is NAME (Presets/cnn).
//
// ROUNDS=n (default 3) sets the rounds, BENCHTIME (default 3s) each run's
// -test.benchtime and the reference's seconds. Native runs get -test.cpu=1:
// the worker has one thread, and the reference is told to use one.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const [nativeBin, wasmBin, bench, ...reference] = process.argv.slice(2);
if (!nativeBin || !wasmBin || !bench) {
  console.error('usage: node bench-ratio.mjs NATIVE.test TEST.wasm BENCH_REGEXP [REFERENCE...]');
  process.exit(2);
}
const rounds = Math.max(1, Number(process.env.ROUNDS) || 3);
const benchtime = process.env.BENCHTIME || '3s';
const seconds = /^\d+(\.\d+)?s$/.test(benchtime) ? benchtime.slice(0, -1) : '3';
const flags = ['-test.run=^$', `-test.bench=${bench}`, `-test.benchtime=${benchtime}`];
const gotest = fileURLToPath(new URL('bench-gotest.mjs', import.meta.url));

// samples parses `BenchmarkX[-N] ... V samples/s` lines into {X: V}.
function samples(out) {
  const got = {};
  for (const m of out.matchAll(/^Benchmark(\S+?)(?:-\d+)?\s.*?([\d.]+) samples\/s/gm)) got[m[1]] = Number(m[2]);
  return got;
}

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const run = (cmd, args) => samples(execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 24 }));
const load = () => loadavg().map((v) => v.toFixed(1)).join(' ');

const startLoad = load();
const native = [], worker = [], ref = [];
for (let i = 0; i < rounds; i++) {
  native.push(run(nativeBin, [...flags, '-test.cpu=1']));
  worker.push(run('node', [gotest, wasmBin, ...flags]));
  if (reference.length) ref.push(run(reference[0], [...reference.slice(1), seconds]));
}

// cell prints the median of a figure's rounds, the rounds in brackets.
const cell = (xs, digits) => `${median(xs).toFixed(digits)} (${xs.map((v) => v.toFixed(digits)).join(', ')})`;
const refName = ref.length ? Object.keys(ref[0])[0].split('/')[0] : '';
console.log(`| benchmark | native samples/s | Chromium worker samples/s | worker / native |` +
  (refName ? ` ${refName} samples/s | native / ${refName} |` : ''));
console.log('|---|---|---|---|' + (refName ? '---|---|' : ''));
for (const name of Object.keys(native[0])) {
  const n = native.map((r) => r[name]), w = worker.map((r) => r[name]);
  if (w.some((v) => v === undefined)) throw new Error(`${name}: no figure from the worker`);
  let line = `| ${name} | ${cell(n, 0)} | ${cell(w, 0)} | ${cell(w.map((v, i) => v / n[i]), 2)} |`;
  if (refName) {
    const p = ref.map((r) => r[`${refName}/${name.split('/').pop()}`]);
    line += p.some((v) => v === undefined) ? ' | |' : ` ${cell(p, 0)} | ${cell(n.map((v, i) => v / p[i]), 2)} |`;
  }
  console.log(line);
}
console.log(`\n${rounds} rounds of ${benchtime} each, alternating; medians, each round in brackets. ` +
  `Load average (1, 5, 15 min) ${startLoad} at the start, ${load()} at the end.`);
