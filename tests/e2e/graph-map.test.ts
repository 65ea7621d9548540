/**
 * /graph/ in a real browser on a generated atlas of 300 papers and about 1,800 citations: it
 * renders, dragging moves the map, filters change what is drawn, search + click and search +
 * Enter open a paper, and without JavaScript the list holds every paper. Frame times while
 * panning a 10,000-paper map are measured by `npm run bench` (bench/probes/graph-pan.ts), not here.
 *
 * The site is built here rather than in the global setup, so only runs that include this file
 * pay for it; like every browser run, run it under `flock /tmp/atlas-build.lock`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeSyntheticCorpus } from '../../bench/synthetic-corpus.ts';
import type { GraphJson, PaperJson } from '../../src/lib/link/graph-json.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { builtSite, REPO_ROOT } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const PAPERS = 300;
const CITES_PER_PAPER = 6;

let browser: Browser;
let context: BrowserContext;
let server: StaticServer;
let json: GraphJson;

beforeAll(async () => {
  const content = path.join(REPO_ROOT, '.cache/e2e/graph-synthetic-content');
  writeSyntheticCorpus(REPO_ROOT, content, { entries: PAPERS, citesPerPaper: CITES_PER_PAPER });
  const site = builtSite(content, path.join(REPO_ROOT, '.cache/e2e/graph-synthetic'), 'the synthetic site');
  json = JSON.parse(readFileSync(path.join(site, 'graph.json'), 'utf8')) as GraphJson;
  server = await serveStatic(site);
  // GPU compositing (software, SwiftShader), as a real browser composites WebGL; with the GPU
  // disabled every frame is read back to the CPU, which no page could draw in 50 ms.
  browser = await launchBrowser({ gpuCompositing: true });
  // The npm-shipped Chromium runs as a single process and exits when any context closes, so all
  // pages share one context, which closes with the browser.
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const papers = () => json.nodes.filter((n): n is PaperJson => n.type === 'paper');
const termsOf = (slug: string, taxonomy: string) =>
  new Set(json.edges.filter((e) => e.type === 'classified-as' && e.source === `paper:${slug}` && e.target.startsWith(`term:${taxonomy}/`)).map((e) => e.target.split('/')[1]));

/** The status line the page should show for a set of papers, computed from graph.json alone. */
function expectedStatus(shown: Set<string>): string {
  const cites = json.edges.filter((e) => e.type === 'cites');
  const shownCites = cites.filter((e) => shown.has(e.source) && shown.has(e.target)).length;
  const n = (x: number) => x.toLocaleString('en');
  return `Showing ${n(shown.size)} of ${n(papers().length)} papers and ${n(shownCites)} of ${n(cites.length)} citations.`;
}

async function openMap(options: { reducedMotion?: boolean } = {}): Promise<Page> {
  const page = await context.newPage();
  if (options.reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/graph/`);
  await page.waitForSelector('#graph-app[data-ready]', { timeout: 60_000 });
  expect(await page.getAttribute('#graph-app', 'data-ready'), `map failed to start: ${errors.join('; ')}`).toBe('true');
  return page;
}

const canvasShot = (page: Page) => page.locator('#graph-canvas').screenshot();

describe('/graph/ with 300 papers', () => {
  test('renders every paper and citation of /graph.json', async () => {
    expect(papers().length).toBe(PAPERS);
    expect(json.counts.cites).toBeGreaterThan(PAPERS * 4);
    const page = await openMap();
    expect(await page.textContent('#graph-status')).toBe(expectedStatus(new Set(papers().map((p) => p.id))));
    expect(await page.locator('#graph-canvas canvas').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('dragging the map moves it', async () => {
    const page = await openMap();
    const box = (await page.locator('#graph-canvas').boundingBox())!;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const before = await canvasShot(page);
    const x0 = box.x + box.width / 2;
    const y0 = box.y + box.height / 2;
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(x0 + 20 * i, y0 + 10 * i);
    await page.mouse.up();
    // Poll until a frame with the map moved has been drawn, rather than sleeping.
    await expect.poll(async () => (await canvasShot(page)).equals(before), { timeout: 10_000 }).toBe(false);
    await page.close();
  });

  test('filters by deception type, research area and years change what is shown', async () => {
    const page = await openMap();
    const all = new Set(papers().map((p) => p.id));
    const options = await page.locator('#graph-type option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value).filter(Boolean));
    // A type carried by some but not most papers.
    const type = options.map((slug) => ({ slug, n: papers().filter((p) => termsOf(p.slug, 'deception-types').has(slug)).length }))
      .filter((t) => t.n > 10 && t.n < PAPERS / 2)[0].slug;
    const before = await canvasShot(page);

    await page.selectOption('#graph-type', type);
    const ofType = new Set(papers().filter((p) => termsOf(p.slug, 'deception-types').has(type)).map((p) => p.id));
    await expect.poll(() => page.textContent('#graph-status')).toBe(expectedStatus(ofType));
    expect(ofType.size).toBeLessThan(all.size);
    expect((await canvasShot(page)).equals(before)).toBe(false);

    await page.fill('#graph-from', '2022');
    await page.press('#graph-from', 'Tab');
    const recent = new Set(papers().filter((p) => ofType.has(p.id) && p.year >= 2022).map((p) => p.id));
    await expect.poll(() => page.textContent('#graph-status')).toBe(expectedStatus(recent));

    const area = await page.locator('#graph-area option').nth(1).getAttribute('value');
    await page.selectOption('#graph-area', area!);
    const inArea = new Set([...recent].filter((id) => termsOf(id.slice('paper:'.length), 'research-areas').has(area!)));
    await expect.poll(() => page.textContent('#graph-status')).toBe(expectedStatus(inArea));

    await page.click('#graph-controls button[type="reset"]');
    await expect.poll(() => page.textContent('#graph-status')).toBe(expectedStatus(all));
    await page.close();
  });

  test('the links filter draws stated relations instead of citations, and shows only the papers in them', async () => {
    const page = await openMap();
    const relations = json.edges.filter((e) => e.type === 'relation');
    expect(relations.length).toBeGreaterThan(5);
    const before = await canvasShot(page);
    const status = (links: typeof relations, label: string) => {
      const shown = new Set(links.flatMap((e) => [e.source, e.target]));
      return `Showing ${shown.size} of ${papers().length} papers and ${links.length} of ${links.length} ${label}.`;
    };
    await page.selectOption('#graph-relation', 'any');
    await expect.poll(() => page.textContent('#graph-status')).toBe(status(relations, 'stated relations'));
    await expect.poll(async () => (await canvasShot(page)).equals(before)).toBe(false);
    // One type: its option says how many there are, and only those papers remain.
    const type = relations[0].relation!;
    const ofType = relations.filter((e) => e.relation === type);
    expect(await page.locator(`#graph-relation option[value="${type}"]`).textContent()).toContain(`(${ofType.length})`);
    await page.selectOption('#graph-relation', type);
    await expect.poll(() => page.textContent('#graph-status')).toBe(status(ofType, 'stated relations'));
    await page.selectOption('#graph-relation', '');
    await expect.poll(() => page.textContent('#graph-status')).toBe(expectedStatus(new Set(papers().map((p) => p.id))));
    await page.close();
  });

  test('search focuses a paper (at once, with reduced motion); clicking it opens its page', async () => {
    const target = [...papers()].sort((a, b) => b.citedBy - a.citedBy || a.slug.localeCompare(b.slug))[0];
    const page = await openMap({ reducedMotion: true });
    await page.fill('#graph-search', target.label);
    await expect.poll(() => page.locator('#graph-results button').first().textContent()).toBe(`${target.label} (${target.year})`);
    // Count animation frames from Enter until the map is in place: with reduced motion it jumps.
    // Counting starts when the page receives the key (capture phase, before the app's own
    // handler), so the time Playwright's key press takes to arrive, which grows on a busy
    // machine, is not counted; an animated focus would still take many frames.
    await page.evaluate(() => {
      const w = window as unknown as { focusFrames: number; focusCounted: boolean };
      const app = document.getElementById('graph-app')!;
      w.focusFrames = 0;
      w.focusCounted = false;
      const count = () => {
        if (app.dataset.focused) return;
        w.focusFrames++;
        requestAnimationFrame(count);
      };
      document.getElementById('graph-search')!.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter') return;
        w.focusCounted = true;
        requestAnimationFrame(count);
      }, { capture: true, once: true });
    });
    await page.press('#graph-search', 'Enter');
    await expect.poll(() => page.textContent('#graph-selected-link')).toBe(target.label);
    await page.waitForSelector(`#graph-app[data-focused="${target.id}"]`);
    expect(await page.evaluate(() => (window as unknown as { focusCounted: boolean }).focusCounted), 'the Enter key reached the search box').toBe(true);
    expect(await page.evaluate(() => (window as unknown as { focusFrames: number }).focusFrames)).toBeLessThanOrEqual(3);
    expect(await page.locator('#graph-results li').count()).toBe(0);
    await page.locator('#graph-canvas').scrollIntoViewIfNeeded();
    const box = (await page.locator('#graph-canvas').boundingBox())!;
    await Promise.all([page.waitForURL(`${server.url}${target.url}`), page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)]);
    expect(await page.locator('h1').first().textContent()).toContain(target.label);
    await page.close();
  });

  test('keyboard: the map takes focus, arrow keys pan it, Enter opens the selected paper', async () => {
    const target = papers().find((p) => p.citedBy > 0)!;
    const page = await openMap({ reducedMotion: true });
    await page.fill('#graph-search', target.label);
    await page.locator('#graph-results button').first().press('Enter');
    await expect.poll(() => page.textContent('#graph-selected-link')).toBe(target.label);
    await page.waitForSelector(`#graph-app[data-focused="${target.id}"]`);
    await page.focus('#graph-canvas');
    const before = await canvasShot(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await canvasShot(page)).equals(before)).toBe(false);
    await Promise.all([page.waitForURL(`${server.url}${target.url}`), page.keyboard.press('Enter')]);
    await page.close();
  });

  test('without JavaScript, the list holds every paper and the map controls stay hidden', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${server.url}/graph/`);
    expect(await page.locator('.graph-list li').count()).toBe(PAPERS);
    const top = [...papers()].sort((a, b) => b.citedBy - a.citedBy || b.year - a.year || a.label.localeCompare(b.label, 'en'))[0];
    expect(await page.locator('.graph-list li').first().locator('a').getAttribute('href')).toBe(top.url);
    for (const id of ['#graph-controls', '#graph-canvas']) expect(await page.locator(id).isVisible()).toBe(false);
    await page.close();
  });
});
