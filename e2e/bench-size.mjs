// Size listing of a Go WebAssembly module, by package and by function: the
// bytes of each function's code (the code section's bodies, named through
// the module's name section), summed per Go package, and the data
// segments' total. It needs a module built without -ldflags='-s -w' (which
// strip the names):
//
//   GOOS=js GOARCH=wasm go build -trimpath -tags lazyassets -o /tmp/app.wasm ./wasm/app
//   node e2e/bench-size.mjs /tmp/app.wasm [TOP]
//
// Sizes are raw bytes, before brotli: a guide to what a module holds, not
// to what its download costs (build with and without a change and compare
// the .br files, as make web's precompress prints them).
import { readFileSync } from 'node:fs';

const file = process.argv[2];
const top = Number(process.argv[3]) || 40;
if (!file) {
  console.error('usage: node bench-size.mjs app.wasm [TOP]');
  process.exit(2);
}
const buf = readFileSync(file);

// leb reads an unsigned LEB128 number at pos and returns it with the
// position after it.
function leb(pos) {
  let n = 0;
  let mul = 1;
  for (;;) {
    const b = buf[pos++];
    n += (b & 0x7f) * mul;
    if (b < 0x80) return [n, pos];
    mul *= 128;
  }
}

let pos = 8; // magic and version
let imports = 0;
const bodies = []; // byte size of each defined function's body
const names = new Map(); // function index -> name
let data = 0;
while (pos < buf.length) {
  const id = buf[pos];
  let size;
  [size, pos] = leb(pos + 1);
  const end = pos + size;
  if (id === 2) { // imports: count the functions among them
    let n;
    let p;
    [n, p] = leb(pos);
    for (let i = 0; i < n; i++) {
      for (let s = 0; s < 2; s++) { // module and field names
        let l;
        [l, p] = leb(p);
        p += l;
      }
      const kind = buf[p++];
      if (kind === 0) { [, p] = leb(p); imports++; }
      else if (kind === 1) { p++; const [flags, q] = leb(p); [, p] = leb(q); if (flags & 1) [, p] = leb(p); }
      else if (kind === 2) { const [flags, q] = leb(p); [, p] = leb(q); if (flags & 1) [, p] = leb(p); }
      else if (kind === 3) { p += 2; }
    }
  } else if (id === 10) { // code
    let n;
    let p;
    [n, p] = leb(pos);
    for (let i = 0; i < n; i++) {
      let l;
      [l, p] = leb(p);
      bodies.push(l);
      p += l;
    }
  } else if (id === 11) {
    data += size;
  } else if (id === 0) { // custom: the name section's function names
    let l;
    let p;
    [l, p] = leb(pos);
    const name = buf.toString('utf8', p, p + l);
    p += l;
    if (name === 'name') {
      while (p < end) {
        const sub = buf[p];
        let subSize;
        [subSize, p] = leb(p + 1);
        const subEnd = p + subSize;
        if (sub === 1) {
          let n;
          [n, p] = leb(p);
          for (let i = 0; i < n; i++) {
            let idx;
            let nl;
            [idx, p] = leb(p);
            [nl, p] = leb(p);
            names.set(idx, buf.toString('utf8', p, p + nl));
            p += nl;
          }
        }
        p = subEnd;
      }
    }
  }
  pos = end;
}
if (names.size === 0) {
  console.error(`${file} has no function names: build it without -ldflags='-s -w'`);
  process.exit(1);
}

// pkg is the Go package of a function's name in the name section, where
// Go writes the package path with "_" for "/" ("digitlab_game.New",
// "github.com_hajimehoshi_ebiten_v2.NewImage"): everything before the first
// dot after a leading host name.
function pkg(name) {
  const host = /^[a-z0-9-]+\.[a-z]+_/.exec(name);
  const dot = name.indexOf('.', host ? host[0].length : 0);
  return dot < 0 ? name : name.slice(0, dot);
}

const byPkg = new Map();
const fns = [];
let code = 0;
bodies.forEach((size, i) => {
  const name = names.get(imports + i) || `(function ${imports + i})`;
  code += size;
  fns.push([name, size]);
  const p = pkg(name);
  byPkg.set(p, (byPkg.get(p) || 0) + size);
});
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
console.log(`${file}: ${kb(buf.length)} in all, ${kb(code)} of code in ${bodies.length} functions, ${kb(data)} of data`);
console.log(`\npackages by code size (top ${top}):`);
for (const [p, s] of [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kb(s)}  ${p}`);
console.log(`\nfunctions by code size (top ${top}):`);
for (const [f, s] of fns.sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kb(s)}  ${f}`);
