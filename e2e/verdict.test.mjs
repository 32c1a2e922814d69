// Browser test of the pad's "not a digit" verdict: a scribble drawn through
// drawStrokes is answered "not-a-digit" with no label, and the pad says so
// in words; so is a question mark, for the dot apart from its hook (its warning colour appears beside the pad, and the screenshot
// e2e/out/web-not-a-digit.png shows it); a drawn digit is still read as a
// digit, without those words; a drawing between two digits gets a doubt
// and the draw-robust suggestion, a link that loads that preset
// (e2e/out/web-suggest.png). Run: make test-web.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useServerAndBrowser, pauseTraining, openApp, waitForState, loadDigits, outDir, sleep, clickControl } from './lib.mjs';

const env = useServerAndBrowser();

// scribble is one stroke scrubbed back and forth over a box.
function scribble() {
  const s = [];
  for (let i = 0; i < 24; i++) {
    const y = 70 + 6 * i;
    const [x0, x1] = i % 2 ? [210, 70] : [70, 210];
    s.push([x0, y], [x1, y + 3]);
  }
  return [s];
}

// warnPixels counts the pixels of the app's warning colour (#FFC857, the
// colour of "That doesn't look like a digit") in the CSS rectangle r of a
// screenshot, decoded in the page.
async function warnPixels(page, r) {
  const png = await page.screenshot({ clip: r });
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const g = c.getContext('2d');
    g.drawImage(bmp, 0, 0);
    const d = g.getImageData(0, 0, bmp.width, bmp.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (Math.abs(d[i] - 0xff) < 40 && Math.abs(d[i + 1] - 0xc8) < 40 && Math.abs(d[i + 2] - 0x57) < 50) n++;
    }
    return n;
  }, png.toString('base64'));
}

async function draw(page, strokes) {
  await page.evaluate(() => window.digitlab.clearPad());
  const err = await page.evaluate((s) => window.digitlab.drawStrokes(s), strokes);
  assert.equal(err, '', 'drawStrokes accepted the strokes');
  await sleep(300);
  return waitForState(page, (s) => !s.prediction.empty && s.prediction.ready, 5000, 'a prediction');
}

test('a scribble is not a digit, in the state and in words; a digit is still read', { timeout: 300000 }, async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await openApp(page, env.server.url + '/');
  await waitForState(page, (s) => s.valAcc > 0.9, 150000, 'validation accuracy above 90%');
  const s0 = await waitForState(page, (s) => s.prediction.verdict === 'empty', 5000, 'an empty pad');
  // The guess and the bars: right of the pad and under it, in the pad's panel.
  const pad = s0.pad;
  const side = { x: pad.x + pad.w, y: pad.y, width: 1280 - (pad.x + pad.w), height: pad.h };

  const s = await draw(page, scribble());
  assert.equal(s.prediction.verdict, 'not-a-digit', `scribble: ${JSON.stringify(s.prediction)}`);
  assert.equal(s.prediction.label, -1, 'a non-digit has no label');
  await sleep(500); // the next frame draws it
  const warned = await warnPixels(page, side);
  await page.screenshot({ path: join(outDir, 'web-not-a-digit.png') });
  assert.ok(warned > 100, `the words in the warning colour beside the pad: ${warned} pixels`);

  // A question mark: its hook alone could be a 2's or a 7's top; the
  // dot under it, apart from the rest, is what no digit has.
  const q = await draw(page, [[[90, 90], [110, 50], [150, 40], [190, 60], [195, 100], [170, 130], [145, 150], [140, 190]], [[140, 235], [142, 238]]]);
  assert.equal(q.prediction.verdict, 'not-a-digit', `question mark: ${JSON.stringify(q.prediction)}`);
  await sleep(500);
  await page.screenshot({ path: join(outDir, 'web-question-mark.png') });

  const seven = loadDigits().find((d) => d.label === 7);
  const d = await draw(page, seven.strokes);
  assert.equal(d.prediction.verdict, 'digit', `the drawn 7: ${JSON.stringify(d.prediction)}`);
  assert.equal(d.prediction.label, 7);
  await sleep(500);
  const quiet = await warnPixels(page, side);
  await page.screenshot({ path: join(outDir, 'web-digit-verdict.png') });
  assert.ok(quiet < 10, `no warning words beside a digit: ${quiet} pixels`);

  // A drawing between two digits: the pad doubts its answer and, as the
  // default run is not draw-robust, suggests that preset as a link; one
  // real click on it loads the preset and trains it.
  await pauseTraining(page);
  let doubted = null;
  for (const strokes of inBetween()) {
    const r = await draw(page, strokes);
    if (r.prediction.suggest === 'draw-robust') {
      doubted = r;
      break;
    }
  }
  assert.ok(doubted, 'one of the in-between drawings is doubted');
  assert.ok(doubted.prediction.alsoLabel >= 0 && ['checker', 'views'].includes(doubted.prediction.alsoBy), `a doubted answer names another digit, and why: ${JSON.stringify(doubted.prediction)}`);
  await sleep(500);
  await page.screenshot({ path: join(outDir, 'web-suggest.png') });
  const before = doubted.config;
  await clickControl(page, 'suggest:draw-robust');
  const after = await waitForState(page, (s) => s.config !== before, 5000, 'the suggested preset to load');
  assert.match(after.config, /augment=strong/, `the config after the click: ${after.config}`);
  assert.match(after.config, /conv=/, `the config after the click: ${after.config}`);
  assert.ok(after.training, 'the preset trains');
  await page.close();
});

// inBetween yields drawings made to sit between two digits: 4s whose top
// closes more and more into a 9's loop, 1s whose flag grows into a 7's
// bar, and 3s whose left side closes into an 8.
function* inBetween() {
  for (let k = 0; k <= 20; k++) {
    const gap = 70 - 3.5 * k; // how far the 4's top stays open
    yield [[[110 + gap, 50], [90, 150], [200, 150]], [[190, 50], [190, 250]]];
    const flag = 20 + 4 * k;
    yield [[[150 - flag, 50 + flag / 2], [160, 40], [150, 250]]];
    const close = 40 - 2 * k;
    yield [[[100, 60], [170, 50], [190, 90], [140, 140], [190, 190], [170, 240], [100, 230], [100 + close, 180], [140, 140], [100 + close, 100], [100, 60]]];
  }
}
