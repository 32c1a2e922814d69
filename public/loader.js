// Digit Lab loader: starts the training worker, which starts training the
// run the address asks for as soon as its module and first data file are
// in, checks that the browser can run the app, downloads app.wasm with a
// real progress bar once the worker's files are in (the link is not shared
// with them), compiling it as it arrives, and starts it with wasm_exec.js.
// Until then the loading screen shows the worker's training.
//
// Its state is on window.digitlabLoader for people and tests:
//   phase:   'loading' | 'running' | 'error'
//   message: what the loading screen says (for errors: title and detail)
//   loaded, total: bytes of app.wasm received so far and expected (total is
//            0 while unknown)
//   wasmMemory(): the page module's WebAssembly memory in bytes, once started
//   trainingAt: when the worker first reported trained samples before the
//            app took it over (performance.now() milliseconds), else absent
//   early:   the worker's newest {samples, epoch, valAcc} before the app
//            took it over, as the loading screen shows it, else absent
//   downloadedAt: when the last byte of app.wasm had come through the
//            download (performance.now() milliseconds), else absent
//   instantiatedAt: when app.wasm was compiled and instantiated, just
//            before go.run (performance.now() milliseconds), else absent
//   runningAt: when the phase became 'running' (performance.now()
//            milliseconds)
//   early95At: when the loading screen first showed a validation accuracy
//            of 95% or more (performance.now() milliseconds), else absent
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
    loader: $('loader'), progress: $('progress'), bar: $('bar'), fill: $('fill'), status: $('status'), early: $('early'),
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

  // load downloads the page module and compiles it as it arrives
  // (WebAssembly.instantiateStreaming), reporting progress, and resolves to
  // the instance: compiling while the bytes come saves the compile after
  // the download, most of a second for a 13 MB module on a busy machine.
  // fetch() streams count decompressed bytes, so the expected total is
  // X-Uncompressed-Length (sent by cmd/serve), else Content-Length when the
  // body is not encoded. A failed download throws a LoadError (what to tell
  // the user), a module that does not compile or link the WebAssembly error.
  async function load(url, importObject, onProgress) {
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
    onProgress(0, total);
    if (!res.body || typeof TransformStream !== 'function' || typeof WebAssembly.instantiateStreaming !== 'function') {
      const bytes = new Uint8Array(await res.arrayBuffer()); // no streams: no progress, but it loads
      state.downloadedAt = performance.now();
      onProgress(bytes.length, total);
      if (bytes.length === 0) throw new LoadError('The file is empty.');
      return (await WebAssembly.instantiate(bytes, importObject)).instance;
    }
    let loaded = 0;
    let cut = null; // the LoadError that ended the download, if one did
    const counted = res.body.pipeThrough(new TransformStream({
      transform(chunk, out) {
        loaded += chunk.length;
        onProgress(loaded, total);
        out.enqueue(chunk);
      },
      flush(out) {
        state.downloadedAt = performance.now();
        if (total && loaded < total) {
          cut = new LoadError('The download was cut short: ' + mb(loaded) + ' of ' + mb(total) + ' MB arrived. Reload to try again.');
        } else if (loaded === 0) {
          cut = new LoadError('The file is empty.');
        }
        if (cut) out.error(cut);
      },
    }));
    const module = new Response(counted, { headers: { 'Content-Type': 'application/wasm' } });
    try {
      return (await WebAssembly.instantiateStreaming(module, importObject)).instance;
    } catch (e) {
      if (cut) throw cut;
      if (e instanceof WebAssembly.CompileError || e instanceof WebAssembly.LinkError || e instanceof WebAssembly.RuntimeError) throw e;
      throw new LoadError('The download stopped after ' + mb(loaded) + ' MB (' + (e && e.message ? e.message : e) + '). Reload to try again.');
    }
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
  // returned dataIn promise settles when the worker has what it trains on
  // (or failed): then app.wasm may take the link; stop ends the worker.
  function startWorker() {
    let worker;
    try {
      worker = new Worker('worker.js', { name: 'digitlab-page' + location.search });
    } catch (e) {
      return { dataIn: Promise.resolve(), stop() {} }; // the app starts its own and reports the failure
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
      if (type === 'progress') showEarly(JSON.parse(ev.data.json));
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
    return {
      dataIn,
      stop() {
        worker.terminate();
        delete window.digitlabWorker;
      },
    };
  }

  // showEarly puts the training the worker does before the app is in on
  // the loading screen, so that the wait shows what it is for: how many
  // images the network has seen and its validation accuracy (the same
  // figures the app shows once it is up, from the same run). p is the
  // worker's progress (trainer.Progress).
  function showEarly(p) {
    if (!(p.samples > 0)) return;
    const now = performance.now();
    if (state.trainingAt === undefined) state.trainingAt = now;
    if (state.phase !== 'loading') return;
    if (p.valAcc >= 0.95 && state.early95At === undefined) state.early95At = now;
    state.early = { samples: p.samples, epoch: p.epoch, valAcc: p.valAcc };
    let text = 'Training has begun: ' + p.samples.toLocaleString('en-US') + ' images seen';
    text += p.valAcc > 0 ? ', validation accuracy ' + (100 * p.valAcc).toFixed(1) + '%' : ', first validation at 10,000';
    ui.early.textContent = text;
    ui.early.hidden = false;
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
    // The worker starts before the checks below, which take a while (the
    // WebGL probe creates a context: tens of milliseconds, more on a busy
    // machine), so that its downloads start at once; a failed check stops it.
    const early = startWorker();
    const stop = (title, detail) => {
      early.stop();
      fail(title, detail);
    };
    if (!hasWebGL()) {
      stop('This browser cannot draw with WebGL',
        'Digit Lab draws with WebGL, which is not available here. Turn on hardware acceleration in the ' +
        "browser's settings, update the graphics driver, or try another browser.");
      return;
    }
    if (typeof Go !== 'function') {
      stop('Could not load wasm_exec.js',
        'The page needs wasm_exec.js, the glue between the browser and Go, next to index.html. ' +
        "If you run Digit Lab from source, make copies it from Go's installation.");
      return;
    }
    captureStderr();
    showStatus('Downloading the training data…');
    // A worker that stalls must not hold the page back for good.
    await Promise.race([early.dataIn, new Promise((resolve) => setTimeout(resolve, dataWaitMs))]);

    withoutMultisampling();
    const go = new Go();
    let instance;
    try {
      instance = await load(WASM, go.importObject, showProgress);
    } catch (e) {
      if (e instanceof LoadError) {
        fail('Could not load ' + WASM, e.message);
      } else {
        fail('Could not start ' + WASM, startError(e));
      }
      return;
    }
    state.instantiatedAt = performance.now();
    showStatus('Starting…');
    ui.fill.style.width = '100%';
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
      state.runningAt = performance.now();
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
