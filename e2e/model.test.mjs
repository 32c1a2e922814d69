// Browser test of keeping a model: the page trains briefly, saves the
// network the pad reads with (through window.digitlab.saveModel and through
// the Save model button's download), reloads, and loads the file back
// through loadModel, a file dropped on the canvas and the Load model
// button's file picker: each time the same drawing gets the same
// probabilities. A corrupt file gives nn.LoadModel's message and changes
// nothing. Screenshot: e2e/out/web-model.png. Run: make test-web.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useServerAndBrowser, pauseTraining, openApp, waitForState, loadDigits, sleep, outDir, clickControl } from './lib.mjs';

const env = useServerAndBrowser();

// probsOf draws strokes on an empty pad and returns the state once the
// prediction of modelLoaded's network is there.
async function probsOf(page, strokes, modelLoaded) {
  await page.evaluate(() => window.digitlab.clearPad());
  const err = await page.evaluate((s) => window.digitlab.drawStrokes(s), strokes);
  assert.equal(err, '', 'drawStrokes');
  await sleep(200);
  return waitForState(page, (s) => !s.prediction.empty && s.prediction.ready && s.model.loaded === modelLoaded, 5000, 'a prediction');
}

// dropFile dispatches a drop of a file holding bytes on the canvas, as a
// file dragged from the desktop arrives.
async function dropFile(page, name, base64) {
  await page.evaluate(([name, b64]) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], name, { type: 'application/octet-stream' }));
    const canvas = document.querySelector('canvas');
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, base64]);
}

test('a saved model loads back after a reload and reads a drawing the same', { timeout: 300000 }, async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page, env.server.url + '/?hidden=64&act=tanh&seed=3');
  await waitForState(page, (s) => s.valAcc > 0.85, 120000, 'a briefly trained network');
  await pauseTraining(page);
  const seven = loadDigits().find((d) => d.label === 7).strokes;
  const before = await probsOf(page, seven, false);

  const saved = JSON.parse(await page.evaluate(() => window.digitlab.saveModel()));
  assert.ok(saved.base64 && !saved.error, `saveModel: ${JSON.stringify(saved).slice(0, 200)}`);
  assert.match(saved.name, /^digitlab-784-64-10-tanh-step\d+\.dlm$/);
  // The probabilities the saved weights give (the run may have sent newer
  // weights between the drawing and the save; paused, it does not).
  const same = await probsOf(page, seven, false);
  assert.deepEqual(same.prediction.probs, before.prediction.probs, 'the paused run kept its weights');

  // The Save model button downloads the same file.
  const [download] = await Promise.all([page.waitForEvent('download'), clickControl(page, 'model:save')]);
  assert.equal(download.suggestedFilename(), saved.name);
  const downloaded = readFileSync(await download.path());
  assert.equal(downloaded.toString('base64'), saved.base64, 'the download holds the model saveModel returned');
  const said = await waitForState(page, (s) => s.model.message !== '', 3000, 'the strip to say where it went');
  assert.match(said.model.message, /Downloaded digitlab-/);

  // A fresh page runs another network until the model is loaded.
  await page.goto(env.server.url + '/?hidden=32&seed=9');
  await page.waitForFunction(() => window.digitlab && typeof window.digitlab.state === 'function', null, { timeout: 120000 });
  await waitForState(page, (s) => s.run === 'training' && s.prediction !== undefined && s.samplesSeen > 0, 60000, 'the other run');
  const other = await probsOf(page, seven, false);
  assert.notDeepEqual(other.prediction.probs, before.prediction.probs, 'the other run reads the drawing differently');

  const ways = {
    'loadModel(base64)': async () => page.evaluate(([b64, n]) => window.digitlab.loadModel(b64, n), [saved.base64, saved.name]),
    'a file dropped on the canvas': async () => { await dropFile(page, saved.name, saved.base64); return ''; },
    'the Load model button': async () => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickControl(page, 'model:load')]);
      await chooser.setFiles({ name: saved.name, mimeType: 'application/octet-stream', buffer: downloaded });
      return '';
    },
  };
  for (const [way, load] of Object.entries(ways)) {
    assert.equal(await load(), '', `${way}: no error`);
    const got = await waitForState(page, (s) => s.model.loaded, 5000, `${way}: the model loaded`);
    assert.equal(got.model.name, saved.name);
    assert.match(got.model.config, /hidden=64&act=tanh/);
    assert.match(got.config, /hidden=32&/, 'the run goes on with its own config');
    const read = await probsOf(page, seven, true);
    assert.deepEqual(read.prediction.probs, before.prediction.probs, `${way}: the same probabilities as before the save`);
    if (way === 'a file dropped on the canvas') {
      await page.screenshot({ path: join(outDir, 'web-model.png') });
    }
    await clickControl(page, 'model:close');
    const back = await waitForState(page, (s) => !s.model.loaded, 3000, `${way}: the model closed`);
    assert.equal(back.model.loaded, false);
  }

  // A corrupt file: nn.LoadModel's message, and the loaded model stays.
  await page.evaluate(([b64, n]) => window.digitlab.loadModel(b64, n), [saved.base64, saved.name]);
  await waitForState(page, (s) => s.model.loaded, 5000, 'the model loaded again');
  const bytes = Buffer.from(saved.base64, 'base64');
  bytes[bytes.length >> 1] ^= 0x10;
  const msg = await page.evaluate((b64) => window.digitlab.loadModel(b64, 'broken.dlm'), bytes.toString('base64'));
  assert.match(msg, /^nn: bad model file: checksum mismatch/);
  await dropFile(page, 'notes.txt', Buffer.from('not a model').toString('base64'));
  const bad = await waitForState(page, (s) => s.model.error && /no DLMODEL header/.test(s.model.message), 20000, 'the strip to show the drop\'s error');
  assert.equal(bad.model.loaded, true, 'the loaded model stays');
  assert.equal(bad.model.name, saved.name);
  const still = await probsOf(page, seven, true);
  assert.deepEqual(still.prediction.probs, before.prediction.probs, 'a bad file changed nothing');
  await sleep(300);
  await page.screenshot({ path: join(outDir, 'web-model-error.png') });
  assert.match(await page.evaluate(() => window.digitlab.loadModel(42)), /^loadModel: needs a model file/);
  assert.deepEqual(errors, [], 'no page errors');
  await page.close();
});
