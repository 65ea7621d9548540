/**
 * The citation graph: one model of who cites whom, what discusses what and which terms go
 * together, built from a linked atlas. Pure; pages, /graph.json and the bench all read it.
 *
 * Nodes: papers, commentary records, taxonomy terms. Edges, each typed:
 * - cites          paper → paper        (`cites:` and in-text [@key] citations, resolved by link/)
 * - discusses      commentary → paper   (`about:` and the in-text citations of the record)
 * - classified-as  paper → term         (the paper's deception types, research areas, system types)
 * - co-occurs      term → term          (weight: how many papers carry both; source id < target id)
 * - relation       paper → paper        (a typed claim the source paper makes: extends, critiques…;
 *                                        `relation` names the type)
 * Term nodes come from the topic vocabularies only (TOPIC_TAXONOMIES); papersOfTerm covers all.
 * Drafts are left out by default: they have no page, so nothing may link to them.
 */
import type { CredibilityRating } from '../../../schemas/commentary.ts';
import type { RelationType } from '../../../schemas/paper.ts';
import { TOPIC_TAXONOMIES } from '../../../schemas/taxonomy.ts';
import type { LinkedCommentary, LinkedPaper } from './link-atlas.ts';
import type { TaxonomyIndex } from './taxonomy-index.ts';

export interface PaperNode {
  id: string;
  type: 'paper';
  slug: string;
  title: string;
  year: number;
  citekey: string;
  /** taxonomy id → term slugs, in the entry's order */
  terms: Record<string, string[]>;
}

export interface CommentaryNode {
  id: string;
  type: 'commentary';
  commentaryId: string;
  title: string;
  kind: string;
  outlet: string;
  /** The piece itself, or "" when not verified. */
  url: string;
  /** null for editorial essays, which carry no rating. */
  rating: CredibilityRating | null;
}

export interface TermNode {
  id: string;
  type: 'term';
  taxonomy: string;
  slug: string;
  label: string;
}

export type GraphNode = PaperNode | CommentaryNode | TermNode;
export type EdgeType = 'cites' | 'discusses' | 'classified-as' | 'co-occurs' | 'relation';

export interface GraphEdge {
  type: EdgeType;
  source: string;
  target: string;
  /** 1, except co-occurs: the number of papers carrying both terms. */
  weight: number;
  /** Relation edges only: what the source paper says it does to the target. */
  relation?: RelationType;
}

/** A typed relation as one paper's page lists it: `outgoing` when this paper states it. */
export interface PaperRelation {
  type: RelationType;
  slug: string;
  note: string;
  outgoing: boolean;
}

export interface CitationGraph {
  /** Sorted by id. */
  nodes: GraphNode[];
  /** Sorted by type, source, target; no two edges share all three. */
  edges: GraphEdge[];
  papers: Map<string, PaperNode>;
  commentary: Map<string, CommentaryNode>;
  /** slug → slugs it cites (within the graph), sorted */
  cites: Map<string, string[]>;
  /** slug → slugs citing it, sorted */
  citedBy: Map<string, string[]>;
  /** slug → ids of commentary discussing it, sorted */
  discussedIn: Map<string, string[]>;
  /** term node id → slugs of papers carrying the term, sorted */
  papersOfTerm: Map<string, string[]>;
  /** slug → its relations both ways: those it states, then those others state about it */
  relations: Map<string, PaperRelation[]>;
}

export interface GraphInput {
  papers: readonly LinkedPaper[];
  commentary: readonly LinkedCommentary[];
  taxonomies: TaxonomyIndex;
}

export const paperNodeId = (slug: string) => `paper:${slug}`;
export const commentaryNodeId = (id: string) => `commentary:${id}`;
export const termNodeId = (taxonomy: string, slug: string) => `term:${taxonomy}/${slug}`;

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const EDGE_ORDER: Record<EdgeType, number> = { cites: 0, discusses: 1, 'classified-as': 2, 'co-occurs': 3, relation: 4 };

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildCitationGraph(input: GraphInput, options: { includeDrafts?: boolean } = {}): CitationGraph {
  const included = input.papers.filter((p) => options.includeDrafts || !p.meta.draft);
  const papers = new Map<string, PaperNode>();
  for (const p of included) {
    const terms: Record<string, string[]> = {};
    for (const [taxonomy, list] of Object.entries(p.terms)) terms[taxonomy] = list.map((t) => t.slug);
    papers.set(p.slug, { id: paperNodeId(p.slug), type: 'paper', slug: p.slug, title: p.meta.title, year: p.meta.publication_year, citekey: p.citekey, terms });
  }

  const edges: GraphEdge[] = [];
  const cites = new Map<string, string[]>();
  const citedBy = new Map<string, string[]>();
  for (const p of included) {
    // link/ already dropped self-citations and repeats; a Set keeps this function safe on its own.
    for (const target of new Set(p.cites)) {
      if (target === p.slug || !papers.has(target)) continue;
      edges.push({ type: 'cites', source: paperNodeId(p.slug), target: paperNodeId(target), weight: 1 });
      pushTo(cites, p.slug, target);
      pushTo(citedBy, target, p.slug);
    }
  }

  const relations = new Map<string, PaperRelation[]>();
  const incoming: [string, PaperRelation][] = [];
  for (const p of included) {
    for (const r of p.relations) {
      if (!papers.has(r.slug) || r.slug === p.slug) continue;
      edges.push({ type: 'relation', source: paperNodeId(p.slug), target: paperNodeId(r.slug), weight: 1, relation: r.type });
      (relations.get(p.slug) ?? relations.set(p.slug, []).get(p.slug)!).push({ type: r.type, slug: r.slug, note: r.note, outgoing: true });
      incoming.push([r.slug, { type: r.type, slug: p.slug, note: r.note, outgoing: false }]);
    }
  }
  for (const [slug, rel] of incoming.sort((a, b) => byString(a[1].slug, b[1].slug))) (relations.get(slug) ?? relations.set(slug, []).get(slug)!).push(rel);

  const commentary = new Map<string, CommentaryNode>();
  const discussedIn = new Map<string, string[]>();
  for (const c of input.commentary) {
    const discussed = [...new Set(c.about)].filter((slug) => papers.has(slug));
    const node: CommentaryNode = {
      id: commentaryNodeId(c.meta.id), type: 'commentary', commentaryId: c.meta.id, title: c.meta.title, kind: c.meta.kind,
      outlet: c.meta.outlet ?? '', url: c.meta.url, rating: c.meta.credibility?.rating ?? null,
    };
    commentary.set(c.meta.id, node);
    for (const slug of discussed) {
      edges.push({ type: 'discusses', source: node.id, target: paperNodeId(slug), weight: 1 });
      pushTo(discussedIn, slug, c.meta.id);
    }
  }

  const terms: TermNode[] = [];
  for (const vocab of input.taxonomies.values()) {
    if (!TOPIC_TAXONOMIES.includes(vocab.id as never)) continue;
    for (const term of vocab.terms.values()) terms.push({ id: termNodeId(vocab.id, term.slug), type: 'term', taxonomy: vocab.id, slug: term.slug, label: term.label });
  }
  const papersOfTerm = new Map<string, string[]>();
  const pairCounts = new Map<string, number>();
  for (const paper of papers.values()) {
    for (const [taxonomy, slugs] of Object.entries(paper.terms)) for (const slug of slugs) pushTo(papersOfTerm, termNodeId(taxonomy, slug), paper.slug);
    const ids = Object.entries(paper.terms).filter(([taxonomy]) => TOPIC_TAXONOMIES.includes(taxonomy as never))
      .flatMap(([taxonomy, slugs]) => slugs.map((slug) => termNodeId(taxonomy, slug))).sort(byString);
    for (const id of ids) {
      edges.push({ type: 'classified-as', source: paper.id, target: id, weight: 1 });
    }
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\u0000${ids[j]}`;
        pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
      }
    }
  }
  for (const [key, weight] of pairCounts) {
    const [source, target] = key.split('\u0000');
    edges.push({ type: 'co-occurs', source, target, weight });
  }

  for (const map of [cites, citedBy, discussedIn, papersOfTerm]) for (const list of map.values()) list.sort(byString);
  edges.sort((a, b) => EDGE_ORDER[a.type] - EDGE_ORDER[b.type] || byString(a.source, b.source) || byString(a.target, b.target) || byString(a.relation ?? '', b.relation ?? ''));
  const nodes: GraphNode[] = [...papers.values(), ...commentary.values(), ...terms].sort((a, b) => byString(a.id, b.id));
  return { nodes, edges, papers, commentary, cites, citedBy, discussedIn, papersOfTerm, relations };
}
