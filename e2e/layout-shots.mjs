// Screenshots of every tab at common viewports (headless Chromium), for a
// person to look at: the desktop layout at 1024x640, 1280x720, 1366x768 and
// 1920x1080 (one page, resized from one size to the next), and the phone
// layouts at 390x844 and 844x390 (touch), with a digit drawn on the pad.
// Prints each viewport's logical screen, smallest text and pad size.
// Writes e2e/out/layout-WxH-TAB.png (and -draw, -settings on a phone).
//
//   make web && cd e2e && node layout-shots.mjs
import { join } from 'node:path';
import { startServer, launchBrowser, openApp, waitForState, clickControl, drawWithMouse, drawWithTouch, loadDigits, outDir, sleep } from './lib.mjs';

const tabs = ['curves', 'presets', 'compare', 'errors', 'layers', 'why'];
const desktops = [[1024, 640], [1280, 720], [1366, 768], [1920, 1080]];
const phones = [[390, 844], [844, 390]];

// shoot draws a 7 on the pad, then screenshots every tab (on a phone
// behind the page switch, and the draw and settings pages too).
async function shoot(page, w, h, phone) {
  await page.setViewportSize({ width: w, height: h });
  let s = await waitForState(page, (s) => s.pad.w > 0, 10000, `the layout at ${w}x${h}`);
  if (phone) await clickControl(page, 'page:draw');
  s = await waitForState(page, (s) => s.pad.x >= 0, 5000, 'the pad on screen');
  await clickControl(page, 'clear');
  const seven = loadDigits().find((d) => d.label === 7).strokes;
  await (phone ? drawWithTouch(page, s.pad, seven) : drawWithMouse(page, s.pad, seven));
  s = await waitForState(page, (s) => !s.prediction.empty && s.prediction.ready, 5000, 'a prediction');
  console.log(`${w}x${h}: ${s.layout} ${s.screen.join('x')} logical, smallest text ${s.textCSS.toFixed(2)} CSS px, pad ${s.pad.w.toFixed(0)} CSS px, the 7 read as ${s.prediction.label}`);
  const shot = async (name) => {
    await sleep(1200);
    await page.screenshot({ path: join(outDir, `layout-${w}x${h}-${name}.png`) });
  };
  if (phone) {
    await shot('draw');
    await clickControl(page, 'page:train');
  }
  for (const tab of tabs) {
    await clickControl(page, `tab:${tab}`);
    await shot(tab);
  }
  if (phone) {
    await clickControl(page, 'page:settings');
    await shot('settings');
  }
  await clickControl(page, 'tab:curves');
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const desk = await browser.newPage({ viewport: { width: desktops[0][0], height: desktops[0][1] } });
  await openApp(desk, server.url + '/');
  await waitForState(desk, (s) => s.valAcc > 0.9, 150000, 'training to 90%');
  for (const [w, h] of desktops) await shoot(desk, w, h, false);
  await desk.close();

  const ctx = await browser.newContext({ viewport: { width: phones[0][0], height: phones[0][1] }, hasTouch: true, isMobile: true });
  const phone = await ctx.newPage();
  await openApp(phone, server.url + '/');
  await waitForState(phone, (s) => s.valAcc > 0.9, 150000, 'training to 90%');
  for (const [w, h] of phones) await shoot(phone, w, h, true);
  await ctx.close();
} finally {
  await browser.close();
  server.stop();
}
