// The training worker: loads the ebiten-free Go module public/worker.wasm
// (package wasm/worker), which answers {type: "ready"} once it listens.
// It links the SIMD kernels (kernels.wasm, see kernels.js) to the Go module
// before it starts; a browser without WebAssembly SIMD trains with Go's own
// loops, at about half the speed, and the page logs a warning.
// It fetches the training data itself, at once, so that the data arrives
// while worker.wasm downloads and compiles: mnist.bin (20,000 training
// images and the 2,000 test images the page validates on), then
// mnist-more.bin (the other 40,000 training images and 8,000 test images),
// started when the first has arrived and the page module needs the link no
// more: at the page's first message (the app is up and talks to the
// worker), or when the Go side calls digitlabFetchMore() for a run that
// needs those images. The Go side (wasm/worker/data.go) takes file i with
// digitlabData(i), a promise of its bytes, and trains on the first while
// the second arrives.
// Once the bytes of this module and of mnist.bin have arrived, it posts
// {type: "data"}: what training needs is in (the module may still be
// compiling), and public/loader.js starts downloading the page module
// then, so that the two do not share the link.
// Paths are relative to this file. The downloads start before
// importScripts, which blocks this worker for the round trips that fetch
// (or revalidate) the two scripts.

async function fetchOK(name) {
  const response = await fetch(name);
  if (!response.ok) {
    throw new Error(`${name}: the server answered ${response.status}${response.statusText ? ' ' + response.statusText : ''}`);
  }
  return response;
}

// arrival returns response as a new Response whose body is the same
// stream, and a promise that settles when the last byte has come off the
// network: instantiateStreaming compiles while the module downloads, and
// the end of the download is what the page waits for. The body is pulled
// from the network as fast as it comes, whatever the compiler's pace (the
// bytes wait in the stream's queue): with the default queue of one chunk,
// the end would be seen only when the compiler had read it, seconds later
// on a busy machine when the module comes from the browser's cache, and
// the page would hold its own module back for nothing.
function arrival(response) {
  let arrived;
  const done = new Promise((resolve) => (arrived = resolve));
  const unbounded = new CountQueuingStrategy({ highWaterMark: Infinity });
  const body = response.body.pipeThrough(new TransformStream({ flush: () => arrived() }, unbounded, unbounded));
  return [new Response(body, { status: response.status, headers: { 'Content-Type': 'application/wasm' } }), done];
}

async function fetchBytes(name) {
  return new Uint8Array(await (await fetchOK(name)).arrayBuffer());
}

const moduleFetch = fetchOK('worker.wasm').then(arrival);
const kernelBytes = fetchOK('kernels.wasm').then((r) => r.arrayBuffer());
let wantMore;
const moreWanted = new Promise((resolve) => (wantMore = resolve));
self.addEventListener('message', () => wantMore(), { once: true });
self.digitlabFetchMore = () => wantMore();
const dataFiles = [fetchBytes('mnist.bin')];
dataFiles.push(Promise.all([dataFiles[0], moreWanted]).then(() => fetchBytes('mnist-more.bin')));
// {type: "data"} is posted before the Go side gets the first file: Go
// decodes it and starts training at once, and this worker's event loop
// runs again only at the end of the first work slice, about a second
// later on a busy machine, while the link would stand idle until the
// page starts downloading its module.
const announced = moduleFetch
  .then(([, moduleIn]) => Promise.allSettled([moduleIn, dataFiles[0]]))
  .then(() => postMessage({ type: 'data' }));
// Failures are reported where the promises are awaited (the data's by the
// Go side, the module's and the kernels' below).
[moduleFetch, kernelBytes, announced, ...dataFiles].forEach((p) => p.catch(() => {}));
self.digitlabData = (i) => (i === 0 ? announced.then(() => dataFiles[0], () => dataFiles[0]) : dataFiles[i]);

importScripts('wasm_exec.js', 'kernels.js');

(async () => {
  try {
    const go = new Go();
    const kernels = kernelImports(go.importObject);
    const [module] = await moduleFetch;
    const { instance } = await WebAssembly.instantiateStreaming(module, go.importObject);
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
