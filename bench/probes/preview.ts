/**
 * Probe: the live preview's save-to-page time. Starts `npm run dev` over a content root, opens
 * a paper page in Chromium, then `runs` times rewrites that entry's summary and times from the
 * write until the open page shows the new text (the page reloads by itself).
 * argv: <content root> <runs>. Prints { startMs, saveToPageMs: number[] }.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { startDevServer } from '../../tests/helpers/dev-server.ts';

const [root, runsArg] = process.argv.slice(2);
const slug = 'synthetic-paper-00000';
const file = path.join(root, 'papers', `${slug}.md`);
const original = readFileSync(file, 'utf8');
let t = performance.now();
const server = await startDevServer(root, 600_000);
const browser = await launchBrowser();
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(`${server.url}/papers/${slug}/`, { timeout: 600_000 });
await page.locator('p.lead').first().waitFor({ timeout: 600_000 });
const startMs = performance.now() - t;
const saveToPageMs: number[] = [];
try {
  for (let run = 0; run < Number(runsArg); run++) {
    const marker = `Preview bench edit ${run}.`;
    t = performance.now();
    writeFileSync(file, original.replace(/^summary: .*$/m, `summary: ${JSON.stringify(marker)}`));
    await page.waitForFunction((text) => document.querySelector('p.lead')?.textContent === text, marker, { timeout: 600_000, polling: 20 });
    saveToPageMs.push(performance.now() - t);
  }
} finally {
  writeFileSync(file, original);
  await browser.close();
  await server.close();
}
console.log(JSON.stringify({ startMs, saveToPageMs }));
