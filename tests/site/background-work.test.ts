/**
 * A cold build's background worker (src/site/workers/derive.ts) must give exactly what the
 * main thread would compute itself: the same search index and graph layout, and every paper
 * body rendered into the cache the pages read.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/build-site.ts';

// The build cache is chosen when its module loads: point it at a folder of this test's own first.
const cacheDir = mkdtempSync(path.join(tmpdir(), 'atlas-background-'));
process.env.ATLAS_CACHE_DIR = cacheDir;
const { backgroundLayout, backgroundSearchIndex, startBackgroundWork, stopBackgroundWork } = await import('../../src/site/background-work.ts');
const { graphLayoutOf, searchIndexOf } = await import('../../src/site/derived-data.ts');
const { isRendered, paperBodyInput } = await import('../../src/site/views/render.ts');
const { siteIndex } = await import('../../src/site/views/site-index.ts');
const { loadAtlas } = await import('../../src/lib/atlas.ts');
const { buildCitationGraph } = await import('../../src/lib/link/graph.ts');

const atlas = await loadAtlas(REPO_ROOT);
const papers = siteIndex(atlas).papers;

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

  test('renders every paper body into the cache the pages read', async () => {
    const index = siteIndex(atlas);
    // It walks from the last page back, so the first page's body is rendered last.
    await expect.poll(() => isRendered(paperBodyInput(index, papers[0])), { timeout: 90_000, interval: 200 }).toBe(true);
    for (const paper of papers) expect(await isRendered(paperBodyInput(index, paper)), paper.slug).toBe(true);
  }, 120_000);
});

