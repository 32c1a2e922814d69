// The training worker: loads the ebiten-free Go module public/worker.wasm
// (package wasm/worker), which answers {type: "ready"} once it listens.
// It links the SIMD kernels (kernels.wasm, see kernels.js) to the Go module
// before it starts; a browser without WebAssembly SIMD trains with Go's own
// loops, at about half the speed, and the page logs a warning.
// It fetches the training data itself, at once, so that the data arrives
// while worker.wasm downloads and compiles: mnist.bin (20,000 training
// images and the 2,000 test images the page validates on), which the Go
// side decodes as it arrives, then mnist-more.bin (the other 40,000 training
// images and 8,000 test images), started when the first has arrived and
// the page module needs the link no more: at the page's first message
// (the app is up and talks to the worker), or when the Go side calls
// digitlabFetchMore() for a run that needs those images; drawn.bin the
// same way, or when it calls digitlabFetchDrawn(). The Go side
// (wasm/worker/data.go) takes the first file's pieces with
// digitlabDataChunk() and the second file with digitlabData(), a promise
// of its bytes, and trains on the first while the second arrives.
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
let wantMore, wantDrawn;
const moreWanted = new Promise((resolve) => (wantMore = resolve));
const drawnWanted = new Promise((resolve) => (wantDrawn = resolve));
self.addEventListener('message', () => (wantMore(), wantDrawn()), { once: true });
// The Go side asks for one file early when the address's run needs it
// (a run with drawn=1 on 20,000 images needs drawn.bin, not the 40,000
// images, and those would share the link with the page module).
self.digitlabFetchMore = () => wantMore();
self.digitlabFetchDrawn = () => wantDrawn();
// pieces reads response's body as it arrives, keeping its chunks until
// next() takes them: next() is a promise of the next chunk (a Uint8Array),
// of null after the last, or rejected if the download failed; arrived
// settles when the last byte is in (or the download failed). The body is
// read as fast as it comes, whatever the taker's pace.
function pieces(response) {
  const chunks = [];
  let taken = 0;
  let end = null; // {} once all has arrived, {error} if the download failed
  let wake = () => {};
  const arrived = (async () => {
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        wake();
      }
      end = {};
    } catch (err) {
      end = { error: err };
    }
    wake();
    if (end.error) throw end.error;
  })();
  async function next() {
    while (taken === chunks.length && end === null) await new Promise((resolve) => (wake = resolve));
    if (taken < chunks.length) {
      const chunk = chunks[taken];
      chunks[taken++] = null;
      return chunk;
    }
    if (end.error) throw end.error;
    return null;
  }
  return { next, arrived };
}

// mnist.bin is fetched at once, beside worker.wasm, and handed to the Go
// side a piece at a time (digitlabDataChunk): it decodes what has arrived
// as soon as it runs, and the rest as it comes, instead of starting when
// the last byte is in. (Fetching it only once worker.wasm was in, so that
// the Go side runs before the data comes, started training no sooner.)
const firstData = fetchOK('mnist.bin').then(pieces);
const firstIn = firstData.then((p) => p.arrived);
const moreData = Promise.all([firstIn, moreWanted]).then(() => fetchBytes('mnist-more.bin'));
// drawn.bin (the drawn digits a config with drawn on mixes in) comes with
// mnist-more.bin, or alone when a run asks for it (digitlabFetchDrawn).
const drawnData = Promise.all([firstIn, drawnWanted]).then(() => fetchBytes('drawn.bin'));
// {type: "data"} is posted as soon as the module's and the first file's
// bytes are in: what training needs has arrived, and the page starts
// downloading its own module then.
const announced = moduleFetch
  .then(([, moduleIn]) => Promise.allSettled([moduleIn, firstIn]))
  .then(() => postMessage({ type: 'data' }));
// Failures are reported where the promises are awaited (the data's by the
// Go side, the module's and the kernels' below).
[moduleFetch, kernelBytes, announced, firstData, firstIn, moreData, drawnData].forEach((p) => p.catch(() => {}));
// The Go side (wasm/worker/data.go) takes mnist.bin a piece at a time,
// and mnist-more.bin (file 1) and drawn.bin (file 2) whole.
self.digitlabDataChunk = () => firstData.then((p) => p.next());
self.digitlabData = (i) => (i === 2 ? drawnData : moreData);

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
