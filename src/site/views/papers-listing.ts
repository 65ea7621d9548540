/**
 * What /papers/, /papers/by-title/ and their further pages show: one page of all papers in one
 * order, as cards, and the filter facets (each vocabulary's terms with their counts). The
 * further pages render from their view alone and are keyed by its digest, so a body edit, which
 * no card shows, leaves them as they were.
 */
import { sharedInViews } from './cache-key.ts';
import { paginate, type Page } from './pagination.ts';
import { paperCard, type PaperCard } from './paper-card.ts';
import { oncePerIndex, type SiteIndex } from './site-index.ts';
import { papersUrl, type PaperOrder } from './urls.ts';

export interface Facet {
  id: string;
  label: string;
  terms: { slug: string; label: string; count: number }[];
}

export interface PapersListingView {
  order: PaperOrder;
  page: Page<PaperCard>;
  facets: Facet[];
}

// Made once per build: every page of both orders shares them.
const facets = oncePerIndex((index): Facet[] => sharedInViews(index.vocabularies.map((vocab) => ({
  id: vocab.id,
  label: vocab.taxonomy.label,
  terms: [...vocab.terms.values()]
    .map((t) => ({ slug: t.slug, label: t.label, count: index.termPapers.get(vocab.id)?.get(t.slug)?.length ?? 0 }))
    .filter((t) => t.count > 0),
}))));

const listings = oncePerIndex((index): Record<PaperOrder, PapersListingView[]> => {
  const views = (order: PaperOrder, papers: SiteIndex['papers']) =>
    paginate(papers.map(paperCard), papersUrl(order)).map((page) => ({ order, page, facets: facets(index) }));
  return { newest: views('newest', index.papers), title: views('title', index.papersByTitle) };
});

/** Every page of all papers in `order`: [0] is the list's own URL, the rest /page/<n>/ (index-pages.ts furtherPages). */
export function papersListingViews(index: SiteIndex, order: PaperOrder): PapersListingView[] {
  return listings(index)[order];
}

