/**
 * Probe: frame times while panning /graph/ in a real Chromium (GPU compositing, software), on a
 * built site. argv: <site dir> <runs>. Prints { papers, runs: [{ frames, medianMs, worstMs }] }.
 * This is the measure the graph issue set (no frame over 50 ms); it lives here, not in a test,
 * because frame times depend on the machine.
 */
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveStatic } from '../../tests/helpers/static-server.ts';

const [site, runsArg] = process.argv.slice(2);
const server = await serveStatic(site);
const browser = await launchBrowser({ gpuCompositing: true });
// One context throughout: the npm-shipped Chromium exits when a context closes.
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const runs: { frames: number; medianMs: number; worstMs: number }[] = [];
let papers = 0;
for (let run = 0; run < Number(runsArg); run++) {
  const page = await context.newPage();
  await page.goto(`${server.url}/graph/`);
  await page.waitForSelector('#graph-app[data-ready]', { timeout: 120_000 });
  papers = await page.evaluate(() => document.querySelectorAll('.graph-list ol > li').length);
  const box = (await page.locator('#graph-canvas').boundingBox())!;
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const w = window as unknown as { frameDeltas: number[]; recording: boolean };
    w.frameDeltas = [];
    w.recording = true;
    let last: number | null = null;
    const tick = (t: number) => {
      if (last !== null) w.frameDeltas.push(t - last);
      last = t;
      if (w.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const x0 = box.x + box.width / 2;
  const y0 = box.y + box.height / 2;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 1; i <= 90; i++) {
    await page.mouse.move(x0 + 250 * Math.sin(i / 12), y0 + 150 * Math.sin(i / 9));
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await page.waitForTimeout(400);
  const deltas = await page.evaluate(() => {
    const w = window as unknown as { frameDeltas: number[]; recording: boolean };
    w.recording = false;
    return w.frameDeltas;
  });
  const sorted = [...deltas].sort((a, b) => a - b);
  runs.push({ frames: deltas.length, medianMs: sorted[sorted.length >> 1], worstMs: sorted[sorted.length - 1] });
  await page.close();
}
await browser.close();
await server.close();
console.log(JSON.stringify({ papers, runs }));
