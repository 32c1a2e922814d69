// Runs a Go WebAssembly test binary in headless Chromium, in a Web Worker
// like the app's trainer, and prints its output: the same benchmarks as
// under node, but with the browser's V8, where the app really runs. The
// SIMD kernels are linked as in the app, so binaries built with -tags
// wasmsimd use them.
//
//   GOOS=js GOARCH=wasm go test -c -tags wasmsimd -o /tmp/nn.wasm ./nn
//   node bench-gotest.mjs /tmp/nn.wasm -test.run='^$' -test.bench=TrainBatch32
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launchBrowser, root } from './lib.mjs';
import { threadSeconds } from './cputime.mjs';

const [bin, ...args] = process.argv.slice(2);
if (!bin) {
  console.error('usage: node bench-gotest.mjs TEST.wasm [-test.flags...]');
  process.exit(2);
}
const goroot = execFileSync('go', ['env', 'GOROOT']).toString().trim();
const files = {
  '/wasm_exec.js': ['text/javascript', readFileSync(join(goroot, 'lib', 'wasm', 'wasm_exec.js'))],
  '/test.wasm': ['application/wasm', readFileSync(bin)],
  '/kernels.js': ['text/javascript', readFileSync(join(root, 'public', 'kernels.js'))],
  '/kernels.wasm': ['application/wasm', readFileSync(join(root, 'wasm', 'kernels', 'kernels.wasm'))],
  '/worker.js': ['text/javascript', `
    importScripts('wasm_exec.js', 'kernels.js');
    let line = '';
    const dec = new TextDecoder();
    globalThis.fs.writeSync = (fd, buf) => {
      line += dec.decode(buf);
      const nl = line.lastIndexOf('\\n');
      if (nl >= 0) { postMessage({ out: line.slice(0, nl) }); line = line.slice(nl + 1); }
      return buf.length;
    };
    onmessage = async (e) => {
      const go = new Go();
      go.argv = ['test.wasm', ...e.data];
      go.exit = (code) => postMessage({ out: line, exit: code });
      const kernels = kernelImports(go.importObject);
      const { instance } = await WebAssembly.instantiateStreaming(fetch('test.wasm'), go.importObject);
      const note = await kernels.link(await (await fetch('kernels.wasm')).arrayBuffer(), instance);
      if (note) postMessage({ out: note });
      await go.run(instance);
    };`],
  '/': ['text/html', '<!doctype html><title>gotest</title>'],
};
const browser = await launchBrowser();
const page = await browser.newPage();
await page.route('http://gotest.local/**', (route) => {
  const f = files[new URL(route.request().url()).pathname];
  return f ? route.fulfill({ contentType: f[0], body: f[1] }) : route.fulfill({ status: 404 });
});
await page.exposeFunction('report', (s) => process.stdout.write(s + '\n'));
await page.goto('http://gotest.local/');
const code = await page.evaluate((args) => new Promise((resolve) => {
  const w = new Worker('worker.js');
  w.onmessage = (e) => {
    if (e.data.out) window.report(e.data.out);
    if ('exit' in e.data) resolve(e.data.exit);
  };
  w.onerror = (e) => { window.report('worker error: ' + e.message); resolve(1); };
  w.postMessage(args);
}), args);
// BENCH_CPU=1: the worker thread's CPU seconds, for bench-ratio.mjs.
if (process.env.BENCH_CPU) console.log(`worker-cpu-seconds ${threadSeconds(process.pid, 'DedicatedWorker')}`);
await browser.close();
process.exit(code);
