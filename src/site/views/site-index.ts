/**
 * The lists every page draws from, computed once per build from the atlas: published papers
 * in their orders, papers per taxonomy term and per tag, commentary per paper. Pages only read
 * from here, so no page does work that grows with the corpus beyond what it shows.
 */
import type { Atlas } from '../../lib/atlas.ts';
import type { LinkedCommentary, LinkedPaper } from '../../lib/link/link-atlas.ts';
import { filedUnder, type Vocabulary } from '../../lib/link/taxonomy-index.ts';
import { tagSlug } from './tags.ts';

export interface Tag {
  slug: string;
  /** The spelling used first (by paper slug); spellings that slug alike share one page. */
  label: string;
  papers: LinkedPaper[];
}

export interface SiteIndex {
  atlas: Atlas;
  /** Published papers, newest first. */
  papers: LinkedPaper[];
  papersByTitle: LinkedPaper[];
  /** Published papers, most recently added first. */
  recent: LinkedPaper[];
  /** Published papers with commentary, most discussed first. */
  mostDiscussed: { paper: LinkedPaper; records: number }[];
  paperBySlug: Map<string, LinkedPaper>;
  /** Drafts included: in-text citations may name a draft. */
  anyPaperBySlug: Map<string, LinkedPaper>;
  vocabularies: Vocabulary[];
  /** taxonomy id → term slug → published papers, newest first. */
  termPapers: Map<string, Map<string, LinkedPaper[]>>;
  tags: Tag[];
  tagsOf: Map<string, Tag[]>;
  /** All commentary, newest first. */
  commentary: LinkedCommentary[];
  commentaryAbout: Map<string, LinkedCommentary[]>;
}

/** Sort key for "newest first": the first version's date, else its year. */
export function dateKey(paper: LinkedPaper): string {
  return paper.meta.date || String(paper.meta.publication_year);
}

export function newestFirst(a: LinkedPaper, b: LinkedPaper): number {
  return dateKey(b).localeCompare(dateKey(a)) || a.slug.localeCompare(b.slug);
}

/**
 * English order ignoring case and accents. One collator, not localeCompare with options: V8
 * makes a collator for every such call, and sorting 10,000 titles took 580 ms instead of 7 ms
 * (measured); the order is the same.
 */
const baseLetters = new Intl.Collator('en', { sensitivity: 'base' });

export function byTitle(a: LinkedPaper, b: LinkedPaper): number {
  return baseLetters.compare(a.meta.title, b.meta.title) || a.slug.localeCompare(b.slug);
}

export function commentaryNewestFirst(a: LinkedCommentary, b: LinkedCommentary): number {
  return (b.meta.date || '').localeCompare(a.meta.date || '') || a.meta.id.localeCompare(b.meta.id);
}

const memo = new WeakMap<Atlas, SiteIndex>();

export function siteIndex(atlas: Atlas): SiteIndex {
  const cached = memo.get(atlas);
  if (cached) return cached;
  const papers = atlas.papers.filter((p) => !p.meta.draft).sort(newestFirst);
  const paperBySlug = new Map(papers.map((p) => [p.slug, p]));
  const vocabularies = [...atlas.taxonomies.values()];

  const termPapers = new Map<string, Map<string, LinkedPaper[]>>();
  for (const vocab of vocabularies) {
    const byTerm = new Map<string, LinkedPaper[]>([...vocab.terms.keys()].map((slug) => [slug, []]));
    for (const paper of papers) for (const slug of filedUnder(vocab, paper.terms[vocab.id] ?? [])) byTerm.get(slug)?.push(paper);
    termPapers.set(vocab.id, byTerm);
  }

  const tagMap = new Map<string, Tag>();
  const tagsOf = new Map<string, Tag[]>();
  for (const paper of [...papers].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const own: Tag[] = [];
    for (const label of paper.meta.tags) {
      const slug = tagSlug(label);
      let tag = tagMap.get(slug);
      if (!tag) tagMap.set(slug, (tag = { slug, label, papers: [] }));
      if (own.includes(tag)) continue;
      own.push(tag);
      tag.papers.push(paper);
    }
    tagsOf.set(paper.slug, own);
  }
  for (const tag of tagMap.values()) tag.papers.sort(newestFirst);
  const tags = [...tagMap.values()].sort((a, b) => baseLetters.compare(a.label, b.label) || a.slug.localeCompare(b.slug));

  const commentary = [...atlas.commentary].sort(commentaryNewestFirst);
  const commentaryAbout = new Map<string, LinkedCommentary[]>();
  for (const record of commentary) {
    for (const slug of record.about) {
      const list = commentaryAbout.get(slug) ?? [];
      list.push(record);
      commentaryAbout.set(slug, list);
    }
  }

  const recent = [...papers].sort((a, b) => (b.meta.added ?? '').localeCompare(a.meta.added ?? '') || newestFirst(a, b));
  const mostDiscussed = papers
    .map((paper) => ({ paper, records: commentaryAbout.get(paper.slug)?.length ?? 0 }))
    .filter((d) => d.records > 0)
    .sort((a, b) => b.records - a.records || newestFirst(a.paper, b.paper));

  const index: SiteIndex = {
    atlas, papers, papersByTitle: [...papers].sort(byTitle), recent, mostDiscussed, paperBySlug,
    anyPaperBySlug: new Map(atlas.papers.map((p) => [p.slug, p])),
    vocabularies, termPapers, tags, tagsOf, commentary, commentaryAbout,
  };
  memo.set(atlas, index);
  return index;
}

/** The papers before and after this one, in date order, within its first deception type. */
export function neighbours(index: SiteIndex, paper: LinkedPaper): { term?: { slug: string; label: string }; older?: LinkedPaper; newer?: LinkedPaper } {
  const term = paper.terms['deception-types']?.[0];
  if (!term) return {};
  const list = index.termPapers.get('deception-types')?.get(term.slug) ?? [];
  const at = list.indexOf(paper);
  return { term, newer: at > 0 ? list[at - 1] : undefined, older: at >= 0 ? list[at + 1] : undefined };
}

/** Direct children of a term, in vocabulary order. */
export function childTerms(vocab: Vocabulary, slug: string) {
  return [...vocab.terms.values()].filter((t) => t.parent === slug);
}

/**
 * `make`, computed once per site index (so once per build, or per content change in `astro dev`):
 * a list's first page and its further pages are two routes, which ask for the same views.
 */
export function oncePerIndex<V>(make: (index: SiteIndex) => V): (index: SiteIndex) => V {
  const made = new WeakMap<SiteIndex, V>();
  return (index) => {
    if (!made.has(index)) made.set(index, make(index));
    return made.get(index)!;
  };
}
