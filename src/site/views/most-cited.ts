/**
 * The papers other atlas papers cite most, as the MostCited list shows them: on the home page
 * (all papers) and on a term's first page (that term's papers, cited from anywhere).
 */
import { termNodeId, type CitationGraph } from '../../lib/link/graph.ts';
import { mostCited } from '../../lib/link/graph-queries.ts';
import type { SiteIndex } from './site-index.ts';

export interface MostCitedList {
  /** Whether the list is for one term (it is then left out when none of its papers is cited). */
  ofTerm: boolean;
  id: string;
  papers: { slug: string; title: string; year: number; authors: readonly string[]; count: number }[];
}

export function mostCitedList(index: SiteIndex, graph: CitationGraph, limit = 5, taxonomy?: string, term?: string): MostCitedList {
  const among = taxonomy && term ? (graph.papersOfTerm.get(termNodeId(taxonomy, term)) ?? []) : undefined;
  return {
    ofTerm: among !== undefined,
    id: `most-cited-${taxonomy ?? 'all'}-${term ?? 'papers'}`,
    papers: mostCited(graph, limit, among).map(({ paper, count }) => ({
      slug: paper.slug, title: paper.title, year: paper.year, count,
      authors: index.anyPaperBySlug.get(paper.slug)?.meta.authors ?? [],
    })),
  };
}
