/**
 * Everything /papers/<slug>/ shows, gathered in one plain object: the page template renders
 * from it alone, and its digest is the page's cache key, so an incremental build re-renders a
 * paper page exactly when something it shows has changed (its entry, a cited paper's title,
 * a commentary record about it, its neighbours in its deception type, a term's label…).
 */
import type { LinkedCommentary, LinkedPaper } from '../../lib/link/link-atlas.ts';
import type { CitationGraph } from '../../lib/link/graph.ts';
import { neighbourhood, type Neighbourhood } from '../../lib/link/graph-queries.ts';
import type { MarkdownInput } from '../../lib/markdown/pipeline.ts';
import { pathWithView, sharedInViews } from './cache-key.ts';
import { prepareReferences } from './formatted-references.ts';
import { paperCard, type PaperCard } from './paper-card.ts';
import { paperBodyInput } from './render.ts';
import { commentaryNewestFirst, neighbours, type SiteIndex } from './site-index.ts';

export interface PaperPageView {
  paper: LinkedPaper;
  bodyInput: MarkdownInput;
  vocabularies: { id: string; label: string }[];
  tags: { slug: string; label: string }[];
  /** Commentary records about the paper, newest first. */
  commentary: LinkedCommentary[];
  near: { term?: { slug: string; label: string }; older?: PaperCard; newer?: PaperCard };
  hood: Neighbourhood | null;
  /** Records that discuss the paper (about it or citing it in their text), newest first. */
  discussions: LinkedCommentary[];
}

/** What every paper page's view draws on besides the paper: made once for all of them. */
interface PaperPageContext {
  index: SiteIndex;
  graph: CitationGraph;
  recordsById: ReadonlyMap<string, LinkedCommentary>;
  vocabularies: PaperPageView['vocabularies'];
}

function paperPageView({ index, graph, recordsById, vocabularies }: PaperPageContext, paper: LinkedPaper): PaperPageView {
  const near = neighbours(index, paper);
  return {
    paper,
    bodyInput: paperBodyInput(index, paper),
    vocabularies,
    tags: (index.tagsOf.get(paper.slug) ?? []).map((t) => ({ slug: t.slug, label: t.label })),
    commentary: (index.commentaryAbout.get(paper.slug) ?? []).map(sharedInViews),
    near: {
      term: near.term && { slug: near.term.slug, label: near.term.label },
      older: near.older && paperCard(near.older),
      newer: near.newer && paperCard(near.newer),
    },
    hood: neighbourhood(graph, paper.slug),
    discussions: (graph.discussedIn.get(paper.slug) ?? [])
      .map((id) => sharedInViews(recordsById.get(id)!))
      .sort(commentaryNewestFirst),
  };
}

/** Every paper page's path, props and cache key. */
export function paperPagePaths(index: SiteIndex, graph: CitationGraph) {
  const context: PaperPageContext = {
    index,
    graph,
    recordsById: new Map(index.commentary.map((c) => [c.meta.id, c])),
    vocabularies: index.vocabularies.map((v) => ({ id: v.id, label: v.taxonomy.label })),
  };
  prepareReferences(index.papers);
  return index.papers.map((paper) => pathWithView({ slug: paper.slug }, paperPageView(context, paper)));
}
