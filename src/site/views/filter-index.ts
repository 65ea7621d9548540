/**
 * /papers/filter.json: the compact index the /papers/ filter reads when a reader uses it (it
 * is never loaded otherwise). Terms are numbered per vocabulary; each paper is one array:
 * [slug, title, authors, year, venue, date, then one list of term numbers per FILTER_FACETS
 * vocabulary, in that order].
 */
import { shortAuthors } from './format.ts';
import { filedUnder } from '../../lib/link/taxonomy-index.ts';
import { dateKey, type SiteIndex } from './site-index.ts';

export const FILTER_FACETS = ['deception-types', 'research-areas', 'system-types', 'models', 'elicitation'] as const;

export type FilterRow = [string, string, string, number, string, string, ...number[][]];

export interface FilterIndex {
  facets: { id: string; terms: string[] }[];
  papers: FilterRow[];
}

export function filterIndex(index: SiteIndex): FilterIndex {
  const facets = FILTER_FACETS.map((id) => ({ id, terms: [...(index.atlas.taxonomies.get(id)?.terms.keys() ?? [])] }));
  const numberOf = facets.map((f) => new Map(f.terms.map((slug, i) => [slug, i])));
  const papers = index.papers.map((p): FilterRow => {
    const nums = (k: number) => {
      const vocab = index.atlas.taxonomies.get(FILTER_FACETS[k]);
      return vocab ? filedUnder(vocab, p.terms[FILTER_FACETS[k]] ?? []).map((slug) => numberOf[k].get(slug)!).filter((n) => n !== undefined) : [];
    };
    return [p.slug, p.meta.title, shortAuthors(p.meta.authors), p.meta.publication_year, p.meta.venue ?? p.meta.publication ?? '', dateKey(p), ...FILTER_FACETS.map((_, k) => nums(k))];
  });
  return { facets, papers };
}
