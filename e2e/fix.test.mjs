// Browser test of Try the fix: a config broken in the address (plain SGD at
// a learning rate of 5, which kills the ReLU units) is diagnosed; a mouse
// click on the finding's Try the fix button trains the fixed config from
// the same seed with the broken run pinned in Compare, and the panel says
// how it went. A finding taller than the panel scrolls to what to try, by
// the wheel on a laptop and by a finger on a phone. Run: make test-web.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useServerAndBrowser, openApp, state, waitForState, clickControl, pauseTraining, sleep, outDir } from './lib.mjs';

const env = useServerAndBrowser();

test('Try the fix trains the fixed config against the broken run and says how it went', { timeout: 600000 }, async (t) => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await openApp(page, env.server.url + '/?opt=sgd&lr=5');
  // The broken run trains a while (or stops by itself) with a finding that
  // has a change.
  const broken = await waitForState(page, (s) => s.findings.length > 0 && s.findings[0].change
    && (s.samplesSeen >= 8000 || s.run === 'diverged'), 240000, 'the broken run to be diagnosed');
  const f = broken.findings[0];
  assert.match(broken.config, /opt=sgd&lr=5&/);
  await sleep(1200); // the panel redraws at the training regions' pace
  const diag = JSON.parse(await page.evaluate(() => window.digitlab.controlRect('diagnosis')));
  await page.screenshot({ path: join(outDir, 'web-fix-before.png'), clip: { x: diag.x, y: diag.y, width: diag.w, height: diag.h } });
  await clickControl(page, 'fix:' + f.code);

  const running = await waitForState(page, (s) => s.fixTrial && s.fixTrial.state === 'running', 10000, 'the trial to start');
  assert.equal(running.fixTrial.finding, f.code);
  assert.equal(running.fixTrial.change, f.change);
  const seed = (c) => c.match(/seed=(\d+)/)[1];
  assert.equal(seed(running.fixTrial.config), seed(broken.config), 'the fixed run keeps the seed');
  await sleep(1200);
  await page.screenshot({ path: join(outDir, 'web-fix-running.png'), clip: { x: diag.x, y: diag.y, width: diag.w, height: diag.h } });
  const shown = await state(page);
  t.diagnostic(`broken run judged at ${running.fixTrial.before.samples} images; at the running screenshot the fixed run has ${shown.samplesSeen}, trial ${shown.fixTrial.state}`);
  const s = await waitForState(page, (s) => s.fixTrial && s.fixTrial.state !== 'running', 400000, 'the fixed run to train as long as the broken one');
  const tr = s.fixTrial;
  assert.equal(tr.state, 'done', tr.sentence);
  assert.ok(tr.after.samples >= tr.before.samples, `the fixed run trained ${tr.after.samples} images, the broken one ${tr.before.samples}`);
  assert.equal(tr.healed, true, tr.sentence);
  assert.ok(tr.after.valAcc > tr.before.valAcc + 0.3, `accuracy ${tr.before.valAcc} → ${tr.after.valAcc}`);
  // The sentence gives both accuracies to a tenth of a point. Go rounds an
  // exact tie such as 10.25 to even and JavaScript's toFixed rounds it up,
  // so the figures are read back and compared within half a tenth.
  const m = tr.sentence.match(/^Fixed: validation accuracy (\d+\.\d)% → (\d+\.\d)% after /);
  assert.ok(m, tr.sentence);
  const near = (shown, v) => Math.abs(Number(shown) - 100 * v) <= 0.05 + 1e-9;
  assert.ok(near(m[1], tr.before.valAcc) && near(m[2], tr.after.valAcc), `${tr.sentence} (before ${tr.before.valAcc}, after ${tr.after.valAcc})`);
  assert.ok(!s.findings.some((x) => x.code === f.code), `${f.code} is gone from the fixed run`);

  // The comparison holds both runs, the broken one pinned as the baseline.
  assert.equal(s.config, tr.config, 'the app shows the fixed run');
  const brokenRun = s.runs.find((r) => /opt=sgd&lr=5&/.test(r.config));
  const fixedRun = s.runs.find((r) => r.config === tr.config);
  assert.ok(brokenRun && fixedRun, `both runs are compared: ${JSON.stringify(s.runs)}`);
  assert.equal(s.baseline, brokenRun.id, 'the broken run is the baseline');
  assert.ok(fixedRun.bestAcc > brokenRun.bestAcc);

  await sleep(1200);
  await page.screenshot({ path: join(outDir, 'web-fix-after.png'), clip: { x: diag.x, y: diag.y, width: diag.w, height: diag.h } });
  await clickControl(page, 'tab:compare');
  await sleep(1200);
  await page.screenshot({ path: join(outDir, 'web-fix-compare.png') });
  await page.close();
});

// Three settings that hold a run back together get a finding of a dozen
// lines, more than the panel holds: the wheel over it, or a finger dragging
// it up on a phone, scrolls the text to its last line, what to try.
test('a finding taller than the panel scrolls to what to try', { timeout: 600000 }, async (t) => {
  for (const phone of [false, true]) {
    const ctx = await env.browser.newContext(phone
      ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }
      : { viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    const where = phone ? 'phone' : 'laptop';
    await openApp(page, env.server.url + '/?dropout=0.83&opt=momentum&lr=0.001&l2=0.031');
    await waitForState(page, (s) => s.findings.length > 0 && s.findings[0].code === 'underfitting', 240000, 'the underfitting finding');
    await pauseTraining(page); // the finding's numbers stay as they are
    if (phone) await clickControl(page, 'page:train');
    await sleep(1200);
    const before = await state(page);
    assert.equal(before.diagnosis.code, 'underfitting');
    assert.equal(before.diagnosis.above, 0);
    assert.ok(before.diagnosis.below > 0, `${where}: the text fits (${JSON.stringify(before.diagnosis)}); nothing to scroll`);
    assert.ok(!before.diagnosis.shown.some((l) => l.startsWith('Try:')), `${where}: the fix shows before scrolling`);
    const r = JSON.parse(await page.evaluate(() => window.digitlab.controlRect('diagnosis:text')));
    assert.ok(r && r.h > 0, `${where}: no scroll area`);
    const x = r.x + r.w / 2, y = r.y + r.h - 8; // the text's last line in view
    if (phone) {
      const cdp = await ctx.newCDPSession(page);
      const touch = (ty) => [{ x, y: ty, id: 1, radiusX: 2, radiusY: 2, force: 1 }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: touch(y) });
      for (let k = 1; k <= 16; k++) {
        await sleep(40);
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: touch(y - 12 * k) });
      }
      await sleep(40);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    } else {
      await page.mouse.move(x, y);
      for (let k = 0; k < 6; k++) {
        await page.mouse.wheel(0, 100);
        await sleep(120);
      }
    }
    const after = await waitForState(page, (s) => s.diagnosis.below === 0, 10000, `${where}: the text to scroll to its end`);
    assert.ok(after.diagnosis.above > 0);
    const fixLine = after.diagnosis.shown.findIndex((l) => l.startsWith('Try:'));
    assert.ok(fixLine >= 0, `${where}: no fix in view: ${JSON.stringify(after.diagnosis.shown)}`);
    const f = after.findings[0];
    assert.equal(after.diagnosis.shown.slice(fixLine).join(' ').replace(/\s+/g, ' '), ('Try: ' + f.fix).replace(/\s+/g, ' '), `${where}: the whole fix is in view`);
    t.diagnostic(`${where}: ${before.diagnosis.shown.length} lines in view, ${before.diagnosis.below} below; scrolled ${after.diagnosis.above} lines`);
    await sleep(1200);
    const diag = JSON.parse(await page.evaluate(() => window.digitlab.controlRect('diagnosis')));
    await page.screenshot({ path: join(outDir, `web-fix-scrolled-${where}.png`), clip: { x: diag.x, y: diag.y, width: diag.w, height: diag.h } });
    await ctx.close();
  }
});
