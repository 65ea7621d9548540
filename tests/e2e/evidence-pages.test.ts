/**
 * The evidence layer on the real build: every model page's "what has been shown" sections hold
 * what the view computes from the atlas, the matrix is a real table whose every count leads to a
 * section that exists, and relations show on both papers' pages. (axe checks these pages with
 * every other template: tests/e2e/site-axe.test.ts.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { RELATION_TYPES } from '../../schemas/paper.ts';
import { loadAtlas } from '../../src/lib/atlas.ts';
import { buildCitationGraph, type CitationGraph } from '../../src/lib/link/graph.ts';
import { evidenceMatrix, modelEvidence } from '../../src/site/views/evidence.ts';
import { siteIndex, type SiteIndex } from '../../src/site/views/site-index.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { REPO_ROOT } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let browser: Browser;
let context: BrowserContext;
let server: StaticServer;
let site: string;
let index: SiteIndex;
let graph: CitationGraph;

beforeAll(async () => {
  site = inject('realSite');
  server = await serveStatic(site);
  const atlas = await loadAtlas(REPO_ROOT);
  index = siteIndex(atlas);
  graph = buildCitationGraph(atlas);
  browser = await launchBrowser();
  // One context for every page: the npm-shipped Chromium exits when a context closes.
  context = await browser.newContext();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const html = (url: string) => readFileSync(path.join(site, url, 'index.html'), 'utf8');
const modelTerms = () => [...index.atlas.taxonomies.get('models')!.terms.values()];

describe('model pages', () => {
  test('every model page shows, per deception type, the papers the view lists, each section anchored by the type', () => {
    let groups = 0;
    for (const term of modelTerms()) {
      const page = html(`models/${term.slug}`);
      const expected = modelEvidence(index, graph, term.slug);
      const sections = [...page.matchAll(/<h3 id="([^"]+)"><a href="\/deception-types\/([^/]+)\/">/g)].map((m) => [m[1], m[2]]);
      expect(sections, term.slug).toEqual(expected.map((g) => [g.type.slug, g.type.slug]));
      groups += expected.length;
    }
    // The atlas's entries name models: the check covered real sections, not only empty pages.
    expect(groups).toBeGreaterThan(20);
  });

  test('in the browser, a paper under a type links to its page and says how the behaviour was obtained', async () => {
    const [family] = evidenceMatrix(index, graph).families;
    const [group] = modelEvidence(index, graph, family.slug);
    const page = await context.newPage();
    await page.goto(`${server.url}/models/${family.slug}/#${group.type.slug}`);
    const first = page.locator(`section[aria-labelledby="${group.type.slug}"] > ul > li`).first();
    await expect.poll(() => first.locator('a').first().getAttribute('href')).toBe(`/papers/${group.papers[0].slug}/`);
    if (group.papers[0].elicitation.length) expect(await first.textContent()).toContain(group.papers[0].elicitation[0]);
    // The anchor scrolled the section into view.
    expect(await page.locator(`h3#${group.type.slug}`).isVisible()).toBe(true);
    await page.close();
  });
});

describe('the behaviour × model matrix', () => {
  test('a table with a caption and headers on both axes; every count links to a section that exists', () => {
    const page = html('matrix');
    const matrix = evidenceMatrix(index, graph);
    expect(page).toContain('<caption id="matrix-caption">');
    const columns = [...page.matchAll(/<th scope="col"[^>]*>(?:<a href="\/models\/([^/]+)\/">)?/g)].map((m) => m[1] ?? null);
    expect(columns).toEqual([null, ...matrix.families.map((f) => f.slug), ...(matrix.otherFamilies.length ? [null] : [])]);
    expect([...page.matchAll(/<th scope="row"/g)]).toHaveLength(matrix.rows.length);
    const links = [...page.matchAll(/<a class="evidence-matrix__count" href="\/models\/([^/]+)\/#([^"]+)">/g)];
    expect(links.length).toBe(matrix.rows.flatMap((r) => r.cells).filter((c) => c.total > 0).length);
    for (const [, family, type] of links) expect(html(`models/${family}`), `${family}#${type}`).toContain(`<h3 id="${type}">`);
  });

  test('the header navigation reaches models, and the models index the matrix', () => {
    expect(html('')).toContain('<a href="/models/"');
    expect(html('models')).toContain('<a href="/matrix/">');
  });
});

describe('relations', () => {
  test('a relation shows on the stating paper and, inverted, on the other', () => {
    const stated = index.papers.flatMap((p) => p.relations.map((r) => ({ from: p.slug, ...r })));
    expect(stated.length).toBeGreaterThan(5);
    for (const r of stated) {
      const from = html(`papers/${r.from}`);
      const to = html(`papers/${r.slug}`);
      const listOf = (page: string, direction: string) => new RegExp(`<ul[^>]*data-relation="${r.type}" data-direction="${direction}"[^>]*>([\\s\\S]*?)</ul>`).exec(page)?.[1] ?? '';
      expect(listOf(from, 'outgoing'), `${r.from} ${r.type} ${r.slug}`).toContain(`href="/papers/${r.slug}/"`);
      expect(listOf(to, 'incoming'), `${r.slug} ${RELATION_TYPES[r.type].inverse} ${r.from}`).toContain(`href="/papers/${r.from}/"`);
    }
  });
});

describe('/about/', () => {
  test('states the inclusion criteria and how facts are checked, with both confidence levels', () => {
    const page = html('about');
    for (const id of ['inclusion', 'facts', 'credibility']) expect(page).toContain(`id="${id}"`);
    expect(page).toContain('High confidence');
    expect(page).toContain('Medium confidence');
    expect(page).toContain('verified-metadata/');
  });
});
