// Screenshots of every tab at common viewports (headless Chromium), for a
// person to look at: the desktop layout at 1024x640, 1280x720, 1366x768 and
// 1920x1080 (one page, resized from one size to the next), and the phone
// layouts (touch) in portrait at 390x844, 360x640 and 320x568 and in
// landscape at 844x390, 740x360 and 667x375, once plain and once with a
// banner (a bad URL parameter) over a five-layer network, the most the
// Layers tab shows. Each phone screen gets a digit drawn on its pad.
// Prints each viewport's logical screen, smallest text and pad size.
// Writes e2e/out/layout-WxH[-banner]-PAGE.png, PAGE a tab, or draw and
// settings on a phone.
//
//   make web && cd e2e && node layout-shots.mjs [desktop|phone|banner ...]
//
// With arguments, only the named sets of screenshots are taken.
import { join } from 'node:path';
import { startServer, launchBrowser, openApp, waitForState, clickControl, drawWithMouse, drawWithTouch, loadDigits, outDir, sleep } from './lib.mjs';

const tabs = ['curves', 'presets', 'compare', 'errors', 'layers', 'why'];
const desktops = [[1024, 640], [1280, 720], [1366, 768], [1920, 1080]];
const phones = [[390, 844], [360, 640], [320, 568], [844, 390], [740, 360], [667, 375]];

// The sets: the page's query, its viewports, and whether it is a phone.
const sets = {
  desktop: { query: '', sizes: desktops, phone: false, tag: '' },
  phone: { query: '', sizes: phones, phone: true, tag: '' },
  banner: { query: '?hidden=64x64x32x32&lr=banana', sizes: phones, phone: true, tag: '-banner' },
};

// shoot draws a 7 on the pad, then screenshots every tab (on a phone
// behind the page switch, and the draw and settings pages too).
async function shoot(page, w, h, phone, tag) {
  await page.setViewportSize({ width: w, height: h });
  await sleep(300);
  // A phone is laid out at its CSS size.
  let s = await waitForState(page, (s) => s.pad.w > 0 && (!phone || (s.screen[0] === w && s.screen[1] === h)), 10000, `the layout at ${w}x${h}`);
  if (phone) await clickControl(page, 'page:draw');
  s = await waitForState(page, (s) => s.pad.x >= 0, 5000, 'the pad on screen');
  await clickControl(page, 'clear');
  const seven = loadDigits().find((d) => d.label === 7).strokes;
  await (phone ? drawWithTouch(page, s.pad, seven) : drawWithMouse(page, s.pad, seven));
  s = await waitForState(page, (s) => !s.prediction.empty && s.prediction.ready, 5000, 'a prediction');
  console.log(`${w}x${h}${tag}: ${s.layout} ${s.screen.join('x')} logical, smallest text ${s.textCSS.toFixed(2)} CSS px, pad ${s.pad.w.toFixed(0)} CSS px, ${s.warnings.length} banner lines, the 7 read as ${s.prediction.label}`);
  const shot = async (name) => {
    await sleep(1200);
    await page.screenshot({ path: join(outDir, `layout-${w}x${h}${tag}-${name}.png`) });
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

const wanted = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(sets);
const server = await startServer();
const browser = await launchBrowser();
try {
  for (const name of wanted) {
    const set = sets[name];
    if (!set) throw new Error(`no set of screenshots named ${name}; the sets: ${Object.keys(sets).join(', ')}`);
    const [w, h] = set.sizes[0];
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, hasTouch: set.phone, isMobile: set.phone });
    const page = await ctx.newPage();
    await openApp(page, server.url + '/' + set.query);
    await waitForState(page, (s) => s.valAcc > 0.9, 150000, 'training to 90%');
    for (const [w, h] of set.sizes) await shoot(page, w, h, set.phone, set.tag);
    await ctx.close();
  }
} finally {
  await browser.close();
  server.stop();
}
