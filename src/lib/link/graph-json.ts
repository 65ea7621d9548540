/**
 * /graph.json: the citation graph as one stable, documented file (docs/graph-json.md). The
 * /graph/ page reads it, and anyone may build on it. Relations live in `edges` only; paper
 * nodes carry summary counts and, when a layout is given, build-time coordinates.
 * Bump GRAPH_JSON_VERSION on any change that could break a reader (renamed or removed field).
 */
import type { CitationGraph, EdgeType } from './graph.ts';
import type { Point } from './graph-layout.ts';

export const GRAPH_JSON_VERSION = 1;

export interface GraphUrls {
  paper(slug: string): string;
  term(taxonomy: string, slug: string): string;
  /** The record's page on this site, or null when the site has none. */
  commentary(id: string): string | null;
}

export const DEFAULT_GRAPH_URLS: GraphUrls = {
  paper: (slug) => `/papers/${slug}/`,
  term: (taxonomy, slug) => `/${taxonomy}/${slug}/`,
  commentary: (id) => `/commentary/${id}/`,
};

export interface PaperJson {
  id: string;
  type: 'paper';
  label: string;
  url: string;
  slug: string;
  citekey: string;
  year: number;
  /** The first deception type the entry lists (its main one), as a term slug; the map colours by it. */
  primaryDeceptionType: string | null;
  citedBy: number;
  cites: number;
  discussedBy: number;
  x: number | null;
  y: number | null;
}

export interface CommentaryJson {
  id: string;
  type: 'commentary';
  label: string;
  url: string | null;
  kind: string;
  outlet: string;
  sourceUrl: string | null;
  rating: string | null;
}

export interface TermJson {
  id: string;
  type: 'term';
  label: string;
  url: string;
  taxonomy: string;
  slug: string;
  papers: number;
}

export interface EdgeJson {
  type: EdgeType;
  source: string;
  target: string;
  weight: number;
  /** Only on `relation` edges: the relation type the source paper states (extends, critiques…). */
  relation?: string;
}

export interface GraphJson {
  version: number;
  counts: { papers: number; commentary: number; terms: number } & Record<EdgeType, number>;
  nodes: (PaperJson | CommentaryJson | TermJson)[];
  edges: EdgeJson[];
}

export function toGraphJson(graph: CitationGraph, layout?: ReadonlyMap<string, Point>, urls: GraphUrls = DEFAULT_GRAPH_URLS): GraphJson {
  const nodes = graph.nodes.map((node): PaperJson | CommentaryJson | TermJson => {
    if (node.type === 'paper') {
      const at = layout?.get(node.slug);
      return {
        id: node.id, type: 'paper', label: node.title, url: urls.paper(node.slug), slug: node.slug, citekey: node.citekey, year: node.year,
        primaryDeceptionType: node.terms['deception-types']?.[0] ?? null,
        citedBy: graph.citedBy.get(node.slug)?.length ?? 0, cites: graph.cites.get(node.slug)?.length ?? 0,
        discussedBy: graph.discussedIn.get(node.slug)?.length ?? 0, x: at?.x ?? null, y: at?.y ?? null,
      };
    }
    if (node.type === 'commentary') {
      return {
        id: node.id, type: 'commentary', label: node.title, url: urls.commentary(node.commentaryId), kind: node.kind, outlet: node.outlet,
        sourceUrl: node.url || null, rating: node.rating,
      };
    }
    return { id: node.id, type: 'term', label: node.label, url: urls.term(node.taxonomy, node.slug), taxonomy: node.taxonomy, slug: node.slug, papers: graph.papersOfTerm.get(node.id)?.length ?? 0 };
  });
  const counts = { papers: graph.papers.size, commentary: graph.commentary.size, terms: graph.nodes.length - graph.papers.size - graph.commentary.size, cites: 0, discusses: 0, 'classified-as': 0, 'co-occurs': 0, relation: 0 };
  for (const edge of graph.edges) counts[edge.type]++;
  return { version: GRAPH_JSON_VERSION, counts, nodes, edges: graph.edges.map(({ type, source, target, weight, relation }) => (relation ? { type, source, target, weight, relation } : { type, source, target, weight })) };
}
