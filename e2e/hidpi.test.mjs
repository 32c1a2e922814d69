// Browser test of HiDPI rendering: at device scale 2 (1440x900) and 3 (a
// 390x844 phone) the canvas's backing store has the device's resolution,
// the app draws at it (the text is not a 1x rendering pixel-doubled), a
// drawn digit is read, the page keeps running at a tick rate that holds
// above 30 (while training on two cores with SwiftShader a 2x screen
// swings between 20 and 50) and its WebAssembly memory stays under the
// bound. A small desktop viewport (1024x640, then
// resized to 1366x768) keeps its text at 12 CSS px or more and reads a
// drawn digit. Screenshots for a person to look at: e2e/out/hidpi-*.png
// (desktop 1280x800 at 1, 1440x900 at 2, phone at 3, 1024x640 and
// 1366x768 at 1).
// Run: make test-web.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { useServerAndBrowser, openApp, waitForState, drawWithMouse, drawWithTouch, clickControl, checkDrawnRead, outDir, sleep, state } from './lib.mjs';
import { memory, PAGE_MAX } from './soak.mjs';

const env = useServerAndBrowser();

// decodePNG decodes an 8-bit, non-interlaced RGB or RGBA PNG (what
// Chromium's screenshots are) into { width, height, channels, pix }.
function decodePNG(buf) {
  let pos = 8;
  let width = 0, height = 0, channels = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      assert.equal(data[8], 8, 'an 8-bit PNG');
      channels = { 2: 3, 6: 4 }[data[9]];
      assert.ok(channels && data[12] === 0, `a non-interlaced RGB(A) PNG, colour type ${data[9]}`);
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pix = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pix[y * stride + x - channels] : 0;
      const b = y > 0 ? pix[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pix[(y - 1) * stride + x - channels] : 0;
      let v = line[x];
      if (f === 1) v += a;
      else if (f === 2) v += b;
      else if (f === 3) v += (a + b) >> 1;
      else if (f === 4) {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pix[y * stride + x] = v & 0xff;
    }
  }
  return { width, height, channels, pix };
}

// detail returns the share of the n x n blocks (aligned to n) of the CSS
// rectangle r of a screenshot at device scale n whose pixels are not all
// the same: 0 for a 1x rendering scaled up by n, which repeats each pixel
// n x n times.
function detail(img, r, n) {
  let blocks = 0, mixed = 0;
  const x0 = Math.ceil(r.x) * n, y0 = Math.ceil(r.y) * n;
  const x1 = Math.floor(r.x + r.w) * n, y1 = Math.floor(r.y + r.h) * n;
  for (let y = y0; y + n <= y1; y += n) {
    for (let x = x0; x + n <= x1; x += n) {
      const at = (xx, yy) => (yy * img.width + xx) * img.channels;
      const first = at(x, y);
      let same = true;
      for (let dy = 0; dy < n && same; dy++) {
        for (let dx = 0; dx < n && same; dx++) {
          const o = at(x + dx, y + dy);
          for (let c = 0; c < 3; c++) if (img.pix[o + c] !== img.pix[first + c]) same = false;
        }
      }
      blocks++;
      if (!same) mixed++;
    }
  }
  return mixed / blocks;
}

async function canvasSize(page) {
  return page.evaluate(() => {
    const c = document.querySelector('canvas');
    const r = c.getBoundingClientRect();
    return { width: c.width, height: c.height, cssW: r.width, cssH: r.height };
  });
}

async function controlRect(page, name) {
  return JSON.parse(await page.evaluate((n) => window.digitlab.controlRect(n), name));
}

// checkPace checks that the page keeps running at a tick rate that holds
// above 30, and its WebAssembly memory under the bound, and prints both.
// A device-resolution screenshot stalls the page for a moment, ebiten's
// tick rate is a one-second average, and while the worker trains on the
// other core SwiftShader's drawing of a 2x or 3x screen swings the rate
// between 20 and 50 (session 24; CI in session 23 failed a median-of-seven
// check at 22.9). So it reads the rate every half second for up to 90
// seconds, enough for the default run to finish on a slow machine, and
// asks that five readings in a row be above 30: a page that holds its
// pace passes at once, one that never gets it back fails with every
// reading in order.
async function checkPace(page, what) {
  const ticks = [];
  const holding = () => ticks.length >= 5 && ticks.slice(-5).every((t) => t > 30);
  for (let i = 0; i < 180 && !holding(); i++) {
    await sleep(500);
    ticks.push((await state(page)).ticksPerSec);
  }
  const all = ticks.map((t) => t.toFixed(1)).join(', ');
  const m = await memory(page);
  console.log(`# ${what}: ${all} ticks/s, every half second after the screenshot; page WebAssembly memory ${(m.pageBytes / 1e6).toFixed(0)} MB`);
  assert.ok(holding(), `${what}: ticks/s every half second: ${all}`);
  assert.ok(m.pageBytes < PAGE_MAX, `${what}: page memory ${m.pageBytes}`);
}

test('desktop at device scale 2: device-resolution canvas, sharp text, a drawn digit read', { timeout: 300000 }, async () => {
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await openApp(page, env.server.url + '/');
  const s = await waitForState(page, (s) => s.valAcc > 0.95 || s.epoch >= 3, 180000, 'training to 95%');
  assert.equal(s.layout, 'desktop');
  const c = await canvasSize(page);
  assert.equal(c.width, 2 * c.cssW, `the canvas is ${c.width} device px wide for ${c.cssW} CSS px`);
  assert.equal(c.height, 2 * c.cssH, `the canvas is ${c.height} device px high for ${c.cssH} CSS px`);
  await checkDrawnRead(page, (strokes) => drawWithMouse(page, s.pad, strokes), 7, '1440x900@2', 'hidpi-1440x900@2.png');
  const shot = await page.screenshot();
  const img = decodePNG(shot);
  assert.equal(img.width, 2880, 'the screenshot has device pixels');
  for (const name of ['play', 'reset', 'tab:curves', 'lr:dec']) {
    const d = detail(img, await controlRect(page, name), 2);
    assert.ok(d > 0.05, `${name}: ${(100 * d).toFixed(1)}% of its 2x2 blocks have detail; a 1x rendering scaled up has none`);
  }
  await checkPace(page, '1440x900@2');
  await context.close();
});

test('desktop at device scale 1: a screenshot to compare', { timeout: 120000 }, async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await openApp(page, env.server.url + '/');
  await waitForState(page, (s) => s.valAcc > 0.5, 60000, 'a first evaluation');
  const c = await canvasSize(page);
  assert.equal(c.width, c.cssW, 'at device scale 1 the canvas has CSS pixels');
  await sleep(1200);
  await page.screenshot({ path: join(outDir, 'hidpi-1280x800@1.png') });
  await context.close();
});

test('small desktop viewports: text at least 12 CSS px, the pad drawable, a digit read, also after a resize', { timeout: 300000 }, async () => {
  const context = await env.browser.newContext({ viewport: { width: 1024, height: 640 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await openApp(page, env.server.url + '/');
  await waitForState(page, (s) => s.valAcc > 0.95 || s.epoch >= 3, 180000, 'training to 95%');
  for (const [w, h, label] of [[1024, 640, 7], [1366, 768, 3]]) {
    await page.setViewportSize({ width: w, height: h });
    // The logical screen must be the new viewport's shape too: in CI a
    // state between the two (the canvas resized, the old 1109x693 screen
    // still laid out) passed, and the Clear button was clicked where it
    // had been.
    const s = await waitForState(page, (s) => s.layout === 'desktop' && s.pad.w > 0 && Math.abs(s.screen[0] / s.screen[1] - w / h) < 0.01 && Math.abs(s.pad.w / s.padRect.w - Math.min(w / s.screen[0], h / s.screen[1])) < 0.01, 10000, `the desktop layout at ${w}x${h}`);
    console.log(`# ${w}x${h}: logical screen ${s.screen.join('x')}, smallest text ${s.textCSS.toFixed(2)} CSS px, pad ${s.pad.w.toFixed(0)} CSS px`);
    assert.ok(s.textCSS >= 12, `${w}x${h}: the smallest text is ${s.textCSS} CSS px`);
    assert.ok(s.pad.w >= 200, `${w}x${h}: the pad is ${s.pad.w} CSS px wide`);
    await clickControl(page, 'clear');
    await waitForState(page, (s) => s.prediction.empty, 5000, 'the Clear button to empty the pad');
    await checkDrawnRead(page, (strokes) => drawWithMouse(page, s.pad, strokes), label, `${w}x${h}@1`, `hidpi-${w}x${h}@1.png`);
  }
  await context.close();
});

test('phone at device scale 3: device-resolution canvas, sharp text, a finger-drawn digit read', { timeout: 300000 }, async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 });
  const page = await context.newPage();
  await openApp(page, env.server.url + '/');
  const s = await waitForState(page, (s) => s.layout === 'portrait' && (s.valAcc > 0.95 || s.epoch >= 3), 180000, 'the portrait layout trained to 95%');
  const c = await canvasSize(page);
  assert.equal(c.width, 3 * c.cssW, `the canvas is ${c.width} device px wide for ${c.cssW} CSS px`);
  await checkDrawnRead(page, (strokes) => drawWithTouch(page, s.pad, strokes), 3, 'phone-390x844@3', 'hidpi-phone-390x844@3.png');
  const img = decodePNG(await page.screenshot());
  const d = detail(img, await controlRect(page, 'page:settings'), 3);
  assert.ok(d > 0.05, `page:settings: ${(100 * d).toFixed(1)}% of its 3x3 blocks have detail`);
  await checkPace(page, '390x844@3');
  await context.close();
});
