// Digit Lab loader: checks that the browser can run the app, starts the
// training worker, which starts training the run the address asks for as
// soon as its module and first data file are in, downloads app.wasm with a
// real progress bar once they are (the link is not shared with them), and
// starts it with wasm_exec.js.
//
// Its state is on window.digitlabLoader for people and tests:
//   phase:   'loading' | 'running' | 'error'
//   message: what the loading screen says (for errors: title and detail)
//   loaded, total: bytes of app.wasm received so far and expected (total is
//            0 while unknown)
//   wasmMemory(): the page module's WebAssembly memory in bytes, once started
//   trainingAt: when the worker first reported trained samples before the
//            app took it over (performance.now() milliseconds), else absent
// 'running' means Go's main has started and is waiting for events (ebiten's
// canvas is up); 'error' is final, also when the Go program exits by itself.
//
// The page's query string is left alone: the Go app reads window.location.
(function () {
  'use strict';

  const WASM = 'app.wasm';
  // The longest the app's download waits for the worker's data (2.4 MB,
  // 12 s on Fast 3G): on a link slower than about 80 KB/s, or with a
  // stalled worker, the two then share the link.
  const dataWaitMs = 30000;
  const state = { phase: 'loading', message: 'Loading…', loaded: 0, total: 0 };
  window.digitlabLoader = state;

  const $ = (id) => document.getElementById(id);
  const ui = {
    loader: $('loader'), progress: $('progress'), bar: $('bar'), fill: $('fill'), status: $('status'),
    error: $('error'), errorTitle: $('error-title'), errorText: $('error-text'), errorLog: $('error-log'),
  };
  $('reload').addEventListener('click', () => location.reload());

  function mb(bytes) {
    return (bytes / 1e6).toFixed(1);
  }

  function showProgress(loaded, total) {
    state.loaded = loaded;
    state.total = total;
    let text;
    if (total > 0) {
      const pct = Math.min(100, (100 * loaded) / total);
      ui.bar.classList.remove('indeterminate');
      ui.fill.style.width = pct.toFixed(1) + '%';
      ui.bar.setAttribute('aria-valuenow', pct.toFixed(0));
      text = mb(Math.min(loaded, total)) + ' of ' + mb(total) + ' MB';
    } else {
      ui.bar.classList.add('indeterminate');
      ui.bar.removeAttribute('aria-valuenow');
      text = mb(loaded) + ' MB';
    }
    ui.status.textContent = text;
    state.message = 'Downloading ' + WASM + ': ' + text;
  }

  function showStatus(text) {
    ui.status.textContent = text;
    state.message = text;
  }

  // fail shows an error on the loading screen (bringing it back over the
  // app's canvas if needed). The first error wins: later ones are usually
  // its consequences.
  function fail(title, detail, log) {
    if (state.phase === 'error') return;
    state.phase = 'error';
    state.message = title + ': ' + detail;
    ui.errorTitle.textContent = title;
    ui.errorText.textContent = detail;
    if (log) {
      ui.errorLog.textContent = log;
      ui.errorLog.hidden = false;
    }
    ui.progress.hidden = true;
    ui.error.hidden = false;
    ui.loader.hidden = false;
    document.title = 'Digit Lab — stopped';
  }

  class LoadError extends Error {}

  // Go writes panics and fatal errors to fd 2 through the fs shim that
  // wasm_exec.js installs; keep the tail so a crash can be shown on the page.
  let stderr = '';
  function captureStderr() {
    const fs = globalThis.fs;
    if (!fs || typeof fs.writeSync !== 'function') return;
    const write = fs.writeSync;
    const decoder = new TextDecoder();
    fs.writeSync = function (fd, buf) {
      if (fd === 2) stderr = (stderr + decoder.decode(buf, { stream: true })).slice(-6000);
      return write.call(this, fd, buf);
    };
  }

  // crashLog returns the interesting end of stderr: from the last panic or
  // fatal error if there is one, else the last few lines.
  function crashLog() {
    const text = stderr.trimEnd();
    const at = Math.max(text.lastIndexOf('panic: '), text.lastIndexOf('fatal error: '));
    if (at >= 0) return text.slice(at);
    return text.split('\n').slice(-12).join('\n');
  }

  // withoutMultisampling makes the WebGL contexts created from now on
  // single-sampled, unless their creator asks for antialias explicitly.
  // Ebiten asks for none, so the browser gives its canvas the default, a
  // multisampled drawing buffer, and resolves it at every present. Ebiten
  // draws everything into its own textures and copies the result to the
  // canvas with one screen-sized rectangle, which multisampling cannot
  // change; on a software GL (SwiftShader) the resolve made each present
  // cost about 44 ms of CPU instead of the 28 ms of a single-sampled one
  // (game/doc.go), taken from the training worker.
  function withoutMultisampling() {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, attrs) {
      if ((type === 'webgl2' || type === 'webgl') && !(attrs && 'antialias' in attrs)) {
        attrs = Object.assign({}, attrs, { antialias: false });
      }
      return getContext.call(this, type, attrs);
    };
  }

  function hasWebGL() {
    try {
      const canvas = document.createElement('canvas');
      const gl = canvas.getContext('webgl2') || canvas.getContext('webgl');
      if (!gl) return false;
      // Give the probe's context back at once; browsers cap live contexts.
      const lose = gl.getExtension('WEBGL_lose_context');
      if (lose) lose.loseContext();
      return true;
    } catch (e) {
      return false;
    }
  }

  // download reads url as a stream and reports progress. fetch() streams
  // count decompressed bytes, so the expected total is X-Uncompressed-Length
  // (sent by cmd/serve), else Content-Length when the body is not encoded.
  async function download(url, onProgress) {
    let res;
    try {
      res = await fetch(url);
    } catch (e) {
      throw new LoadError('The network request failed (' + e.message + '). Check that the server is running, then reload.');
    }
    if (!res.ok) {
      let hint = '';
      if (res.status === 404) hint = ' If you run Digit Lab from source, build it first with make.';
      throw new LoadError('The server answered ' + res.status + (res.statusText ? ' ' + res.statusText : '') + '.' + hint);
    }
    const encoded = (res.headers.get('Content-Encoding') || 'identity') !== 'identity';
    let total = Number(res.headers.get('X-Uncompressed-Length')) || 0;
    if (!total && !encoded) total = Number(res.headers.get('Content-Length')) || 0;

    let buf = new Uint8Array(total || 1 << 20);
    let loaded = 0;
    onProgress(0, total);
    if (!res.body || !res.body.getReader) {
      buf = new Uint8Array(await res.arrayBuffer()); // no streams: no progress, but it loads
      onProgress(buf.length, total);
      return buf;
    }
    const reader = res.body.getReader();
    for (;;) {
      let chunk;
      try {
        chunk = await reader.read();
      } catch (e) {
        throw new LoadError('The download stopped after ' + mb(loaded) + ' MB (' + e.message + '). Reload to try again.');
      }
      if (chunk.done) break;
      const part = chunk.value;
      if (loaded + part.length > buf.length) {
        const bigger = new Uint8Array(Math.max(buf.length * 2, loaded + part.length));
        bigger.set(buf.subarray(0, loaded));
        buf = bigger;
      }
      buf.set(part, loaded);
      loaded += part.length;
      onProgress(loaded, total);
    }
    if (total && loaded < total) {
      throw new LoadError('The download was cut short: ' + mb(loaded) + ' of ' + mb(total) + ' MB arrived. Reload to try again.');
    }
    if (loaded === 0) throw new LoadError('The file is empty.');
    return buf.subarray(0, loaded);
  }

  // startWorker starts the training worker (worker.js) at once, so that it
  // downloads and compiles worker.wasm and decodes its MNIST while app.wasm
  // loads, instead of after (training starts about 1.5 s sooner on the
  // project's machine). What the worker says before the app listens is
  // kept: the app (wasm/app/bridge.go) calls
  // window.digitlabWorker.adopt(onMessage, onError), which hands it the
  // worker and replays those events in order.
  //
  // The worker's name carries the page's query string (see wasm/worker), so
  // that it starts the run the address asks for before the app is in. The
  // returned promise settles when the worker has what it trains on (or
  // failed): then app.wasm may take the link.
  function startWorker() {
    let worker;
    try {
      worker = new Worker('worker.js', { name: 'digitlab-page' + location.search });
    } catch (e) {
      return Promise.resolve(); // the app starts its own and reports the failure
    }
    let early = [];
    let hasData;
    const dataIn = new Promise((resolve) => (hasData = resolve));
    worker.onmessage = (ev) => {
      const type = ev.data && ev.data.type;
      if (type === 'progress') {
        // A snapshot is whole (the curves so far), so only the newest one
        // and the newest weights are worth handing over: the worker may
        // train for many seconds before the app is in, and its weights
        // alone come four times a second.
        early = early.filter((e) => !(e.data && e.data.type === 'progress' && (!e.data.weights || ev.data.weights)));
      }
      early.push(ev);
      if (type === 'data' || type === 'error') hasData();
      if (type === 'progress' && state.trainingAt === undefined && JSON.parse(ev.data.json).samples > 0) {
        state.trainingAt = performance.now();
      }
    };
    worker.onerror = (ev) => {
      early.push(ev);
      hasData();
    };
    window.digitlabWorker = {
      adopt(onMessage, onError) {
        worker.onmessage = onMessage;
        worker.onerror = onError;
        const pending = early;
        early = [];
        queueMicrotask(() => pending.forEach((ev) => (ev.type === 'error' ? onError : onMessage)(ev)));
        delete window.digitlabWorker; // one owner
        hasData();
        return worker;
      },
    };
    return dataIn;
  }

  function startError(e) {
    let hint = '';
    if (e instanceof WebAssembly.LinkError) {
      hint = ' app.wasm and wasm_exec.js probably come from different Go versions: rebuild both with make.';
    } else if (e instanceof WebAssembly.CompileError) {
      hint = ' The file is damaged or not a WebAssembly module: rebuild it with make.';
    }
    return String(e && e.message ? e.message : e) + '.' + hint;
  }

  async function main() {
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
      fail('This browser cannot run WebAssembly',
        'Digit Lab is a Go program compiled to WebAssembly, which this browser lacks or has turned off ' +
        '(some security settings disable it). Try a current Chrome, Firefox, Safari or Edge.');
      return;
    }
    if (!hasWebGL()) {
      fail('This browser cannot draw with WebGL',
        'Digit Lab draws with WebGL, which is not available here. Turn on hardware acceleration in the ' +
        "browser's settings, update the graphics driver, or try another browser.");
      return;
    }
    if (typeof Go !== 'function') {
      fail('Could not load wasm_exec.js',
        'The page needs wasm_exec.js, the glue between the browser and Go, next to index.html. ' +
        "If you run Digit Lab from source, make copies it from Go's installation.");
      return;
    }
    captureStderr();
    const workerData = startWorker();
    showStatus('Downloading the training data…');
    // A worker that stalls must not hold the page back for good.
    await Promise.race([workerData, new Promise((resolve) => setTimeout(resolve, dataWaitMs))]);

    let bytes;
    try {
      bytes = await download(WASM, showProgress);
    } catch (e) {
      fail('Could not load ' + WASM, e instanceof LoadError ? e.message : String(e));
      return;
    }

    showStatus('Starting…');
    ui.fill.style.width = '100%';
    withoutMultisampling();
    const go = new Go();
    let instance;
    try {
      instance = (await WebAssembly.instantiate(bytes, go.importObject)).instance;
    } catch (e) {
      fail('Could not start ' + WASM, startError(e));
      return;
    }
    bytes = null; // let the download be collected
    // The byte size of the page module's WebAssembly memory, for tests that
    // bound it (it grows and never shrinks).
    state.wasmMemory = () => instance.exports.mem.buffer.byteLength;

    go.exit = (code) => {
      const log = crashLog();
      if (code === 0) {
        fail('Digit Lab stopped', 'The program ended (exit code 0). Reload the page to start again.', log);
      } else {
        fail('Digit Lab crashed', 'The program stopped with exit code ' + code + '. Reload the page to try again.', log);
      }
    };
    // go.run runs Go's main until it first blocks (ebiten then waits for
    // animation frames), and settles only when the program ends.
    go.run(instance).catch((e) => {
      fail('Digit Lab crashed', String(e && e.message ? e.message : e), crashLog());
    });
    if (state.phase === 'loading') {
      state.phase = 'running';
      state.message = 'Running';
      ui.loader.hidden = true;
    }
  }

  // After start, Go runs inside event callbacks (animation frames, input), so
  // a trap in the module surfaces as an uncaught error, not through go.run.
  function onUncaught(err) {
    if (state.phase !== 'running' || !err) return;
    if (err instanceof WebAssembly.RuntimeError || /Go program has already exited/.test(err.message)) {
      fail('Digit Lab crashed', String(err.message || err), crashLog());
    }
  }
  window.addEventListener('error', (ev) => onUncaught(ev.error));
  window.addEventListener('unhandledrejection', (ev) => onUncaught(ev.reason));

  main().catch((e) => fail('Digit Lab could not start', String(e && e.message ? e.message : e)));
})();
