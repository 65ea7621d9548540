/**
 * The client's view of /graph.json: papers with their deception types and research areas
 * (read from classified-as edges), the citations between them, and the filter that decides
 * what the map shows. No DOM here.
 */
import type { EdgeJson, GraphJson, PaperJson, TermJson } from '../lib/link/graph-json.ts';
import { foldText } from '../lib/fold.ts';

export interface MapPaper {
  id: string;
  label: string;
  url: string;
  year: number;
  citedBy: number;
  x: number;
  y: number;
  primaryType: string | null;
  types: Set<string>;
  areas: Set<string>;
}

export interface MapData {
  papers: Map<string, MapPaper>;
  cites: EdgeJson[];
  /** Typed relations the papers state (extends, critiques…), each with its `relation`. */
  relations: EdgeJson[];
  deceptionTypes: TermJson[];
  researchAreas: TermJson[];
  years: [number, number];
}

export interface MapFilter {
  /** A deception-type term slug, or "" for all. */
  type: string;
  /** A research-area term slug, or "" for all. */
  area: string;
  from: number;
  to: number;
  /**
   * Which links the map draws: "" for citations; a relation type (extends, critiques…), or "any"
   * for every stated relation, shows only papers in such a relation and draws those links.
   */
  relation?: string;
}

export const ANY_RELATION = 'any';

/** The links a filter draws: citations, or the relations of its type. */
export function linksOf(data: MapData, filter: Pick<MapFilter, 'relation'>): EdgeJson[] {
  if (!filter.relation) return data.cites;
  return data.relations.filter((e) => filter.relation === ANY_RELATION || e.relation === filter.relation);
}

const TERM_PREFIX = 'term:';

export function readMapData(json: GraphJson): MapData {
  const papers = new Map<string, MapPaper>();
  const terms: TermJson[] = [];
  for (const node of json.nodes) {
    if (node.type === 'term') terms.push(node);
    if (node.type !== 'paper') continue;
    const p = node as PaperJson;
    papers.set(p.id, {
      id: p.id, label: p.label, url: p.url, year: p.year, citedBy: p.citedBy, x: p.x ?? 0, y: p.y ?? 0,
      primaryType: p.primaryDeceptionType, types: new Set(), areas: new Set(),
    });
  }
  const cites: EdgeJson[] = [];
  const relations: EdgeJson[] = [];
  for (const edge of json.edges) {
    if (edge.type === 'cites' && papers.has(edge.source) && papers.has(edge.target)) cites.push(edge);
    if (edge.type === 'relation' && edge.relation && papers.has(edge.source) && papers.has(edge.target)) relations.push(edge);
    if (edge.type !== 'classified-as' || !edge.target.startsWith(TERM_PREFIX)) continue;
    const paper = papers.get(edge.source);
    const [taxonomy, slug] = edge.target.slice(TERM_PREFIX.length).split('/');
    if (paper && taxonomy === 'deception-types') paper.types.add(slug);
    if (paper && taxonomy === 'research-areas') paper.areas.add(slug);
  }
  const years = [...papers.values()].map((p) => p.year);
  return {
    papers,
    cites,
    relations,
    deceptionTypes: terms.filter((t) => t.taxonomy === 'deception-types'),
    researchAreas: terms.filter((t) => t.taxonomy === 'research-areas'),
    years: years.length ? [Math.min(...years), Math.max(...years)] : [0, 0],
  };
}

/** `inRelation`: the papers at either end of a link linksOf(filter) draws, when a relation is chosen. */
export function matchesFilter(paper: MapPaper, filter: MapFilter, inRelation?: ReadonlySet<string>): boolean {
  return (!filter.relation || !inRelation || inRelation.has(paper.id))
    && (!filter.type || paper.types.has(filter.type))
    && (!filter.area || paper.areas.has(filter.area))
    && paper.year >= filter.from && paper.year <= filter.to;
}

/** Up to `limit` shown papers whose title contains the query (case and accents ignored), best first. */
export function searchPapers(data: MapData, visible: ReadonlySet<string>, query: string, limit = 8): MapPaper[] {
  const q = foldText(query.trim());
  if (!q) return [];
  const hits: { paper: MapPaper; at: number }[] = [];
  for (const paper of data.papers.values()) {
    if (!visible.has(paper.id)) continue;
    const at = foldText(paper.label).indexOf(q);
    if (at >= 0) hits.push({ paper, at });
  }
  return hits
    .sort((a, b) => a.at - b.at || b.paper.citedBy - a.paper.citedBy || a.paper.label.localeCompare(b.paper.label))
    .slice(0, limit)
    .map((h) => h.paper);
}
