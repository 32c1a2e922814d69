// Browser test of the phone layouts: at 390x844 with touch the pad is at
// least 80% of the width (312 CSS px) and a digit drawn with a finger is
// read; the page switch shows the curves and the settings; at 844x390 the
// landscape layout keeps the pad large. Screenshots: e2e/out/phone-*.png.
// Run: make test-web.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useServerAndBrowser, openApp, waitForState, drawWithTouch, checkDrawnRead, outDir, sleep, state } from './lib.mjs';

const env = useServerAndBrowser();

// tap presses the named control with a finger (CDP touch events).
async function tap(page, name) {
  const r = JSON.parse(await page.evaluate((n) => window.digitlab.controlRect(n), name));
  if (!r || !r.w) throw new Error(`no control named ${name}`);
  const p = [r.x + r.w / 2, r.y + r.h / 2];
  const cdp = await page.context().newCDPSession(page);
  const pt = [{ x: p[0], y: p[1], id: 2, radiusX: 2, radiusY: 2, force: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: pt });
  await sleep(60);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await sleep(100);
  return r;
}

test('portrait phone: a large pad first, a finger-drawn digit read, the rest behind the switch', { timeout: 300000 }, async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await openApp(page, env.server.url + '/');
  const s = await waitForState(page, (s) => s.layout === 'portrait' && (s.valAcc > 0.95 || s.epoch >= 3), 180000, 'the portrait layout trained to 95%');
  assert.deepEqual(s.screen, [390, 844], 'laid out in CSS pixels');
  assert.ok(s.pad.w >= 312, `the pad is ${s.pad.w} CSS px wide, want at least 312 (80% of 390)`);
  assert.ok(s.pad.x >= 0 && s.pad.x + s.pad.w <= 390 && s.pad.y + s.pad.h <= 844, `the pad lies on the screen: ${JSON.stringify(s.pad)}`);
  for (const name of ['play', 'step', 'reset', 'clear', 'page:draw', 'page:train', 'page:settings']) {
    const r = JSON.parse(await page.evaluate((n) => window.digitlab.controlRect(n), name));
    assert.ok(r.h >= 40 && r.w >= 40, `${name} is ${r.w}x${r.h} CSS px, want a touch target of at least 40`);
  }
  await checkDrawnRead(page, (strokes) => drawWithTouch(page, s.pad, strokes), 3, 'portrait phone', 'phone-portrait.png');
  assert.equal((await state(page)).prediction.verdict, 'digit');

  await tap(page, 'page:train');
  const t = await waitForState(page, (s) => s.page === 'train', 5000, 'the curves page');
  assert.ok(t.pad.x + t.pad.w <= 0 || t.pad.x >= 390, 'the pad is off the screen behind the switch');
  const content = JSON.parse(await page.evaluate(() => window.digitlab.controlRect('content')));
  assert.ok(content.x >= 0 && content.x + content.w <= 390 && content.w > 300, `the curves fill the width: ${JSON.stringify(content)}`);
  await sleep(1200);
  await page.screenshot({ path: join(outDir, 'phone-portrait-curves.png') });
  await tap(page, 'page:settings');
  await waitForState(page, (s) => s.page === 'settings', 5000, 'the settings page');
  const relu = JSON.parse(await page.evaluate(() => window.digitlab.controlRect('activation:tanh')));
  assert.ok(relu.x >= 0 && relu.x + relu.w <= 390, `the settings are on the screen: ${JSON.stringify(relu)}`);
  await sleep(500);
  await page.screenshot({ path: join(outDir, 'phone-portrait-settings.png') });
  await tap(page, 'page:draw');
  await waitForState(page, (s) => s.page === 'draw' && s.pad.x >= 0, 5000, 'the pad again');
  await context.close();
});

test('landscape phone: the pad beside its answer', { timeout: 200000 }, async () => {
  const context = await env.browser.newContext({ viewport: { width: 844, height: 390 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await openApp(page, env.server.url + '/');
  const s = await waitForState(page, (s) => s.layout === 'landscape' && s.valAcc > 0.9, 150000, 'the landscape layout trained to 90%');
  assert.ok(s.pad.w >= 250 && s.pad.y + s.pad.h <= 390, `the landscape pad: ${JSON.stringify(s.pad)}`);
  await checkDrawnRead(page, (strokes) => drawWithTouch(page, s.pad, strokes), 7, 'landscape phone', 'phone-landscape.png');
  for (const pg of ['train', 'settings']) {
    await tap(page, 'page:' + pg);
    await waitForState(page, (s) => s.page === pg, 5000, `the ${pg} page`);
    await sleep(800);
    await page.screenshot({ path: join(outDir, `phone-landscape-${pg}.png`) });
  }
  // The settings do not all fit on a phone held sideways: the remedies are
  // on the panel's second page, reached by a tap, and a tap there applies.
  assert.equal(JSON.parse(await page.evaluate(() => window.digitlab.controlRect('clip:inc'))), null, 'clip is not on the first page');
  await tap(page, 'settings-page:2');
  await tap(page, 'clip:inc');
  await waitForState(page, (s) => /(^|&)clip=0\.1(&|$)/.test(s.config), 5000, 'clip=0.1 from the remedies page');
  await sleep(500);
  await page.screenshot({ path: join(outDir, 'phone-landscape-remedies.png') });
  await context.close();
});
