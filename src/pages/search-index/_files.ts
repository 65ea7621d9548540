/**
 * The search index files of this build, built once (every page's search box needs the meta
 * file's fingerprinted name; the endpoint writes them all). Not a route: the underscore keeps
 * Astro from serving it.
 */
import { buildSearchIndex, type SearchIndexFiles } from '../../lib/export/search-index.ts';
import { getAtlas } from '../../site/atlas-data.ts';

export const SEARCH_INDEX_PATH = '/search-index/';

let pending: Promise<SearchIndexFiles> | null = null;

export function searchIndexFiles(): Promise<SearchIndexFiles> {
  pending ??= getAtlas().then((atlas) => buildSearchIndex(atlas));
  return pending;
}

/** URL of the meta file, which names every other file relative to itself. */
export async function searchIndexUrl(): Promise<string> {
  return `${SEARCH_INDEX_PATH}${(await searchIndexFiles()).meta.name}`;
}
