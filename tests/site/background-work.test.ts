/**
 * A cold build's background worker (src/site/workers/derive.ts) must give exactly what the
 * main thread would compute itself: the same search index and graph layout, the same formatted
 * references, and every paper body rendered into the cache the pages read.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/build-site.ts';

// The build cache is chosen when its module loads: point it at a folder of this test's own first.
const cacheDir = mkdtempSync(path.join(tmpdir(), 'atlas-background-'));
process.env.ATLAS_CACHE_DIR = cacheDir;
const { backgroundLayout, backgroundSearchIndex, prefetchedReference, startBackgroundWork, stopBackgroundWork } = await import('../../src/site/background-work.ts');
const { graphLayoutOf, searchIndexOf } = await import('../../src/site/derived-data.ts');
const { referenceKey } = await import('../../src/site/views/formatted-references.ts');
const { isRendered, paperBodyInput } = await import('../../src/site/views/render.ts');
const { siteIndex } = await import('../../src/site/views/site-index.ts');
const { loadAtlas } = await import('../../src/lib/atlas.ts');
const { buildCitationGraph } = await import('../../src/lib/link/graph.ts');
const { formatReference, REFERENCE_STYLES } = await import('../../src/lib/export/formatted-reference.ts');

const atlas = await loadAtlas(REPO_ROOT);
const papers = siteIndex(atlas).papers;
const styles = Object.keys(REFERENCE_STYLES) as (keyof typeof REFERENCE_STYLES)[];

describe('background worker of a cold build', () => {
  beforeAll(() => startBackgroundWork(REPO_ROOT, path.join(REPO_ROOT, 'src')));
  afterAll(() => {
    stopBackgroundWork();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  test('derives the search index and the graph layout the main thread would', async () => {
    const [search, layout] = await Promise.all([backgroundSearchIndex(), backgroundLayout()]);
    expect(search).toEqual(searchIndexOf(atlas));
    expect(layout).toEqual(graphLayoutOf(buildCitationGraph(atlas)));
  });

  test('formats every paper\'s references as the main thread would, and renders every body into the cache', async () => {
    const last = papers[0];
    // It walks from the last page back, so the first page's references arrive last.
    await expect.poll(() => prefetchedReference(referenceKey(last, 'chicago')), { timeout: 90_000, interval: 200 }).toBeDefined();
    for (const paper of papers) {
      for (const style of styles) expect(prefetchedReference(referenceKey(paper, style)), `${paper.slug} ${style}`).toBe(await formatReference(paper, style));
      expect(await isRendered(paperBodyInput(siteIndex(atlas), paper)), paper.slug).toBe(true);
    }
  }, 120_000);
});

