// Desktop end-to-end test: the native app under Xvfb trains, a digit drawn
// with real X mouse events (xdotool) is classified, a scribble is "not a
// digit", a failure preset clicked in the presets tab is diagnosed and its
// fix is tried, the errors, why (the evidence behind the inspected
// mistake's answer), layers and compare tabs show, and a window
// resized narrow takes the portrait layout; Save model writes a file that
// a second app started with -model puts on its pad (its own run's long
// finding scrolled with the wheel); a digit taught with a
// click on its chip is kept in a file under the config directory, exported
// to -model-dir, found again by a new app, and removed from the list of
// your digits for good; screenshots land in
// e2e/out/desktop*.png. Run: make
// test-desktop.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, outDir, sleep, loadDigits, startDesktopApp } from './lib.mjs';

const display = `:${90 + Math.floor(Math.random() * 100)}`;
const env = { ...process.env, DISPLAY: display };
const stateFile = join(tmpdir(), `digitlab-desktop-${process.pid}.json`);
const procs = [];
const modelDir = mkdtempSync(join(tmpdir(), 'digitlab-models-'));

after(() => procs.forEach((p) => p.kill()));

function readState(file = stateFile) {
  try { return JSON.parse(readFileSync(file, 'utf8')); } catch { return null; }
}

async function waitFor(pred, ms, what, file = stateFile) {
  const end = Date.now() + ms;
  let s;
  while (Date.now() < end) {
    s = readState(file);
    if (s && pred(s)) return s;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}; last state ${JSON.stringify(s)}`);
}

const xdo = (...args) => execFileSync('xdotool', args, { env, encoding: 'utf8' });

test('the desktop app trains and classifies a digit drawn with the mouse', { timeout: 300000 }, async () => {
  const app = await startDesktopApp(display, '1280x800x24', ['-state-file', stateFile, '-exit-after', '240s', '-model-dir', modelDir], procs);

  const trained = await waitFor((s) => s.valAcc > 0.9, 120000, 'validation accuracy above 90%');
  assert.equal(trained.run, 'training');
  const ticks = [];
  for (let i = 0; i < 6; i++) {
    await sleep(600);
    ticks.push(readState().ticksPerSec);
  }
  ticks.sort((a, b) => a - b);
  assert.ok(ticks[3] > 30, `ticks/s while training: ${ticks.join(', ')}`);

  // Where the window is: without a window manager it sits at the origin,
  // scaled to its size; ask X to be sure.
  const geo = xdo('search', '--sync', '--name', 'Digit Lab', 'getwindowgeometry', '--shell').split('\n')
    .reduce((m, l) => { const [k, v] = l.split('='); if (k) m[k] = Number(v); return m; }, {});
  const scale = Math.min(geo.WIDTH / 1280, geo.HEIGHT / 800);
  const ox = geo.X + (geo.WIDTH - 1280 * scale) / 2;
  const oy = geo.Y + (geo.HEIGHT - 800 * scale) / 2;
  const pad = trained.padRect;
  const drawX = (strokes) => {
    const args = [];
    for (const stroke of strokes) {
      const pts = stroke.map(([x, y]) => [Math.round(ox + (pad.x + (x / 280) * pad.w) * scale), Math.round(oy + (pad.y + (y / 280) * pad.h) * scale)]);
      args.push('mousemove', ...pts[0].map(String), 'sleep', '0.05', 'mousedown', '1');
      for (const p of pts.slice(1)) args.push('sleep', '0.02', 'mousemove', ...p.map(String));
      args.push('sleep', '0.05', 'mouseup', '1');
    }
    xdo(...args);
  };
  const seven = loadDigits().find((d) => d.label === 7);
  drawX(seven.strokes);
  // The state file is rewritten every 500 ms: let it catch up with the
  // finished drawing before reading the prediction.
  await sleep(1500);
  const read = await waitFor((s) => s.prediction && !s.prediction.empty && s.prediction.ready, 10000, 'a prediction');
  execFileSync('/usr/bin/import', ['-window', 'root', join(outDir, 'desktop.png')], { env });
  assert.equal(read.prediction.label, 7, `the drawn 7 was read as ${read.prediction.label}: ${JSON.stringify(read.prediction.probs)}`);
  assert.ok(existsSync(join(outDir, 'desktop.png')));
  assert.equal(read.prediction.verdict, 'digit');

  // The same panels as in the browser, clicked with X events.
  const click = async (name) => {
    const s = await waitFor((s) => s.controls && s.controls[name], 60000, `control ${name}`);
    const r = s.controls[name];
    const x = Math.round(ox + (r.X + r.W / 2) * scale), y = Math.round(oy + (r.Y + r.H / 2) * scale);
    xdo('mousemove', String(x), String(y), 'sleep', '0.05', 'mousedown', '1', 'sleep', '0.05', 'mouseup', '1');
    await sleep(100);
  };
  const shot = (name) => execFileSync('/usr/bin/import', ['-window', 'root', join(outDir, name)], { env });
  // Save model writes the pad's network into -model-dir and says where.
  await click('model:save');
  const saved = await waitFor((s) => s.model && /^Saved /.test(s.model.message), 10000, 'the model to be saved');
  const files = readdirSync(modelDir).filter((f) => f.endsWith('.dlm'));
  assert.equal(files.length, 1, `files saved: ${files}`);
  assert.equal(saved.model.message, 'Saved ' + join(modelDir, files[0]));
  // A scribble, scrubbed back and forth, is not a digit.
  await click('clear');
  await waitFor((s) => s.prediction.empty, 5000, 'the pad to clear');
  const scribble = [];
  for (let i = 0; i < 24; i++) scribble.push(i % 2 ? [210, 70 + 6 * i] : [70, 70 + 6 * i], i % 2 ? [70, 73 + 6 * i] : [210, 73 + 6 * i]);
  drawX([scribble]);
  await sleep(1500);
  const junk = await waitFor((s) => !s.prediction.empty, 10000, 'a verdict on the scribble');
  shot('desktop-not-a-digit.png');
  assert.equal(junk.prediction.verdict, 'not-a-digit', JSON.stringify(junk.prediction));
  assert.equal(junk.prediction.label, -1);
  await click('tab:presets');
  await waitFor((s) => s.tab === 'presets', 5000, 'the presets tab');
  await click('preset:fail-tiny');
  const tiny = await waitFor((s) => /hidden=8&/.test(s.config) && s.findings.some((f) => f.code === 'underfitting'), 90000, 'fail-tiny to be diagnosed with underfitting');
  assert.equal(tiny.run, 'training');
  await sleep(1000);
  shot('desktop-diagnosis.png');
  // Try the fix, clicked with X events: the fixed run trains from the same
  // seed as long as the broken one, which is pinned, and the state says
  // how it went.
  const broken = tiny.findings[0];
  assert.ok(broken.change, `${broken.code} has a change to try`);
  await click('fix:' + broken.code);
  const fixed = await waitFor((s) => s.fixTrial && s.fixTrial.state === 'done', 120000, 'the tried fix to be judged');
  assert.equal(fixed.fixTrial.finding, broken.code);
  assert.match(fixed.fixTrial.sentence, /validation accuracy [\d.]+% → [\d.]+% after [\d,]+ images/);
  assert.equal(fixed.runs.find((r) => r.id === fixed.baseline).config, tiny.config, 'the broken run is the baseline');
  await sleep(1000);
  shot('desktop-fix.png');
  await click('tab:errors');
  await click('mistake:0');
  await waitFor((s) => s.inspecting && !s.prediction.empty, 5000, 'the clicked mistake to be inspected');
  shot('desktop-errors.png');
  await click('tab:why');
  const why = await waitFor((s) => s.tab === 'why' && s.evidence && s.evidence.neighbours.length === 6, 30000, 'the Why tab with the closest training images');
  assert.match(why.evidence.sentence, /from the validation set/, why.evidence.sentence);
  await sleep(1500);
  shot('desktop-why.png');
  await click('tab:layers');
  await sleep(800);
  shot('desktop-layers.png');
  await click('tab:compare');
  const c = await waitFor((s) => s.tab === 'compare' && s.runs.length >= 2, 5000, 'two runs to compare');
  assert.match(c.runs[0].config, /hidden=128&/);
  await sleep(800);
  shot('desktop-compare.png');

  // A window resized to a phone's shape takes the phone layout.
  xdo('search', '--name', 'Digit Lab', 'windowsize', '390', '780');
  const narrow = await waitFor((s) => s.layout === 'portrait', 10000, 'the portrait layout in a narrow window');
  assert.deepEqual(narrow.screen, [390, 780]);
  assert.ok(narrow.padRect.w >= 312, `pad ${narrow.padRect.w} px wide in a 390 px window`);
  await sleep(800);
  shot('desktop-narrow.png');
  xdo('search', '--name', 'Digit Lab', 'windowsize', '1280', '800');
  await waitFor((s) => s.layout === 'desktop', 10000, 'the desktop layout again');
  app.kill(); // the next test's app has the display to itself
});

test('the desktop app started with -model reads the pad with the saved model', { timeout: 120000 }, async () => {
  const files = readdirSync(modelDir).filter((f) => f.endsWith('.dlm'));
  assert.equal(files.length, 1, 'the first test saved a model');
  const strokes = join(modelDir, 'seven.json');
  writeFileSync(strokes, JSON.stringify(loadDigits().find((d) => d.label === 7).strokes));
  const secondState = join(modelDir, 'state.json');
  const second = spawn(join(root, 'bin', 'digitlab'), ['-state-file', secondState, '-exit-after', '90s', '-config', 'dropout=0.83&opt=momentum&lr=0.001&l2=0.031',
    '-model', join(modelDir, files[0]), '-draw-strokes', strokes], { env, stdio: 'inherit' });
  procs.push(second);
  const s = await waitFor((s) => s.model && s.model.loaded && s.prediction.ready && !s.prediction.empty, 60000, 'the loaded model to read the pad', secondState);
  assert.equal(s.model.name, files[0]);
  assert.match(s.model.config, /hidden=128&/);
  assert.match(s.config, /dropout=0.83&/, 'the run trains its own config');
  assert.equal(s.prediction.label, 7, `the saved model read the 7 as ${s.prediction.label}`);
  await sleep(1500); // the window's first frames
  execFileSync('/usr/bin/import', ['-window', 'root', join(outDir, 'desktop-model.png')], { env });
  // Three settings hold the run back together: its finding is taller than
  // the panel, and the wheel (X button 5) over it scrolls it to its last
  // line, what to try.
  const cut = await waitFor((s) => s.diagnosis.code === 'underfitting' && s.diagnosis.below > 0 && s.controls['diagnosis:text'], 60000, 'the underfitting finding, cut by the panel', secondState);
  const r = cut.controls['diagnosis:text'];
  xdo('mousemove', String(Math.round(r.X + r.W / 2)), String(Math.round(r.Y + r.H - 8)), 'sleep', '0.1', 'click', '--repeat', '8', '--delay', '100', '5');
  const scrolled = await waitFor((s) => s.diagnosis.below === 0, 10000, 'the finding to scroll to its end', secondState);
  assert.ok(scrolled.diagnosis.above > 0 && scrolled.diagnosis.shown.some((l) => l.startsWith('Try:')), JSON.stringify(scrolled.diagnosis));
  await sleep(1000);
  execFileSync('/usr/bin/import', ['-window', 'root', join(outDir, 'desktop-scrolled.png')], { env });
  second.kill();
});

test('the desktop app keeps the digits you teach in a file under the config directory', { timeout: 180000 }, async () => {
  // A 6 drawn as a tall oval with a small hook on top (e2e/mydigits.test.mjs).
  const six = [[[170, 40], [120, 60]]];
  for (let i = 0; i <= 18; i++) {
    const a = -Math.PI * 0.6 + (2 * Math.PI * i) / 18;
    six[0].push([140 + 60 * Math.cos(a), 160 + 80 * Math.sin(a)]);
  }
  const config = mkdtempSync(join(tmpdir(), 'digitlab-config-'));
  const strokes = join(config, 'six.json');
  writeFileSync(strokes, JSON.stringify(six));
  const file = join(config, 'state.json');
  const start = () => {
    const p = spawn(join(root, 'bin', 'digitlab'), ['-state-file', file, '-exit-after', '90s', '-model-dir', config, '-draw-strokes', strokes],
      { env: { ...env, XDG_CONFIG_HOME: config }, stdio: 'inherit' });
    procs.push(p);
    return p;
  };
  let app = start();
  await waitFor((s) => s.controls && s.controls['teach:6'] && s.prediction.ready && s.layout === 'desktop', 60000, 'the chips under the drawing', file);
  await sleep(1000); // the window's first frames, at its size
  const geo = xdo('search', '--sync', '--onlyvisible', '--name', 'Digit Lab', 'getwindowgeometry', '--shell').split('\n')
    .reduce((m, l) => { const [k, v] = l.split('='); if (k) m[k] = Number(v); return m; }, {});
  const scale = Math.min(geo.WIDTH / 1280, geo.HEIGHT / 800);
  const click = async (name) => {
    const r = (await waitFor((s) => s.controls && s.controls[name], 10000, `control ${name}`, file)).controls[name];
    const x = Math.round(geo.X + (geo.WIDTH - 1280 * scale) / 2 + (r.X + r.W / 2) * scale);
    const y = Math.round(geo.Y + (geo.HEIGHT - 800 * scale) / 2 + (r.Y + r.H / 2) * scale);
    xdo('mousemove', String(x), String(y), 'sleep', '0.05', 'mousedown', '1', 'sleep', '0.05', 'mouseup', '1');
    await sleep(100);
  };
  await click('teach:6');
  const kept = await waitFor((s) => s.mine && s.mine.count === 1, 10000, 'the digit to be kept', file);
  assert.match(kept.mine.message, /^Kept as a 6 — 1 of your digits/);
  assert.ok(existsSync(join(config, 'digitlab', 'mydigits.dlmine')), 'the digits file under XDG_CONFIG_HOME');
  await sleep(800);
  execFileSync('/usr/bin/import', ['-window', 'root', join(outDir, 'desktop-mydigits.png')], { env });
  await click('clear');
  await waitFor((s) => s.controls && s.controls['digits:export'], 10000, 'Export on the empty pad', file);
  await click('digits:export');
  const exported = await waitFor((s) => /^Exported /.test(s.mine.message), 10000, 'the export', file);
  assert.equal(exported.mine.message, 'Exported ' + join(config, 'digitlab-my-digits.dlmine'));
  app.kill();
  await sleep(500);
  // A new app finds the digit where it was kept.
  rmSync(file, { force: true }); // the state the new app writes, not the old one's
  app = start();
  const back = await waitFor((s) => s.mine && s.mine.count === 1 && s.mine.total === 1 && s.prediction.ready, 60000, 'the kept digit after a restart', file);
  assert.equal(back.mine.counts[6], 1);
  // The list removes it, from the file too.
  await sleep(1000); // the window's first frames
  await click('clear');
  await click('digits:list');
  const list = await waitFor((s) => s.mine.list && s.mine.list.shown.length === 1, 10000, 'the list of your digits', file);
  assert.equal(list.mine.list.shown[0].label, 6);
  await sleep(800);
  execFileSync('/usr/bin/import', ['-window', 'root', join(outDir, 'desktop-mylist.png')], { env });
  await click(`mine:remove:${list.mine.list.shown[0].index}`);
  const removed = await waitFor((s) => s.mine.count === 0, 10000, 'the digit removed', file);
  assert.match(removed.mine.message, /^Removed a 6 — 0 of your digits/);
  app.kill();
  await sleep(500);
  rmSync(file, { force: true }); // the state the new app writes, not the old one's
  app = start();
  await waitFor((s) => s.mine && s.mine.count === 0 && s.prediction.ready, 60000, 'no digits after a restart', file);
  app.kill();
});
