// Browser tests of the list of your digits and of teaching on a short
// phone. On the desktop: two digits taught with real clicks on their
// chips, the list opened, one removed with a click (Undo puts it back,
// a second click removes it again), and after a reload the list holds
// exactly the other. At 360x640 and 320x568 with a finger: the strip does
// not fit under the answer, so Teach in the pad's header opens it in the
// answer's place; a tapped chip keeps the digit, and the list removes it
// and puts it back. Screenshots: e2e/out/mylist-*.png. Run: make test-web.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useServerAndBrowser, openApp, waitForState, state, sleep, outDir, clickControl, loadDigits, drawWithTouch } from './lib.mjs';

const env = useServerAndBrowser();

const rectOf = async (page, name) => JSON.parse(await page.evaluate((n) => window.digitlab.controlRect(n), name));

// waitForControl waits until the app names the control, and returns it.
async function waitForControl(page, name, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const r = await rectOf(page, name);
    if (r && r.w) return r;
    await sleep(100);
  }
  throw new Error(`no control ${name} after ${ms} ms; state ${JSON.stringify((await state(page)).mine)}`);
}

// tap presses the named control with a finger (CDP touch events: ebiten
// does not see page.touchscreen.tap).
async function tap(page, name) {
  const r = await waitForControl(page, name);
  const cdp = await page.context().newCDPSession(page);
  const pt = [{ x: r.x + r.w / 2, y: r.y + r.h / 2, id: 3, radiusX: 2, radiusY: 2, force: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: pt });
  await sleep(80);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await sleep(120);
  await cdp.detach();
}

async function shot(page, name) {
  await sleep(600); // a frame that shows the last change
  await page.screenshot({ path: join(outDir, name) });
}

const digitOf = (label) => loadDigits().find((d) => d.label === label).strokes;

test('two digits taught, one removed from the list, and after a reload the list holds the other', { timeout: 300000 }, async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page, env.server.url + '/');
  await page.evaluate(() => window.digitlab.clearDigits());
  await waitForState(page, (s) => s.run === 'training' && s.mine.count === 0, 60000, 'a run and no digits');
  for (const label of [3, 7]) {
    await page.evaluate(() => window.digitlab.clearPad());
    assert.equal(await page.evaluate((s) => window.digitlab.drawStrokes(s), digitOf(label)), '');
    await waitForState(page, (s) => s.prediction.ready && !s.prediction.empty, 30000, `the ${label} read`);
    await waitForControl(page, `teach:${label}`);
    await clickControl(page, `teach:${label}`);
    await waitForState(page, (s) => s.mine.counts[label] === 1, 3000, `the ${label} kept`);
  }
  await page.evaluate(() => window.digitlab.clearPad());
  await waitForControl(page, 'digits:list');
  await clickControl(page, 'digits:list');
  const open = await waitForState(page, (s) => s.mine.list && s.mine.list.shown.length === 2 && s.mine.list.shown.every((d) => d.read >= 0), 5000, 'the list, read');
  assert.deepEqual(open.mine.list.shown.map((d) => d.label), [3, 7], 'by label');
  assert.equal(await rectOf(page, 'pad'), null, 'the list takes the pad\'s place');
  await shot(page, 'mylist-desktop.png');

  const three = open.mine.list.shown.find((d) => d.label === 3).index;
  await clickControl(page, `mine:remove:${three}`);
  const removed = await waitForState(page, (s) => s.mine.count === 1, 3000, 'the 3 removed');
  assert.match(removed.mine.message, /^Removed a 3 — 1 of your digits/);
  await shot(page, 'mylist-desktop-removed.png');
  await clickControl(page, 'mine:undo');
  const back = await waitForState(page, (s) => s.mine.count === 2, 3000, 'the 3 put back');
  assert.match(back.mine.message, /^Put back a 3/);
  assert.deepEqual(back.mine.list.shown.map((d) => [d.index, d.label]), open.mine.list.shown.map((d) => [d.index, d.label]), 'where it was');
  await clickControl(page, `mine:remove:${three}`);
  await waitForState(page, (s) => s.mine.count === 1, 3000, 'the 3 removed again');
  await clickControl(page, 'mine:done');
  await waitForState(page, (s) => s.mine.list === null, 3000, 'the pad back');
  assert.ok(await rectOf(page, 'pad'), 'the pad is back');

  await page.reload();
  await page.waitForFunction(() => window.digitlab && typeof window.digitlab.state === 'function', null, { timeout: 120000 });
  const kept = await waitForState(page, (s) => s.run === 'training' && s.mine.count === 1, 60000, 'the kept digit after the reload');
  assert.equal(kept.mine.counts[7], 1);
  assert.equal(kept.mine.counts[3], 0);
  await waitForControl(page, 'digits:list', 30000);
  await clickControl(page, 'digits:list');
  const after = await waitForState(page, (s) => s.mine.list !== null, 3000, 'the list after the reload');
  assert.deepEqual(after.mine.list.shown.map((d) => d.label), [7], 'exactly the other digit');
  assert.deepEqual(errors, [], 'no page errors');
  await page.close();
});

test('on a short phone a finger teaches a digit through Teach, and the list removes it', { timeout: 300000 }, async () => {
  for (const [w, h] of [[360, 640], [320, 568]]) {
    const context = await env.browser.newContext({ viewport: { width: w, height: h }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await openApp(page, env.server.url + '/');
    await page.evaluate(() => window.digitlab.clearDigits());
    const s = await waitForState(page, (s) => s.layout === 'portrait' && s.run === 'training' && s.valAcc > 0.5 && s.mine.count === 0, 120000, 'a trained run');
    await drawWithTouch(page, s.pad, digitOf(4));
    await waitForState(page, (s) => s.prediction.ready && !s.prediction.empty, 10000, 'the 4 read');
    assert.equal(await rectOf(page, 'teach:4'), null, `no room for the chips under the answer at ${w}x${h}`);
    await shot(page, `mylist-phone-${w}x${h}-answer.png`);
    const opener = await waitForControl(page, 'teach:open');
    assert.ok(opener.w >= 40 && opener.h >= 40, `Teach is ${opener.w}x${opener.h}`);
    await tap(page, 'teach:open');
    for (let d = 0; d < 10; d++) {
      const r = await waitForControl(page, `teach:${d}`);
      assert.ok(r.w >= 40 && r.h >= 40 && r.x >= 0 && r.x + r.w <= w && r.y + r.h <= h, `teach:${d} at ${w}x${h}: ${JSON.stringify(r)}`);
      assert.ok(r.y >= s.pad.y + s.pad.h, `teach:${d} lies under the pad`);
    }
    const still = await state(page);
    assert.deepEqual(still.pad, s.pad, 'the pad keeps its size');
    await shot(page, `mylist-phone-${w}x${h}-chips.png`);
    await tap(page, 'teach:4');
    const kept = await waitForState(page, (s) => s.mine.counts[4] === 1, 3000, 'the 4 kept');
    assert.match(kept.mine.message, /^Kept as a 4 — 1 of your digits/);
    await shot(page, `mylist-phone-${w}x${h}-kept.png`);

    await tap(page, 'clear');
    await tap(page, 'digits:list');
    const open = await waitForState(page, (s) => s.mine.list && s.mine.list.shown.length === 1, 3000, 'the list');
    await sleep(500);
    await shot(page, `mylist-phone-${w}x${h}-list.png`);
    await tap(page, `mine:remove:${open.mine.list.shown[0].index}`);
    await waitForState(page, (s) => s.mine.count === 0, 3000, 'the 4 removed');
    await shot(page, `mylist-phone-${w}x${h}-removed.png`);
    await tap(page, 'mine:undo');
    await waitForState(page, (s) => s.mine.count === 1 && s.mine.counts[4] === 1, 3000, 'the 4 put back');
    await tap(page, 'mine:done');
    await waitForState(page, (s) => s.mine.list === null, 3000, 'the pad back');
    await context.close();
  }
});
