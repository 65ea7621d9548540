/**
 * Which papers an export holds: a taxonomy term, a year range, named papers, or everything
 * published. Shared by the CLI and the site's download endpoints, so that
 * `/deception-types/<term>.bib` and `npm run export -- --deception-type <term>` agree. A term
 * holds the papers filed under it, exactly those its page lists; narrower terms have their own.
 */
import type { Atlas } from '../atlas.ts';
import type { LinkedPaper } from '../link/link-atlas.ts';
import { resolveTerm, suggestTerm } from '../link/taxonomy-index.ts';
import { nearest } from '../suggest.ts';

export interface PaperSelection {
  /** taxonomy id → term labels, slugs or aliases; a paper must match one term of every taxonomy given. */
  terms?: Record<string, readonly string[]>;
  yearFrom?: number;
  yearTo?: number;
  /** Papers named by slug, citekey, arXiv ID or DOI; when given, only these (still filtered). */
  refs?: readonly string[];
}

export interface Selected {
  papers: LinkedPaper[];
  /** What could not be resolved, each a sentence for a person. */
  problems: string[];
}

/** Published papers only: drafts are validated but never exported. */
export function publishedOnly(papers: readonly LinkedPaper[]): LinkedPaper[] {
  return papers.filter((p) => !p.meta.draft);
}

/** Published papers filed under a term. */
export function papersOfTerm(atlas: Pick<Atlas, 'papers'>, taxonomyId: string, slug: string): LinkedPaper[] {
  return publishedOnly(atlas.papers).filter((p) => (p.terms[taxonomyId] ?? []).some((t) => t.slug === slug));
}

export function selectPapers(atlas: Atlas, selection: PaperSelection): Selected {
  const problems: string[] = [];
  let papers = publishedOnly(atlas.papers);
  if (selection.refs && selection.refs.length > 0) {
    const bySlug = new Map(atlas.papers.map((p) => [p.slug, p]));
    const named = new Map<string, LinkedPaper>();
    for (const ref of selection.refs) {
      const paper = bySlug.get(atlas.refs.resolve(ref) ?? '');
      if (!paper) {
        const guess = nearest(ref, atlas.refs.names());
        problems.push(`"${ref}" matches no paper in the atlas${guess ? `; did you mean "${guess}"?` : ''}`);
      } else if (paper.meta.draft) {
        problems.push(`"${ref}" is a draft (${paper.file}); drafts are not exported`);
      } else {
        named.set(paper.slug, paper);
      }
    }
    papers = [...named.values()];
  }
  for (const [taxonomyId, values] of Object.entries(selection.terms ?? {})) {
    if (values.length === 0) continue;
    const vocab = atlas.taxonomies.get(taxonomyId);
    if (!vocab) {
      problems.push(`there is no taxonomy "${taxonomyId}"`);
      continue;
    }
    const wanted = new Set<string>();
    for (const value of values) {
      const term = resolveTerm(vocab, value);
      if (term) wanted.add(term.slug);
      else {
        const guess = suggestTerm(vocab, value);
        problems.push(`"${value}" is not a term of ${vocab.taxonomy.label.toLowerCase()}${guess ? `; did you mean "${guess}"?` : ''}`);
      }
    }
    papers = papers.filter((p) => (p.terms[taxonomyId] ?? []).some((t) => wanted.has(t.slug)));
  }
  if (selection.yearFrom !== undefined) papers = papers.filter((p) => p.meta.publication_year >= selection.yearFrom!);
  if (selection.yearTo !== undefined) papers = papers.filter((p) => p.meta.publication_year <= selection.yearTo!);
  return { papers, problems };
}
