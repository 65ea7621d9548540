/**
 * The whole-atlas results the site derives besides its pages: the search index and the graph
 * layout. Each is kept in the build cache by a digest of its inputs (see build-cache.ts).
 */
import type { Atlas } from '../lib/atlas.ts';
import { buildSearchIndex, type SearchIndexFiles } from '../lib/export/search-index.ts';
import type { CitationGraph } from '../lib/link/graph.ts';
import { layoutCitationGraph, layoutInputs, type Point } from '../lib/link/graph-layout.ts';
import type { DocumentTerms } from '../lib/search/pack-index.ts';
import { keyedStoreOnDisk, memoOnDisk } from './build-cache.ts';
import { cacheKeyOf } from './views/cache-key.ts';

export function searchIndexOf(atlas: Atlas): SearchIndexFiles {
  // Bodies' counted terms are kept between builds: an edit re-tokenises one body, not all.
  const bodyTerms = keyedStoreOnDisk<DocumentTerms>('search-body-terms');
  const files = buildSearchIndex(atlas, { bodyTerms });
  bodyTerms.close();
  return files;
}

/** The graph's layout, kept in the build cache by a digest of its inputs. */
export function graphLayoutOf(graph: CitationGraph): Map<string, Point> {
  return new Map(memoOnDisk<[string, Point][]>('graph-layout', cacheKeyOf(layoutInputs(graph)), () => [...layoutCitationGraph(graph)]));
}
