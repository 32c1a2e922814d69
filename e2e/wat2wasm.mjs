// Assembles a WebAssembly text file with WABT (npm wabt), SIMD and bulk
// memory enabled: make kernels writes wasm/kernels/kernels.wasm with it, and
// make test-wasm checks that the committed binary is the assembled source.
//
//   node wat2wasm.mjs IN.wat OUT.wasm
import { readFileSync, writeFileSync } from 'node:fs';
import wabtInit from 'wabt';

const [src, out] = process.argv.slice(2);
if (!src || !out) {
  console.error('usage: node wat2wasm.mjs IN.wat OUT.wasm');
  process.exit(2);
}
const wabt = await wabtInit();
const mod = wabt.parseWat(src, readFileSync(src, 'utf8'), { simd: true, bulk_memory: true });
mod.validate();
const { buffer } = mod.toBinary({});
writeFileSync(out, Buffer.from(buffer));
mod.destroy();
