// Browser test of Try the fix: a config broken in the address (plain SGD at
// a learning rate of 5, which kills the ReLU units) is diagnosed; a mouse
// click on the finding's Try the fix button trains the fixed config from
// the same seed with the broken run pinned in Compare, and the panel says
// how it went. Run: make test-web.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useServerAndBrowser, openApp, waitForState, clickControl, sleep, outDir } from './lib.mjs';

const env = useServerAndBrowser();

test('Try the fix trains the fixed config against the broken run and says how it went', { timeout: 600000 }, async () => {
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
  const s = await waitForState(page, (s) => s.fixTrial && s.fixTrial.state !== 'running', 400000, 'the fixed run to train as long as the broken one');
  const t = s.fixTrial;
  assert.equal(t.state, 'done', t.sentence);
  assert.ok(t.after.samples >= t.before.samples, `the fixed run trained ${t.after.samples} images, the broken one ${t.before.samples}`);
  assert.equal(t.healed, true, t.sentence);
  assert.ok(t.after.valAcc > t.before.valAcc + 0.3, `accuracy ${t.before.valAcc} → ${t.after.valAcc}`);
  const pct = (v) => (100 * v).toFixed(1) + '%';
  assert.ok(t.sentence.startsWith(`Fixed: validation accuracy ${pct(t.before.valAcc)} → ${pct(t.after.valAcc)} after `), t.sentence);
  assert.ok(!s.findings.some((x) => x.code === f.code), `${f.code} is gone from the fixed run`);

  // The comparison holds both runs, the broken one pinned as the baseline.
  assert.equal(s.config, t.config, 'the app shows the fixed run');
  const brokenRun = s.runs.find((r) => /opt=sgd&lr=5&/.test(r.config));
  const fixedRun = s.runs.find((r) => r.config === t.config);
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
