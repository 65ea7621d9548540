/**
 * The build cache's Markdown renderings (markdown/ under the build cache, see build-cache.ts):
 * the store the pages render through (views/render.ts), the record of the renderings this
 * build's pages used, and pruning. A build that renders every page deletes the renderings none
 * of its pages used (old versions of edited entries, removed entries), so the folder holds
 * little more than the atlas needs. An incremental build does not prune: it never reads the
 * renderings of the pages it keeps, which it still needs. The pipeline's fingerprint, part of
 * every rendering's key, is kept here too while the code is unchanged (keptFingerprint).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PipelineOptions } from '../lib/markdown/pipeline.ts';
import { fileStore, type RenderStore } from '../lib/markdown/render-store.ts';
import { replaceFile } from '../lib/replace-file.ts';
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

/**
 * The pipeline's fingerprint, kept in `file` with the fingerprint of the code and settings of
 * the build that made it (`code()`: integrations/output-folder.ts, which covers src/, the config
 * and the lock file). While that is unchanged the kept one is used, so a build does not render the
 * canary (and start citeproc) again. Without a code fingerprint (`astro dev`, or ATLAS_CACHE
 * without `pages`) the canary is rendered every time, as before.
 */
export function keptFingerprint(file: string, code: () => string | undefined, compute: (options: PipelineOptions) => Promise<string> = renderCanary) {
  let result: Promise<string> | undefined;
  return (options: PipelineOptions): Promise<string> => (result ??= (async () => {
    const now = code();
    if (now) {
      try {
        const kept = JSON.parse(readFileSync(file, 'utf8')) as { code?: unknown; pipeline?: unknown };
        if (kept.code === now && typeof kept.pipeline === 'string') return kept.pipeline;
      } catch {
        // None kept yet, or unreadable: render the canary.
      }
    }
    const pipeline = await compute(options);
    if (now) replaceFile(file, JSON.stringify({ code: now, pipeline }));
    return pipeline;
  })());
}

// Loaded when first needed: the integrations import this module to prune, not to render.
const renderCanary = async (options: PipelineOptions) => (await import('../lib/markdown/render-cache.ts')).canaryFingerprint(options);

/** The page bodies' fingerprint, kept beside their renderings. */
export const pagePipelineFingerprint = keptFingerprint(path.join(MARKDOWN_CACHE_DIR, 'pipeline-fingerprint.json'), () => session.incremental?.code);

