// Desktop end-to-end test of resizing: the native app under Xvfb, started
// with a bad config value (so that a banner shows), is resized with
// xdotool through desktop, landscape-phone and portrait-phone window sizes,
// and at each one its state says the layout follows the window: the form
// and logical screen ui.FormFor gives, text at least 12 px, and the pad on
// the screen and as large as the form promises. Screenshots land in
// e2e/out/desktop-resize-WxH.png. Run: cd e2e && node --test desktop-resize.test.mjs
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outDir, sleep, startDesktopApp } from './lib.mjs';

const display = `:${190 + Math.floor(Math.random() * 100)}`;
const env = { ...process.env, DISPLAY: display };
const stateFile = join(tmpdir(), `digitlab-resize-${process.pid}.json`);
const procs = [];
after(() => procs.forEach((p) => p.kill()));

function readState() {
  try { return JSON.parse(readFileSync(stateFile, 'utf8')); } catch { return null; }
}

async function waitFor(pred, ms, what) {
  const end = Date.now() + ms;
  let s;
  while (Date.now() < end) {
    s = readState();
    if (s && pred(s)) return s;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}; last state ${JSON.stringify(s && { layout: s.layout, screen: s.screen, textCSS: s.textCSS, padRect: s.padRect })}`);
}

// The window sizes, and what each must get: the form, the logical screen
// (ui.FormFor: a phone at its size, the desktop zoomed to fit 1280x800 but
// never below 12/13), and the least pad side in logical pixels.
const sizes = [
  { w: 1366, h: 768, layout: 'desktop', screen: [1422, 800], pad: 250 },
  { w: 1024, h: 600, layout: 'desktop', screen: [1109, 650], pad: 140 }, // the banner takes the pad's room,
  { w: 844, h: 390, layout: 'landscape', screen: [844, 390], pad: 250 },
  { w: 667, h: 375, layout: 'landscape', screen: [667, 375], pad: 220 },
  { w: 390, h: 844, layout: 'portrait', screen: [390, 844], pad: 276 },
  { w: 320, h: 568, layout: 'portrait', screen: [320, 568], pad: 150 },
  { w: 1280, h: 800, layout: 'desktop', screen: [1280, 800], pad: 280 },
];

test('the desktop window is laid out again at every size it is given', { timeout: 180000 }, async () => {
  const app = await startDesktopApp(display, '1920x1080x24', ['-state-file', stateFile, '-exit-after', '150s', '-window', '1280x800', '-config', 'lr=banana'], procs);
  const first = await waitFor((s) => s.layout === 'desktop' && s.screen[0] === 1280, 60000, 'the first layout');
  assert.ok(first.warnings.some((w) => /lr=banana/.test(w)), `the banner: ${JSON.stringify(first.warnings)}`);

  for (const sz of sizes) {
    // A size asked for while the window is still settling can be undone
    // by it: ask again until the layout follows.
    let s;
    for (let attempt = 1; ; attempt++) {
      execFileSync('xdotool', ['search', '--sync', '--name', 'Digit Lab', 'windowsize', String(sz.w), String(sz.h)], { env });
      try {
        s = await waitFor((s) => s.screen[0] === sz.screen[0] && s.screen[1] === sz.screen[1], 4000, `the layout of a ${sz.w}x${sz.h} window`);
        break;
      } catch (e) {
        if (attempt === 3) throw e;
      }
    }
    const name = `${sz.w}x${sz.h}`;
    assert.equal(s.layout, sz.layout, name);
    assert.ok(s.textCSS >= 12, `${name}: smallest text ${s.textCSS} px`);
    const p = s.padRect;
    assert.ok(p.x >= 0 && p.y >= 0 && p.x + p.w <= s.screen[0] && p.y + p.h <= s.screen[1], `${name}: pad ${JSON.stringify(p)} off the ${s.screen} screen`);
    assert.ok(p.w >= sz.pad, `${name}: pad ${p.w} px, want at least ${sz.pad}`);
    assert.ok(s.warnings.length > 0, `${name}: the banner went`);
    await sleep(700);
    const id = execFileSync('xdotool', ['search', '--name', 'Digit Lab'], { env, encoding: 'utf8' }).trim().split('\n')[0];
    execFileSync('/usr/bin/import', ['-window', id, join(outDir, `desktop-resize-${name}.png`)], { env });
    console.log(`${name}: ${s.layout} ${s.screen.join('x')}, text ${s.textCSS.toFixed(2)} px, pad ${p.w.toFixed(0)} px`);
  }
  app.kill();
});
