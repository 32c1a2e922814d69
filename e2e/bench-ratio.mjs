// Runs the same Go benchmarks natively and in headless Chromium's worker
// (through bench-gotest.mjs, SIMD kernels linked), and optionally a
// reference framework's, in alternating rounds, and prints each
// benchmark's samples per CPU second every way, the worker's share of
// native and native's share of the reference.
//
//   node bench-ratio.mjs NATIVE.test TEST.wasm BENCH_REGEXP [REFERENCE...]
//
// The machine is shared: there a benchmark's wall time measures the other
// programs' load as much as its own speed (rounds a few seconds apart
// differ by 3×), while the CPU time it gets does not. So each side is timed
// by the CPU time of what runs the steps: the native test process (all its
// threads, through /proc), Chromium's worker thread (cputime.mjs), and the
// reference's own process_time. Each Go benchmark runs alone in a process,
// once for N steps and once for 1, and the difference is N−1 steps'
// CPU time without the setup (loading MNIST, starting Chromium). N is
// chosen from a short native run so that native takes CPU_SECONDS
// (default 2).
//
// REFERENCE is a command (cmd/parity/pytorch/cnn.py bench DIR) that gets
// CPU_SECONDS as one more argument and prints Go benchmark lines
// `BenchmarkPyTorch/NAME ... C cpu-samples/s`: NAME is compared with the
// Go benchmark whose last part is NAME (Presets/cnn).
//
// ROUNDS=n (default 3) sets the rounds; the figures are medians over them,
// and the ratios medians of each round's ratio. Native runs get
// -test.cpu=1: the worker has one thread, and the reference is told to use
// one.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const [nativeBin, wasmBin, bench, ...reference] = process.argv.slice(2);
if (!nativeBin || !wasmBin || !bench) {
  console.error('usage: node bench-ratio.mjs NATIVE.test TEST.wasm BENCH_REGEXP [REFERENCE...]');
  process.exit(2);
}
const rounds = Math.max(1, Number(process.env.ROUNDS) || 3);
const cpuSeconds = Math.max(0.5, Number(process.env.CPU_SECONDS) || 2);
const gotest = fileURLToPath(new URL('bench-gotest.mjs', import.meta.url));
const exec = (cmd, args, env) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 24, env: { ...process.env, ...env } });

// samplesPerOp parses `BenchmarkX[-N] ... T ns/op ... V samples/s` lines
// into {X: samples per op}.
function samplesPerOp(out) {
  const got = {};
  for (const m of out.matchAll(/^Benchmark(\S+?)(?:-\d+)?\s.*?([\d.]+) ns\/op.*?([\d.]+) samples\/s/gm)) {
    got[m[1]] = Math.round(Number(m[2]) * Number(m[3]) / 1e9);
  }
  return got;
}

// pattern is a -test.bench regexp that matches the benchmark name alone.
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (name) => name.split('/').map((p, i) => `^${i ? '' : 'Benchmark'}${esc(p)}$`).join('/');

// native runs one benchmark (or those bench matches) for steps steps and
// returns the CPU seconds of the process and its output: /proc/PID/stat of
// the shell that waited for it has the process's user and system time as
// cutime and cstime.
function native(name, steps, bench = pattern(name)) {
  const out = exec('sh', ['-c', '"$@" || exit; read -r _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ cu cs _ < /proc/$$/stat; echo "native-cpu-ticks $cu $cs"',
    'sh', nativeBin, '-test.run=^$', `-test.bench=${bench}`, `-test.benchtime=${steps}x`, '-test.cpu=1']);
  const m = out.match(/^native-cpu-ticks (\d+) (\d+)$/m);
  return { cpu: (Number(m[1]) + Number(m[2])) / 100, out };
}

// worker runs one benchmark for steps steps in Chromium's worker and
// returns the worker thread's CPU seconds.
function worker(name, steps) {
  const out = exec('node', [gotest, wasmBin, '-test.run=^$', `-test.bench=${pattern(name)}`, `-test.benchtime=${steps}x`], { BENCH_CPU: '1' });
  const m = out.match(/^worker-cpu-seconds ([\d.]+)$/m);
  if (!m) throw new Error(`${name}: no CPU time from the worker:\n${out}`);
  return { cpu: Number(m[1]), out };
}

// perSecond returns samples per CPU second from runs of steps and 1 steps.
function perSecond(run, name, steps) {
  const one = run(name, 1), many = run(name, steps);
  const rows = samplesPerOp(many.out)[name];
  if (!rows) throw new Error(`${name}: no samples/s in\n${many.out}`);
  return (steps - 1) * rows / Math.max(0.01, many.cpu - one.cpu);
}

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const load = () => loadavg().map((v) => v.toFixed(1)).join(' ');

const startLoad = load();
const names = Object.keys(samplesPerOp(native('', 1, bench).out));
if (!names.length) throw new Error(`no benchmark matches ${bench}`);
const steps = {};
for (const name of names) {
  const pilot = 100, one = native(name, 1).cpu, many = native(name, pilot).cpu;
  steps[name] = Math.min(1e6, Math.max(pilot, Math.ceil(cpuSeconds * (pilot - 1) / Math.max(0.01, many - one))));
}
const nat = {}, wrk = {}, ref = [];
for (const name of names) nat[name] = [], wrk[name] = [];
// Each round runs native, then the reference, then the worker: the
// figures of a ratio come from runs next to each other.
for (let i = 0; i < rounds; i++) {
  for (const name of names) nat[name].push(perSecond(native, name, steps[name]));
  if (reference.length) {
    const got = {};
    const out = exec(reference[0], [...reference.slice(1), String(cpuSeconds)]);
    for (const m of out.matchAll(/^Benchmark(\S+?)\s.*?([\d.]+) cpu-samples\/s/gm)) got[m[1]] = Number(m[2]);
    ref.push(got);
  }
  for (const name of names) wrk[name].push(perSecond(worker, name, steps[name]));
}

// cell prints the median of a figure's rounds, the rounds in brackets.
const cell = (xs, digits) => `${median(xs).toFixed(digits)} (${xs.map((v) => v.toFixed(digits)).join(', ')})`;
const refName = ref.length ? Object.keys(ref[0])[0].split('/')[0] : '';
console.log(`| benchmark | native samples/CPU-s | Chromium worker samples/CPU-s | worker / native |` +
  (refName ? ` ${refName} samples/CPU-s | native / ${refName} |` : ''));
console.log('|---|---|---|---|' + (refName ? '---|---|' : ''));
for (const name of names) {
  const n = nat[name], w = wrk[name];
  let line = `| ${name} | ${cell(n, 0)} | ${cell(w, 0)} | ${cell(w.map((v, i) => v / n[i]), 2)} |`;
  if (refName) {
    const p = ref.map((r) => r[`${refName}/${name.split('/').pop()}`]);
    line += p.some((v) => v === undefined) ? ' | |' : ` ${cell(p, 0)} | ${cell(n.map((v, i) => v / p[i]), 2)} |`;
  }
  console.log(line);
}
console.log(`\n${rounds} rounds; medians, each round in brackets; ${Object.entries(steps).map(([k, v]) => `${k} ${v} steps`).join(', ')}. ` +
  `Load average (1, 5, 15 min) ${startLoad} at the start, ${load()} at the end.`);
