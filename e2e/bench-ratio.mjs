// Runs the same Go benchmarks natively and in headless Chromium's worker
// (through bench-gotest.mjs, SIMD kernels linked), in alternating rounds,
// and prints each benchmark's samples/s both ways and the worker's share of
// native: the machine is shared, so only figures from the same run compare,
// and alternating spreads a busy spell over both sides.
//
//   node bench-ratio.mjs NATIVE.test TEST.wasm BENCH_REGEXP
//
// ROUNDS=n (default 3) sets the rounds, BENCHTIME (default 3s) each run's
// -test.benchtime. Native runs get -test.cpu=1: the worker has one thread.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [nativeBin, wasmBin, bench] = process.argv.slice(2);
if (!nativeBin || !wasmBin || !bench) {
  console.error('usage: node bench-ratio.mjs NATIVE.test TEST.wasm BENCH_REGEXP');
  process.exit(2);
}
const rounds = Math.max(1, Number(process.env.ROUNDS) || 3);
const flags = ['-test.run=^$', `-test.bench=${bench}`, `-test.benchtime=${process.env.BENCHTIME || '3s'}`];
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

const native = [], worker = [];
for (let i = 0; i < rounds; i++) {
  native.push(samples(execFileSync(nativeBin, [...flags, '-test.cpu=1'], { encoding: 'utf8', maxBuffer: 1 << 24 })));
  worker.push(samples(execFileSync('node', [gotest, wasmBin, ...flags], { encoding: 'utf8', maxBuffer: 1 << 24 })));
}
const runs = (xs) => xs.map((v) => v.toFixed(0)).join(', ');
console.log(`| benchmark | native samples/s | Chromium worker samples/s | worker / native |`);
console.log('|---|---|---|---|');
for (const name of Object.keys(native[0])) {
  const n = native.map((r) => r[name]), w = worker.map((r) => r[name]);
  if (w.some((v) => v === undefined)) throw new Error(`${name}: no figure from the worker`);
  const ratios = n.map((v, i) => w[i] / v);
  console.log(`| ${name} | ${median(n).toFixed(0)} (${runs(n)}) | ${median(w).toFixed(0)} (${runs(w)}) | ` +
    `${median(ratios).toFixed(2)} (${ratios.map((r) => r.toFixed(2)).join(', ')}) |`);
}
