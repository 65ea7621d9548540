/**
 * The search index files of this build, built once (the endpoint writes them all). Not a
 * route: the underscore keeps Astro from serving it.
 */
import { buildSearchIndex, META_FILE, type SearchIndexFiles } from '../../lib/export/search-index.ts';
import type { DocumentTerms } from '../../lib/search/pack-index.ts';
import { getAtlas } from '../../site/atlas-data.ts';
import { keyedStoreOnDisk } from '../../site/build-cache.ts';

export const SEARCH_INDEX_PATH = '/search-index/';

let pending: Promise<SearchIndexFiles> | null = null;

export function searchIndexFiles(): Promise<SearchIndexFiles> {
  pending ??= getAtlas().then((atlas) => {
    // Bodies' counted terms are kept between builds: an edit re-tokenises one body, not all.
    const bodyTerms = keyedStoreOnDisk<DocumentTerms>('search-body-terms');
    const files = buildSearchIndex(atlas, { bodyTerms });
    bodyTerms.save();
    return files;
  });
  return pending;
}

/** URL of the meta file, which names every other file relative to itself; the same in every build. */
export const SEARCH_INDEX_URL = `${SEARCH_INDEX_PATH}${META_FILE}`;
