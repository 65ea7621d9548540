/**
 * The build cache's Markdown renderings (markdown/ under the build cache, see build-cache.ts):
 * the store the pages render through (views/render.ts), the record of the renderings this
 * build's pages used, and pruning. A build that renders every page deletes the renderings none
 * of its pages used (old versions of edited entries, removed entries), so the folder holds
 * little more than the atlas needs. An incremental build does not prune: it never reads the
 * renderings of the pages it keeps, which it still needs.
 */
import path from 'node:path';
import type { PipelineOptions } from '../lib/markdown/pipeline.ts';
import { fileStore, type RenderStore } from '../lib/markdown/render-store.ts';
import { cacheFolder, cacheOn } from './build-cache.ts';
import { session } from './build-session.ts';

export const MARKDOWN_CACHE_DIR = cacheFolder('markdown');

/** The store pages render through; null when ATLAS_CACHE leaves `markdown` out. */
export const markdownStore: RenderStore | null = cacheOn('markdown') ? fileStore(MARKDOWN_CACHE_DIR) : null;

/** The pipeline options of page bodies, for a Markdown cache folder. */
export const pageRenderOptions = (markdownCacheDir: string): PipelineOptions => ({
  bibliographyDir: path.join(markdownCacheDir, 'bibliographies'),
  // An in-text citation of an atlas paper links to the paper's page.
  citationLinks: 'entries',
});

/** The keys of the renderings this build's pages used (views/render.ts adds them). */
export const usedRenderings: Set<string> = session.usedRenderings;

/** Starts a build's record of the renderings its pages use (integrations/session-bounds.ts, at build start). */
export function forgetUsedRenderings(): void {
  usedRenderings.clear();
}

/**
 * Deletes the stored renderings no page of this build used and returns how many: only right
 * after a build that rendered every page (see above).
 */
export function pruneRenderCache(): number {
  const deleted = markdownStore?.prune(usedRenderings) ?? 0;
  usedRenderings.clear();
  return deleted;
}
