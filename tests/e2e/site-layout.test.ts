/**
 * Layout and behaviour in a real browser: nothing overflows a 360 px screen, print hides the
 * chrome, pages read fully without JavaScript, and the /papers/ filter works when it has it.
 * Screenshots of the home, a term and a paper page in both themes go to .cache/screenshots/
 * for a person to look at.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { REPO_ROOT } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { FIXTURE_TEMPLATES, REAL_TEMPLATES } from '../site/site-templates.ts';

let browser: Browser;
let withJs: Page;
let noJs: BrowserContext;
let real: StaticServer;
let fixture: StaticServer;

beforeAll(async () => {
  real = await serveStatic(inject('realSite'));
  fixture = await serveStatic(inject('fixtureSite'));
  browser = await launchBrowser();
  withJs = await (await browser.newContext()).newPage();
  noJs = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
  await real?.close();
  await fixture?.close();
});

const cases = [
  ...Object.entries(REAL_TEMPLATES).map(([name, url]) => ({ name, url, site: () => real })),
  ...Object.entries(FIXTURE_TEMPLATES).map(([name, url]) => ({ name, url, site: () => fixture })),
];

describe('at 360 px wide', () => {
  test.each(cases)('$name ($url) has no horizontal scroll', async ({ url, site }) => {
    await withJs.setViewportSize({ width: 360, height: 800 });
    await withJs.goto(site().url + url);
    const overflow = await withJs.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('screenshots of home, a term and a paper page, light and dark, wide and narrow', async () => {
  const dir = path.join(REPO_ROOT, '.cache/screenshots');
  mkdirSync(dir, { recursive: true });
  const shots = { home: REAL_TEMPLATES.home, term: REAL_TEMPLATES.term, paper: REAL_TEMPLATES.paper };
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1280, 360]) {
      await withJs.emulateMedia({ colorScheme: scheme });
      await withJs.setViewportSize({ width, height: 1000 });
      for (const [name, url] of Object.entries(shots)) {
        await withJs.goto(real.url + url);
        const file = path.join(dir, `${name}-${scheme}-${width}.png`);
        await withJs.screenshot({ path: file, fullPage: true });
        expect(statSync(file).size).toBeGreaterThan(10_000);
      }
    }
  }
  await withJs.emulateMedia({ colorScheme: 'light' });
});

test('print: the page chrome is hidden and external links show their address', async () => {
  await withJs.setViewportSize({ width: 1000, height: 1000 });
  await withJs.goto(real.url + REAL_TEMPLATES.paper);
  await withJs.emulateMedia({ media: 'print' });
  const visible = (selector: string) => withJs.locator(selector).first().isVisible();
  await expect(visible('.site-header')).resolves.toBe(false);
  await expect(visible('.site-footer')).resolves.toBe(false);
  await expect(visible('.toc')).resolves.toBe(false);
  await expect(visible('.entry-body')).resolves.toBe(true);
  const after = await withJs.locator('.paper-links a').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://arxiv.org/abs/');
  await withJs.emulateMedia({ media: 'screen' });
});

describe('without JavaScript', () => {
  test('a paper page is complete', async () => {
    const page = await noJs.newPage();
    await page.goto(fixture.url + FIXTURE_TEMPLATES['seed paper']);
    await expect(page.locator('.entry-body h2').count()).resolves.toBe(3);
    await expect(page.locator('.term-facts a').count()).resolves.toBe(12);
  });

  test('/papers/ lists the papers, offers term lists as filters, and hides the scripted filter', async () => {
    const page = await noJs.newPage();
    await page.goto(`${real.url}/papers/`);
    const total = Number((await page.locator('.list-controls p').first().textContent())!.match(/^([\d,]+) paper/)![1].replace(/,/g, ''));
    await expect(page.locator('#paper-results .paper-list > li').count()).resolves.toBe(Math.min(100, total));
    await expect(page.locator('#paper-filter').isVisible()).resolves.toBe(false);
    await page.locator('.filter-browse summary').click();
    await expect(page.locator('.filter-browse a[href="/deception-types/sycophancy/"]').isVisible()).resolves.toBe(true);
  });
});

describe('the /papers/ filter with JavaScript', () => {
  test('filters by deception type to the same papers as the term page, and keeps the state in the URL', async () => {
    await withJs.goto(`${real.url}/deception-types/sycophancy/`);
    const expected = await withJs.locator('.paper-list__title a').evaluateAll((as) => as.map((a) => a.textContent));
    await withJs.goto(`${real.url}/papers/`);
    await expect(withJs.locator('#paper-filter').isVisible()).resolves.toBe(true);
    await withJs.locator('select[name="deception-types"]').selectOption('sycophancy');
    await withJs.locator('#paper-filter-status', { hasText: /match/ }).waitFor();
    const shown = await withJs.locator('#paper-results .paper-list__title a').evaluateAll((as) => as.map((a) => a.textContent));
    expect(shown).toEqual(expected);
    expect(new URL(withJs.url()).search).toBe('?deception-types=sycophancy');

    await withJs.reload();
    await withJs.locator('#paper-filter-status', { hasText: /match/ }).waitFor();
    await expect(withJs.locator('#paper-results .paper-list__title a').count()).resolves.toBe(expected.length);
  });

  test('combines filters, sorts by title, and clearing restores the static list', async () => {
    await withJs.goto(`${real.url}/papers/`);
    const staticCount = await withJs.locator('#paper-results .paper-list > li').count();
    await withJs.locator('select[name="sort"]').selectOption('title');
    await withJs.locator('#paper-filter-status', { hasText: /match/ }).waitFor();
    const titles = await withJs.locator('#paper-results .paper-list__title a').evaluateAll((as) => as.map((a) => a.textContent ?? ''));
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    await withJs.locator('select[name="system-types"]').selectOption('llm-agents');
    await withJs.locator('select[name="deception-types"]').selectOption('scheming');
    await withJs.locator('#paper-filter-status', { hasText: /match/ }).waitFor();
    const combined = await withJs.locator('#paper-results .paper-list__title a').count();
    expect(combined).toBeLessThan(titles.length);
    await withJs.locator('#paper-filter button[type="reset"]').click();
    await withJs.waitForFunction(() => !location.search);
    await expect(withJs.locator('#paper-results .paper-list > li').count()).resolves.toBe(staticCount);
  });
});
