/**
 * Questions pages ask of the citation graph: most cited, most discussed, and a paper's local
 * neighbourhood. Every ordering ends in a slug comparison, so lists never depend on input order.
 */
import type { CitationGraph, PaperNode } from './graph.ts';

export interface RankedPaper {
  paper: PaperNode;
  count: number;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Highest count first, then newest, then by slug: a total order, as slugs are unique. */
const byRank = (a: RankedPaper, b: RankedPaper) => b.count - a.count || b.paper.year - a.paper.year || byString(a.paper.slug, b.paper.slug);

/**
 * The first `limit` of `items` in `order` (a total order), as sorting them all and slicing
 * would give, in one pass: pages ask for the top 5 or 6 of lists that grow with the atlas
 * (sorting every paper's two-step neighbourhood took ~1.3 s of a 10,000-entry build).
 */
export function firstInOrder<T>(items: Iterable<T>, limit: number, order: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  if (limit <= 0) return kept;
  for (const item of items) {
    if (kept.length === limit) {
      if (order(item, kept[limit - 1]) >= 0) continue;
      kept.pop();
    }
    let at = kept.length;
    while (at > 0 && order(item, kept[at - 1]) < 0) at--;
    kept.splice(at, 0, item);
  }
  return kept;
}

function rank(graph: CitationGraph, counts: Map<string, string[]>, limit: number, among?: Iterable<string>): RankedPaper[] {
  const pool = among ? new Set(among) : graph.papers.keys();
  const ranked = function* () {
    for (const slug of pool) {
      const paper = graph.papers.get(slug);
      const count = counts.get(slug)?.length ?? 0;
      if (paper && count > 0) yield { paper, count };
    }
  };
  return firstInOrder(ranked(), limit, byRank);
}

/** Papers cited most often by other atlas papers; `among` restricts the pool (e.g. one term's papers). */
export function mostCited(graph: CitationGraph, limit = 10, among?: Iterable<string>): RankedPaper[] {
  return rank(graph, graph.citedBy, limit, among);
}

/** Papers with the most commentary records about them. */
export function mostDiscussed(graph: CitationGraph, limit = 10, among?: Iterable<string>): RankedPaper[] {
  return rank(graph, graph.discussedIn, limit, among);
}

/** Papers newest first, then by title: the order of "Cites" and "Cited by" lists. */
export function sortForReading(graph: CitationGraph, slugs: Iterable<string>): PaperNode[] {
  return [...slugs]
    .flatMap((slug) => graph.papers.get(slug) ?? [])
    .sort((a, b) => b.year - a.year || a.title.localeCompare(b.title, 'en') || byString(a.slug, b.slug));
}

export interface Neighbourhood {
  centre: PaperNode;
  cites: PaperNode[];
  citedBy: PaperNode[];
  /** Papers two citation steps away (not direct neighbours), with how many paths lead there. */
  nearby: RankedPaper[];
}

/**
 * A paper's neighbourhood. "Nearby" follows citations in either direction twice, so it finds
 * papers citing the same work, cited together, or on a chain; cycles are harmless because each
 * paper is counted once per distinct intermediate paper.
 */
export function neighbourhood(graph: CitationGraph, slug: string, nearbyLimit = 6): Neighbourhood | null {
  const centre = graph.papers.get(slug);
  if (!centre) return null;
  const direct = new Set([...(graph.cites.get(slug) ?? []), ...(graph.citedBy.get(slug) ?? [])]);
  const paths = new Map<string, number>();
  for (const step of direct) {
    const next = new Set([...(graph.cites.get(step) ?? []), ...(graph.citedBy.get(step) ?? [])]);
    for (const far of next) {
      if (far === slug || direct.has(far)) continue;
      paths.set(far, (paths.get(far) ?? 0) + 1);
    }
  }
  const nearby = firstInOrder(
    [...paths].map(([s, count]) => ({ paper: graph.papers.get(s)!, count })),
    nearbyLimit,
    byRank,
  );
  return {
    centre,
    cites: sortForReading(graph, graph.cites.get(slug) ?? []),
    citedBy: sortForReading(graph, graph.citedBy.get(slug) ?? []),
    nearby,
  };
}
