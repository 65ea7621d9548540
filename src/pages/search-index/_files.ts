/**
 * The search index's place on the site. A build writes its files itself when the pages are done
 * (integrations/paper-files.ts), from the background worker or, failing that, from the main
 * thread; `astro dev` serves them through the [file] route. Not a route: the underscore keeps
 * Astro from serving it.
 */
import type { SearchIndexFiles } from '../../lib/export/search-index.ts';
import { getAtlas } from '../../site/atlas-data.ts';
import { searchIndexOf } from '../../site/derived-data.ts';

let pending: Promise<SearchIndexFiles> | null = null;

export function searchIndexFiles(): Promise<SearchIndexFiles> {
  pending ??= getAtlas().then((atlas) => searchIndexOf(atlas));
  return pending;
}
