// Links the SIMD kernels (kernels.wasm, assembled from
// wasm/kernels/kernels.wat) to a Go WebAssembly module built with
// -tags wasmsimd; see nn/kernels_simd.go.
//
//   const kernels = kernelImports(go.importObject); // before instantiating Go
//   ... instantiate the Go module with go.importObject ...
//   await kernels.link(kernelBytes, instance);      // before go.run
//
// The Go module calls kernels.ready once, at start: 1 when the kernels are
// linked, 0 when this browser cannot compile them (no WebAssembly SIMD), in
// which case Go uses its own loops. Works in a page, a worker and node.
function kernelImports(importObject) {
  let k = null;
  importObject.kernels = {
    ready: () => (k ? 1 : 0),
    denseForward: (x, w, b, y, rows, inN, out) => k.denseForward(x, w, b, y, rows, inN, out),
    denseWeightGrad: (x, dy, gw, rows, inN, out) => k.denseWeightGrad(x, dy, gw, rows, inN, out),
    denseInputGrad: (w, dy, dx, rows, inN, out) => k.denseInputGrad(w, dy, dx, rows, inN, out),
    adam: (w, g, m, v, n, alpha, lambda) => k.adam(w, g, m, v, n, alpha, lambda),
    sgd: (w, g, n, rate, lambda) => k.sgd(w, g, n, rate, lambda),
    momentum: (w, g, v, n, rate, lambda, mu, nesterov) => k.momentum(w, g, v, n, rate, lambda, mu, nesterov),
    rmsprop: (w, g, ms, n, rate, lambda) => k.rmsprop(w, g, ms, n, rate, lambda),
    convForward: (x, wt, b, y, nz, rows, inH, inW, c, outH, outW, f, kk, pad) =>
      k.convForward(x, wt, b, y, nz, rows, inH, inW, c, outH, outW, f, kk, pad),
    convBackward: (x, w, gw, gb, dy, dx, nz, rows, inH, inW, c, outH, outW, f, kk, pad) =>
      k.convBackward(x, w, gw, gb, dy, dx, nz, rows, inH, inW, c, outH, outW, f, kk, pad),
    relu: (x, y, n) => k.relu(x, y, n),
    reluGrad: (x, dy, dx, n) => k.reluGrad(x, dy, dx, n),
    maxPool2: (x, y, arg, rows, inH, inW, c) => k.maxPool2(x, y, arg, rows, inH, inW, c),
  };
  return {
    // link instantiates the kernels (bytes, or a promise of them) on the Go
    // instance's memory. It returns why it could not, or '' when linked.
    async link(bytes, goInstance) {
      try {
        const { instance } = await WebAssembly.instantiate(await bytes, { go: { mem: goInstance.exports.mem } });
        // A kernels.wasm from another build may lack a kernel this Go
        // module calls: then the Go loops run, rather than a call failing.
        const missing = Object.keys(importObject.kernels).filter((f) => f !== 'ready' && typeof instance.exports[f] !== 'function');
        if (missing.length) throw new Error(`kernels.wasm lacks ${missing.join(', ')}`);
        k = instance.exports;
        return '';
      } catch (err) {
        return `SIMD kernels unavailable (${err && err.message ? err.message : err}); training uses plain WebAssembly`;
      }
    },
  };
}
if (typeof module !== 'undefined') module.exports = { kernelImports };
