/**
 * The search index files of this build, built once (the endpoint writes them all). Not a
 * route: the underscore keeps Astro from serving it.
 */
import { META_FILE, type SearchIndexFiles } from '../../lib/export/search-index.ts';
import { getAtlas } from '../../site/atlas-data.ts';
import { backgroundWork } from '../../site/background-work.ts';
import { searchIndexOf } from '../../site/derived-data.ts';

export const SEARCH_INDEX_PATH = '/search-index/';

let pending: Promise<SearchIndexFiles> | null = null;

export function searchIndexFiles(): Promise<SearchIndexFiles> {
  // From the build's background worker when there is one, else built here.
  pending ??= Promise.all([getAtlas(), backgroundWork()]).then(([atlas, done]) => done?.search ?? searchIndexOf(atlas));
  return pending;
}

/** URL of the meta file, which names every other file relative to itself; the same in every build. */
export const SEARCH_INDEX_URL = `${SEARCH_INDEX_PATH}${META_FILE}`;
