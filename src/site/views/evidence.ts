/**
 * The evidence layer's two views: what has been shown in one model (its papers grouped by
 * deception type, with how each result was elicited and how later work answered it), and the
 * behaviour × model-family matrix. Both read only the site index and the graph, and cap what they
 * list, so a page's size does not grow with the atlas.
 */
import { RELATION_TYPES } from '../../../schemas/paper.ts';
import type { LinkedPaper } from '../../lib/link/link-atlas.ts';
import type { CitationGraph } from '../../lib/link/graph.ts';
import { termsInTreeOrder, type Vocabulary } from '../../lib/link/taxonomy-index.ts';
import type { SiteIndex } from './site-index.ts';
import { termUrl } from './urls.ts';

/** How many papers a model page lists under one deception type, and a matrix cell shows. */
export const PAPERS_PER_GROUP = 6;
export const PAPERS_PER_CELL = 3;
/** Later papers' responses named under a paper; the rest are counted. */
export const RESPONSES_PER_PAPER = 3;
/** Model families with their own column; the rest share "Other families". */
export const MATRIX_FAMILIES = 12;

export interface EvidencePaper {
  slug: string;
  title: string;
  year: number;
  /** How the behaviour was obtained (elicitation labels). */
  elicitation: string[];
  /** What later atlas papers state about it: "Replicated by", "Critiqued by"… with the paper (the first few). */
  responses: { heading: string; slug: string; title: string }[];
  /** How many more responses the paper's own page lists. */
  moreResponses: number;
}

export interface EvidenceGroup {
  type: { slug: string; label: string };
  total: number;
  papers: EvidencePaper[];
}

function evidencePaper(index: SiteIndex, graph: CitationGraph, paper: LinkedPaper): EvidencePaper {
  const responses = (graph.relations.get(paper.slug) ?? [])
    .filter((r) => !r.outgoing && index.paperBySlug.has(r.slug))
    .map((r) => ({ heading: RELATION_TYPES[r.type].inverse, slug: r.slug, title: index.paperBySlug.get(r.slug)!.meta.title }));
  return {
    slug: paper.slug,
    title: paper.meta.title,
    year: paper.meta.publication_year,
    elicitation: (paper.terms.elicitation ?? []).map((t) => t.label),
    responses: responses.slice(0, RESPONSES_PER_PAPER),
    moreResponses: Math.max(0, responses.length - RESPONSES_PER_PAPER),
  };
}

/** Deception types in tree order (each followed by its narrower terms), with their depth. */
function typesInTreeOrder(types: Vocabulary): { slug: string; label: string; depth: number }[] {
  return termsInTreeOrder([...types.terms.values()]).map(({ term, depth }) => ({ slug: term.slug, label: term.label, depth }));
}

/** A model term's papers (its versions' too), grouped by the deception types they carry, in tree order. */
export function modelEvidence(index: SiteIndex, graph: CitationGraph, modelSlug: string): EvidenceGroup[] {
  const types = index.atlas.taxonomies.get('deception-types');
  if (!types) return [];
  const ofModel = new Set(index.termPapers.get('models')?.get(modelSlug) ?? []);
  const groups: EvidenceGroup[] = [];
  for (const type of typesInTreeOrder(types)) {
    const papers = (index.termPapers.get('deception-types')?.get(type.slug) ?? []).filter((p) => ofModel.has(p));
    if (papers.length === 0) continue;
    groups.push({ type: { slug: type.slug, label: type.label }, total: papers.length, papers: papers.slice(0, PAPERS_PER_GROUP).map((p) => evidencePaper(index, graph, p)) });
  }
  return groups;
}

export interface MatrixCell {
  total: number;
  /** The model page's section for this type, or null for the "Other families" column. */
  href: string | null;
  papers: EvidencePaper[];
}

export interface EvidenceMatrix {
  families: { slug: string; label: string; papers: number }[];
  /** Families without a column of their own, for the last column's heading note. */
  otherFamilies: { slug: string; label: string }[];
  rows: { type: { slug: string; label: string; depth: number }; cells: MatrixCell[]; other: MatrixCell }[];
  /** Published papers that name at least one model, and all published papers. */
  papersWithModels: number;
  papers: number;
}

/**
 * Rows: every deception type that has a paper naming a model. Columns: the model families
 * (top-level terms of models.yaml) with the most papers, then one for the rest. A cell counts
 * the papers carrying that type that tested a model of that family.
 */
export function evidenceMatrix(index: SiteIndex, graph: CitationGraph): EvidenceMatrix {
  const models = index.atlas.taxonomies.get('models');
  const types = index.atlas.taxonomies.get('deception-types');
  const empty = { families: [], otherFamilies: [], rows: [], papersWithModels: 0, papers: index.papers.length };
  if (!models || !types) return empty;
  const papersOf = (slug: string) => index.termPapers.get('models')?.get(slug) ?? [];
  const families = [...models.terms.values()]
    .filter((t) => !t.parent || !models.terms.has(t.parent))
    .map((t) => ({ slug: t.slug, label: t.label, papers: papersOf(t.slug).length }))
    .filter((f) => f.papers > 0)
    .sort((a, b) => b.papers - a.papers || a.label.localeCompare(b.label));
  const shown = families.slice(0, MATRIX_FAMILIES);
  const rest = families.slice(MATRIX_FAMILIES);
  const members = new Map(shown.map((f) => [f.slug, new Set(papersOf(f.slug))]));
  const restMembers = new Set(rest.flatMap((f) => papersOf(f.slug)));
  const cell = (papers: LinkedPaper[], href: string | null): MatrixCell => ({ total: papers.length, href, papers: papers.slice(0, PAPERS_PER_CELL).map((p) => evidencePaper(index, graph, p)) });
  const rows: EvidenceMatrix['rows'] = [];
  for (const type of typesInTreeOrder(types)) {
    const ofType = index.termPapers.get('deception-types')?.get(type.slug) ?? [];
    const cells = shown.map((f) => cell(ofType.filter((p) => members.get(f.slug)!.has(p)), `${termUrl('models', f.slug)}#${type.slug}`));
    const other = cell(ofType.filter((p) => restMembers.has(p)), null);
    if (cells.some((c) => c.total > 0) || other.total > 0) rows.push({ type, cells, other });
  }
  const withModels = index.papers.filter((p) => (p.terms.models ?? []).length > 0).length;
  return { families: shown, otherFamilies: rest.map(({ slug, label }) => ({ slug, label })), rows, papersWithModels: withModels, papers: index.papers.length };
}
