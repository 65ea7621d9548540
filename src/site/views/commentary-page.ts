/**
 * What /commentary/<id>/ shows: the record, its body's rendering input, and the papers it
 * discusses as cards (or, for a paper not yet published, its title). The page renders from the
 * view alone; the view's digest is its cache key.
 */
import type { MarkdownInput } from '../../lib/markdown/pipeline.ts';
import { pathWithView } from './cache-key.ts';
import { paperCard, type PaperCard } from './paper-card.ts';
import { commentaryBodyInput } from './render.ts';
import { shownEntry, type ShownCommentary } from './shown-entry.ts';
import type { SiteIndex } from './site-index.ts';

export interface CommentaryPageView {
  record: ShownCommentary;
  bodyInput: MarkdownInput;
  papers: { slug: string; published?: PaperCard; title?: string }[];
}

export function commentaryPagePaths(index: SiteIndex) {
  return index.commentary.map((record) => pathWithView({ id: record.meta.id }, {
    record: shownEntry(record),
    bodyInput: commentaryBodyInput(index, record),
    papers: record.about.map((slug) => {
      const published = index.paperBySlug.get(slug);
      return published ? { slug, published: paperCard(published) } : { slug, title: index.anyPaperBySlug.get(slug)?.meta.title };
    }),
  } satisfies CommentaryPageView));
}
