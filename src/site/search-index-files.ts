/**
 * /search-index/*: written by the build itself once the pages are done (integrations/
 * paper-files.ts), so that building the index never holds up a page. Only changed files are written.
 */
import type { SearchIndexFiles } from '../lib/export/search-index.ts';
import { writeKeyedFile, type IncrementalState } from './incremental.ts';
import { cacheKeyOf } from './views/cache-key.ts';
import { searchIndexFileUrl } from './views/urls.ts';

/** Writes the index's files into `outDir`; returns how many were written. */
export function writeSearchIndex(files: SearchIndexFiles, outDir: string, state: IncrementalState | undefined): number {
  let written = 0;
  for (const file of [files.meta, ...files.shards]) {
    if (writeKeyedFile(outDir, searchIndexFileUrl(file.name), cacheKeyOf(file.body), () => file.body, state)) written++;
  }
  return written;
}
