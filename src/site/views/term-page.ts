/**
 * What a taxonomy term's pages show (/<taxonomy>/<term>/, its further pages, its alias
 * redirects, its feed and its .bib), each as a plain view: the page renders from its view
 * alone, and the view's digest is its cache key for incremental builds.
 */
import type { TaxonomyTerm } from '../../../schemas/taxonomy.ts';
import type { LinkedCommentary } from '../../lib/link/link-atlas.ts';
import type { CitationGraph } from '../../lib/link/graph.ts';
import { ancestry, type Vocabulary } from '../../lib/link/taxonomy-index.ts';
import { pathWithView } from './cache-key.ts';
import { modelEvidence, type EvidenceGroup } from './evidence.ts';
import { mostCitedList, type MostCitedList } from './most-cited.ts';
import { paginate, type Page } from './pagination.ts';
import { paperCard, type PaperCard } from './paper-card.ts';
import { childTerms, type SiteIndex } from './site-index.ts';
import { aliasRedirects } from './term-aliases.ts';
import { termUrl } from './urls.ts';

type Link = { href: string; label: string };

export interface TermPageView {
  vocab: { id: string; label: string };
  term: TaxonomyTerm;
  parents: { slug: string; label: string }[];
  /** Broader (the nearest parent), narrower and related terms, each with its paper count. */
  broader?: Link;
  narrower: Link[];
  related: Link[];
  page: Page<PaperCard>;
  /** First page only: commentary about the term's papers, and its most-cited papers. */
  commentary: LinkedCommentary[];
  mostCited?: MostCitedList;
  /** First page of a model term only: its papers grouped by deception type (what has been shown in it). */
  evidence?: EvidenceGroup[];
}

export interface AliasPageView {
  vocab: { id: string; label: string };
  alias: string;
  term: { slug: string; label: string };
}

const vocabRef = (vocab: Vocabulary) => ({ id: vocab.id, label: vocab.taxonomy.label });

function termPages(index: SiteIndex, graph: CitationGraph, vocab: Vocabulary, term: TaxonomyTerm): TermPageView[] {
  const papersOf = (slug: string) => index.termPapers.get(vocab.id)?.get(slug) ?? [];
  const link = (t: TaxonomyTerm): Link => ({ href: termUrl(vocab.id, t.slug), label: `${t.label} (${papersOf(t.slug).length})` });
  const parents = ancestry(vocab, term.slug).slice(0, -1);
  const papers = papersOf(term.slug);
  const seen = new Set<LinkedCommentary>();
  for (const paper of papers) for (const c of index.commentaryAbout.get(paper.slug) ?? []) seen.add(c);
  const commentary = index.commentary.filter((c) => seen.has(c));
  const shared = {
    vocab: vocabRef(vocab),
    term,
    parents: parents.map((p) => ({ slug: p.slug, label: p.label })),
    broader: parents.length > 0 ? link(parents[parents.length - 1]) : undefined,
    narrower: childTerms(vocab, term.slug).map(link),
    related: term.related.map((slug) => vocab.terms.get(slug)).filter((t): t is TaxonomyTerm => Boolean(t)).map(link),
  };
  return paginate(papers.map(paperCard), termUrl(vocab.id, term.slug)).map((page) => page.number === 1
    ? { ...shared, page, commentary, mostCited: mostCitedList(index, graph, 5, vocab.id, term.slug), ...(vocab.id === 'models' ? { evidence: modelEvidence(index, graph, term.slug) } : {}) }
    : { ...shared, page, commentary: [] });
}

// Every page of every term, made once per build: page 1 and the further pages are two routes.
const allTermPages = new WeakMap<SiteIndex, { vocab: Vocabulary; term: TaxonomyTerm; pages: TermPageView[] }[]>();

function termPagesOf(index: SiteIndex, graph: CitationGraph) {
  let all = allTermPages.get(index);
  if (!all) {
    all = index.vocabularies.flatMap((vocab) => [...vocab.terms.values()].map((term) => ({ vocab, term, pages: termPages(index, graph, vocab, term) })));
    allTermPages.set(index, all);
  }
  return all;
}

/** /<taxonomy>/<term>/ for every term (page 1), and a redirect page for every alias. */
export function termIndexPaths(index: SiteIndex, graph: CitationGraph) {
  return [
    ...termPagesOf(index, graph).map(({ vocab, term, pages }) => pathWithView({ taxonomy: vocab.id, term: term.slug }, pages[0] as TermPageView | AliasPageView)),
    ...index.vocabularies.flatMap((vocab) => aliasRedirects(vocab).map((a) => {
      const term = vocab.terms.get(a.term)!;
      return pathWithView({ taxonomy: vocab.id, term: a.alias }, { vocab: vocabRef(vocab), alias: a.label, term: { slug: term.slug, label: term.label } } as TermPageView | AliasPageView);
    })),
  ];
}

/** /<taxonomy>/<term>/page/<n>/ for every term with more than one page of papers. */
export function termPagePaths(index: SiteIndex, graph: CitationGraph) {
  return termPagesOf(index, graph).flatMap(({ vocab, term, pages }) =>
    pages.slice(1).map((view) => pathWithView({ taxonomy: vocab.id, term: term.slug, page: String(view.page.number) }, view)));
}

/** A term's feed: its papers newest first, as cards. */
export function termFeedPaths(index: SiteIndex) {
  return index.vocabularies.flatMap((vocab) => [...vocab.terms.values()].map((term) =>
    pathWithView({ taxonomy: vocab.id, term: term.slug }, {
      vocab: vocabRef(vocab),
      term,
      papers: (index.termPapers.get(vocab.id)?.get(term.slug) ?? []).map(paperCard),
    })));
}
