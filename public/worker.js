// The training worker: loads the ebiten-free Go module public/worker.wasm
// (package wasm/worker), which answers {type: "ready"} once it listens.
// Paths are relative to this file.
importScripts('wasm_exec.js');

(async () => {
  try {
    const go = new Go();
    const response = await fetch('worker.wasm');
    if (!response.ok) {
      throw new Error(`worker.wasm: the server answered ${response.status} ${response.statusText}`);
    }
    const { instance } = await WebAssembly.instantiateStreaming(response, go.importObject);
    await go.run(instance);
    postMessage({ type: 'error', message: 'the training worker stopped' });
  } catch (err) {
    postMessage({ type: 'error', message: `the training worker could not start: ${err && err.message ? err.message : err}` });
  }
})();
