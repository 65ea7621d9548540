/**
 * Every URL the site's pages link to, built in one place. These URLs are cited in papers:
 * never change one without a redirect.
 */
import { META_FILE } from '../../lib/search/bundle.ts';

export const paperUrl = (slug: string) => `/papers/${slug}/`;
export const taxonomyUrl = (taxonomy: string) => `/${taxonomy}/`;
export const termUrl = (taxonomy: string, term: string) => `/${taxonomy}/${term}/`;
export const termFeedUrl = (taxonomy: string, term: string) => `/${taxonomy}/${term}/rss.xml`;
export const tagUrl = (tag: string) => `/tags/${tag}/`;
export const commentaryUrl = (id: string) => `/commentary/${id}/`;
export const papersUrl = (order: PaperOrder = 'newest') => (order === 'newest' ? '/papers/' : '/papers/by-title/');

/** Citation downloads (src/pages/papers/[slug].{bib,json,ris}.ts, [taxonomy]/[term].bib.ts, atlas.bib.ts). */
export const paperExportUrl = (slug: string, format: 'bib' | 'json' | 'ris') => `/papers/${slug}.${format}`;
export const termBibUrl = (taxonomy: string, term: string) => `/${taxonomy}/${term}.bib`;
export const atlasBibUrl = () => '/atlas.bib';

/** The search index's files: the meta file keeps its name in every build, the rest are fingerprinted. */
export const searchIndexFileUrl = (name: string) => `/search-index/${name}`;
export const SEARCH_INDEX_URL = searchIndexFileUrl(META_FILE);

export type PaperOrder = 'newest' | 'title';

/** Page 1 of a list lives at the list's own URL; page n at `<list>page/<n>/`. */
export function pageUrl(listUrl: string, page: number): string {
  return page <= 1 ? listUrl : `${listUrl}page/${page}/`;
}

/** Paper slugs that would collide with the list pages under /papers/. */
export const RESERVED_PAPER_SLUGS = new Set(['page', 'by-title']);

export function absoluteUrl(site: URL | string | undefined, pathname: string): string {
  return new URL(pathname, site ?? 'https://deception-atlas.org').href;
}
