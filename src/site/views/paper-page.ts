/**
 * Everything /papers/<slug>/ shows, gathered in one plain object: the page template renders
 * from it alone, and its digest is the page's cache key, so an incremental build re-renders a
 * paper page exactly when something it shows has changed (its entry, a cited paper's title,
 * a commentary record about it, its neighbours in its deception type, a term's label…).
 */
import type { LinkedCommentary, LinkedPaper } from '../../lib/link/link-atlas.ts';
import type { CitationGraph } from '../../lib/link/graph.ts';
import { RELATION_TYPES, type RelationType } from '../../../schemas/paper.ts';
import { neighbourhood, type Neighbourhood } from '../../lib/link/graph-queries.ts';
import type { MarkdownInput } from '../../lib/markdown/pipeline.ts';
import { pathWithView } from './cache-key.ts';
import { paperCard, type PaperCard } from './paper-card.ts';
import { paperBodyInput } from './render.ts';
import { shownEntry, type ShownCommentary, type ShownPaper } from './shown-entry.ts';
import { commentaryNewestFirst, neighbours, type SiteIndex } from './site-index.ts';

export interface PaperPageView {
  paper: ShownPaper;
  bodyInput: MarkdownInput;
  vocabularies: { id: string; label: string }[];
  tags: { slug: string; label: string }[];
  /** Commentary records about the paper, newest first. */
  commentary: ShownCommentary[];
  near: { term?: { slug: string; label: string }; older?: PaperCard; newer?: PaperCard };
  hood: Neighbourhood | null;
  /** Records that discuss the paper (about it or citing it in their text), newest first. */
  discussions: ShownCommentary[];
  /** Typed relations both ways, grouped by heading ("Extends", "Critiqued by"), stated ones first. */
  relations: RelationGroup[];
  /** A draft shown by the local preview (`npm run dev`), marked as such on its page. */
  previewedDraft: boolean;
}

export interface RelationGroup {
  heading: string;
  type: RelationType;
  outgoing: boolean;
  items: { slug: string; title: string; year: number; note: string }[];
}

function relationGroups(index: SiteIndex, graph: CitationGraph, slug: string): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const r of graph.relations.get(slug) ?? []) {
    const other = index.paperBySlug.get(r.slug);
    if (!other) continue;
    const heading = r.outgoing ? RELATION_TYPES[r.type].label : RELATION_TYPES[r.type].inverse;
    let group = groups.get(heading);
    if (!group) groups.set(heading, (group = { heading, type: r.type, outgoing: r.outgoing, items: [] }));
    group.items.push({ slug: r.slug, title: other.meta.title, year: other.meta.publication_year, note: r.note });
  }
  const order = Object.keys(RELATION_TYPES);
  return [...groups.values()].sort((a, b) => Number(b.outgoing) - Number(a.outgoing) || order.indexOf(a.type) - order.indexOf(b.type));
}

/** What every paper page's view draws on besides the paper: made once for all of them. */
interface PaperPageContext {
  index: SiteIndex;
  graph: CitationGraph;
  recordsById: ReadonlyMap<string, LinkedCommentary>;
  vocabularies: PaperPageView['vocabularies'];
  previewed: (paper: LinkedPaper) => boolean;
}

function paperPageView({ index, graph, recordsById, vocabularies, previewed }: PaperPageContext, paper: LinkedPaper): PaperPageView {
  const near = neighbours(index, paper);
  return {
    paper: shownEntry(paper),
    bodyInput: paperBodyInput(index, paper),
    vocabularies,
    tags: (index.tagsOf.get(paper.slug) ?? []).map((t) => ({ slug: t.slug, label: t.label })),
    commentary: (index.commentaryAbout.get(paper.slug) ?? []).map(shownEntry),
    near: {
      term: near.term && { slug: near.term.slug, label: near.term.label },
      older: near.older && paperCard(near.older),
      newer: near.newer && paperCard(near.newer),
    },
    hood: neighbourhood(graph, paper.slug),
    discussions: (graph.discussedIn.get(paper.slug) ?? [])
      .map((id) => recordsById.get(id)!)
      .sort(commentaryNewestFirst)
      .map(shownEntry),
    relations: relationGroups(index, graph, paper.slug),
    previewedDraft: previewed(paper),
  };
}

/** Every paper page's path, props and cache key; `previewed` tells the drafts the local preview shows. */
export function paperPagePaths(index: SiteIndex, graph: CitationGraph, previewed: (paper: LinkedPaper) => boolean = () => false) {
  const context: PaperPageContext = {
    index,
    graph,
    recordsById: new Map(index.commentary.map((c) => [c.meta.id, c])),
    vocabularies: index.vocabularies.map((v) => ({ id: v.id, label: v.taxonomy.label })),
    previewed,
  };
  return index.papers.map((paper) => pathWithView({ slug: paper.slug }, paperPageView(context, paper)));
}
