// go test -exec runner for GOOS=js GOARCH=wasm test binaries built with
// -tags wasmsimd: Go's own runner (lib/wasm/wasm_exec_node.js) with the
// SIMD kernels of this directory linked to the Go module it instantiates.
// Usage: node exec_node.js TEST.wasm [flags].
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { kernelImports } = require('../../public/kernels.js');

const goroot = process.env.GOROOT || execFileSync('go', ['env', 'GOROOT']).toString().trim();
const instantiate = WebAssembly.instantiate;
// Go's runner makes exactly one call: the Go module, with its imports.
WebAssembly.instantiate = async (bytes, importObject) => {
  WebAssembly.instantiate = instantiate;
  const kernels = kernelImports(importObject);
  const result = await instantiate(bytes, importObject);
  const err = await kernels.link(fs.readFileSync(path.join(__dirname, 'kernels.wasm')), result.instance);
  if (err) {
    console.error(err);
    process.exit(1);
  }
  return result;
};
require(path.join(goroot, 'lib', 'wasm', 'wasm_exec_node.js'));
