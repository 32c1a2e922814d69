// Browser test of teaching the app your handwriting: after a short default
// run, a deliberately odd digit the network misreads is kept with one real
// mouse click on its chip ("That's a …"), survives a reload (localStorage),
// and is read right once the run trains with mine=1. The digits export
// (download and exportDigits) and import back (importDigits, the Import
// button's file picker, a file dropped on the page); a bad file is refused
// with its reason. Screenshots: e2e/out/mydigits-*.png. Run: make test-web.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useServerAndBrowser, pauseTraining, openApp, waitForState, state, sleep, outDir, clickControl } from './lib.mjs';

const env = useServerAndBrowser();

// Odd ways to write digits, in pad units (0-280), the first ones misread
// by the default run (a 6 read as 0, a 4 read as 9, at the time of
// writing). Each is [label, strokes].
function arc(cx, cy, rx, ry, from, to, n = 18) {
  const pts = [];
  for (let i = 0; i <= n; i++) {
    const a = from + ((to - from) * i) / n;
    pts.push([cx + rx * Math.cos(a), cy + ry * Math.sin(a)]);
  }
  return pts;
}
const candidates = [
  // a 6 drawn as a tall oval with a small hook on top
  [6, [[[170, 40], [120, 60], ...arc(140, 160, 60, 80, -Math.PI * 0.6, Math.PI * 1.4)]]],
  // a 4 whose top is a round arc, closed like a 9's loop
  [4, [[...arc(140, 90, 60, 55, Math.PI * 0.5, Math.PI * 2.2), [200, 90], [200, 250]]]],
  // a 9 whose loop is a wide flat oval and whose tail curls back left
  [9, [[...arc(140, 80, 80, 35, 0, 2 * Math.PI), [220, 80], [215, 160], [190, 230], [140, 250], [90, 230]]]],
  // a 6 with a tiny loop at the bottom of a long straight stem
  [6, [[[190, 30], [130, 90], [110, 170], [115, 230], ...arc(145, 220, 30, 25, Math.PI, 3 * Math.PI)]]],
  // an 8 drawn as two side-by-side loops
  [8, [[...arc(90, 140, 50, 70, 0, 2 * Math.PI)], [...arc(190, 140, 50, 70, 0, 2 * Math.PI)]]],
];

// reading draws strokes on an empty pad and returns the state once the
// network has read them.
async function reading(page, strokes) {
  await page.evaluate(() => window.digitlab.clearPad());
  const err = await page.evaluate((s) => window.digitlab.drawStrokes(s), strokes);
  assert.equal(err, '', 'drawStrokes');
  await sleep(300);
  return waitForState(page, (s) => !s.prediction.empty && s.prediction.ready, 5000, 'a reading');
}

async function shot(page, name) {
  await sleep(400); // a frame that shows the last change
  await page.screenshot({ path: join(outDir, name) });
}

test('a misread digit is taught with one click, kept across a reload, and read right after training on it', { timeout: 600000 }, async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page, env.server.url + '/');
  await page.evaluate(() => window.digitlab.clearDigits());
  await waitForState(page, (s) => s.valAcc > 0.95, 180000, 'the default run to read MNIST');
  await pauseTraining(page);

  let misread = null;
  for (const [label, strokes] of candidates) {
    const s = await reading(page, strokes);
    if (s.prediction.verdict === 'digit' && s.prediction.label !== label) {
      misread = { label, strokes, read: s.prediction.label };
      break;
    }
  }
  assert.ok(misread, 'one of the odd digits is misread by the default run');
  await reading(page, misread.strokes);
  await shot(page, 'mydigits-chips.png');

  // One real click on the right chip keeps it.
  await clickControl(page, `teach:${misread.label}`);
  const kept = await waitForState(page, (s) => s.mine.count === 1, 3000, 'the digit to be kept');
  assert.match(kept.mine.message, new RegExp(`^Kept as a ${misread.label} — 1 of your digits`));
  assert.equal(kept.mine.counts[misread.label], 1);
  assert.equal(kept.mine.error, false);
  await shot(page, 'mydigits-kept.png');

  // A reload keeps it (the browser's storage) and starts a run that has it.
  await page.reload();
  await page.waitForFunction(() => window.digitlab && typeof window.digitlab.state === 'function', null, { timeout: 120000 });
  const back = await waitForState(page, (s) => s.mine.count === 1 && s.mine.total === 1, 60000, 'the kept digit after the reload');
  assert.equal(back.mine.counts[misread.label], 1);

  // Training on it with mine=1 makes the network read it right.
  assert.equal(await page.evaluate(() => window.digitlab.setConfig('mine=1')), '');
  const learnt = await waitForState(page, (s) => s.config.includes('mine=1') && s.mine.right === 1 && s.valAcc > 0.95, 240000, 'the network to read your digit');
  await pauseTraining(page);
  const now = await reading(page, misread.strokes);
  assert.equal(now.prediction.label, misread.label, `read as ${now.prediction.label} after training on it (was ${misread.read})`);
  assert.ok(learnt.valAcc > 0.95, `validation accuracy ${learnt.valAcc}`);
  await shot(page, 'mydigits-learnt.png');
  assert.deepEqual(errors, [], 'no page errors');
  await page.close();
});

test('your digits export and import back', { timeout: 300000 }, async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await openApp(page, env.server.url + '/');
  await page.evaluate(() => window.digitlab.clearDigits());
  await waitForState(page, (s) => s.prediction.ready !== undefined && s.run === 'training', 60000, 'a run');
  for (const [label, strokes] of candidates.slice(0, 3)) {
    await reading(page, strokes);
    assert.equal(await page.evaluate((l) => window.digitlab.teach(l), label), '');
    await sleep(200);
  }
  await waitForState(page, (s) => s.mine.count === 3, 3000, 'three digits');
  assert.match(await page.evaluate(() => window.digitlab.teach(12)), /needs a digit 0 to 9/);
  assert.match(await page.evaluate(() => window.digitlab.teach('7')), /needs a digit 0 to 9, not a string/);

  const exported = JSON.parse(await page.evaluate(() => window.digitlab.exportDigits()));
  assert.equal(exported.name, 'digitlab-my-digits.dlmine');
  await page.evaluate(() => window.digitlab.clearPad());
  await waitForState(page, (s) => s.prediction.empty, 3000, 'an empty pad');
  const [download] = await Promise.all([page.waitForEvent('download'), clickControl(page, 'digits:export')]);
  assert.equal(download.suggestedFilename(), exported.name);
  const file = readFileSync(await download.path());
  assert.equal(file.toString('base64'), exported.base64, 'the download is the exported file');
  await shot(page, 'mydigits-export.png');

  const ways = {
    'importDigits(base64)': async () => page.evaluate((b) => window.digitlab.importDigits(b), exported.base64),
    'the Import button': async () => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickControl(page, 'digits:import')]);
      await chooser.setFiles({ name: exported.name, mimeType: 'application/octet-stream', buffer: file });
      return '';
    },
    'a file dropped on the page': async () => {
      await page.evaluate((b64) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], 'my.dlmine', { type: 'application/octet-stream' }));
        const canvas = document.querySelector('canvas');
        canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
        canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, exported.base64);
      return '';
    },
  };
  for (const [way, run] of Object.entries(ways)) {
    await page.evaluate(() => window.digitlab.clearDigits());
    await waitForState(page, (s) => s.mine.count === 0, 3000, 'no digits');
    assert.equal(await run(), '', way);
    const s = await waitForState(page, (s) => s.mine.count === 3, 5000, `the digits back through ${way}`);
    assert.match(s.mine.message, /^Imported 3 of 3 digits/, way);
  }
  // Importing them again adds nothing; a bad file changes nothing.
  await page.evaluate((b) => window.digitlab.importDigits(b), exported.base64);
  await waitForState(page, (s) => /^Imported 0 of 3/.test(s.mine.message), 3000, 'nothing new');
  const cut = exported.base64.slice(0, 40);
  assert.match(await page.evaluate((b) => window.digitlab.importDigits(b), cut), /truncated|corrupted/);
  const refused = await waitForState(page, (s) => s.mine.error, 3000, 'the refusal');
  assert.match(refused.mine.message, /^Not imported: the file is/);
  assert.equal(refused.mine.count, 3);
  assert.match(await page.evaluate(() => window.digitlab.importDigits(42)), /needs a file of your digits/);
  await shot(page, 'mydigits-refused.png');
  await page.close();
});

test('the chips are finger-sized on a phone', { timeout: 300000 }, async () => {
  for (const [w, h] of [[390, 844], [844, 390]]) {
    const context = await env.browser.newContext({ viewport: { width: w, height: h }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await openApp(page, env.server.url + '/');
    await waitForState(page, (s) => s.prediction.ready, 60000, 'weights');
    await reading(page, candidates[0][1]);
    await sleep(300);
    const s = await state(page);
    assert.ok(s.padRect.w >= (w < h ? 312 : 250), `the pad is ${s.padRect.w} wide`);
    for (let d = 0; d < 10; d++) {
      const r = JSON.parse(await page.evaluate((n) => window.digitlab.controlRect(n), `teach:${d}`));
      assert.ok(r && r.h >= 40 && r.w >= 30 && r.x >= 0 && r.x + r.w <= w && r.y + r.h <= h, `teach:${d} at ${w}x${h}: ${JSON.stringify(r)}`);
    }
    await shot(page, `mydigits-phone-${w}x${h}.png`);
    await context.close();
  }
});
