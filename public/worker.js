// The training worker: loads the ebiten-free Go module public/worker.wasm
// (package wasm/worker), which answers {type: "ready"} once it listens.
// It links the SIMD kernels (kernels.wasm, see kernels.js) to the Go module
// before it starts; a browser without WebAssembly SIMD trains with Go's own
// loops, at about half the speed, and the page logs a warning.
// It fetches the training data itself, at once, so that the data arrives
// while worker.wasm downloads and compiles: mnist.bin (20,000 training
// images and the 2,000 test images the page validates on), then
// mnist-more.bin (the other 40,000 training images and 8,000 test images),
// started when the first has arrived so that it never slows it. The Go side (wasm/worker/data.go) takes file i with
// digitlabData(i), a promise of its bytes, and trains on the first while
// the second arrives.
// Once this module is compiled and mnist.bin has arrived, it posts
// {type: "data"}: what training needs is in, and public/loader.js starts
// downloading the page module then, so that the two do not share the link.
// Paths are relative to this file.
importScripts('wasm_exec.js', 'kernels.js');

async function fetchOK(name) {
  const response = await fetch(name);
  if (!response.ok) {
    throw new Error(`${name}: the server answered ${response.status}${response.statusText ? ' ' + response.statusText : ''}`);
  }
  return response;
}

async function fetchBytes(name) {
  return new Uint8Array(await (await fetchOK(name)).arrayBuffer());
}

const dataFiles = [fetchBytes('mnist.bin')];
dataFiles.push(dataFiles[0].then(() => fetchBytes('mnist-more.bin')));
dataFiles.forEach((p) => p.catch(() => {})); // the Go side reports a failure
self.digitlabData = (i) => dataFiles[i];

(async () => {
  try {
    const go = new Go();
    const kernels = kernelImports(go.importObject);
    const kernelBytes = fetchOK('kernels.wasm').then((r) => r.arrayBuffer());
    kernelBytes.catch(() => {}); // link reports a failure, once the Go module is in
    const { instance } = await WebAssembly.instantiateStreaming(fetchOK('worker.wasm'), go.importObject);
    dataFiles[0].then(() => postMessage({ type: 'data' }), () => {});
    // The size of the module's memory, which the Go side reports to the page
    // with its progress (WebAssembly memory grows and never shrinks).
    self.digitlabWasmMemory = () => instance.exports.mem.buffer.byteLength;
    const note = await kernels.link(kernelBytes, instance);
    if (note) postMessage({ type: 'notice', message: note });
    await go.run(instance);
    postMessage({ type: 'error', message: 'the training worker stopped' });
  } catch (err) {
    postMessage({ type: 'error', message: `the training worker could not start: ${err && err.message ? err.message : err}` });
  }
})();
