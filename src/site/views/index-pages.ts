/**
 * The pages of the commentary index and of the tag index: one page of records (as pages show
 * them) or of tags (label and count). The further pages render from their view alone and are
 * keyed by its digest.
 */
import { pathWithView } from './cache-key.ts';
import { paginate, type Page } from './pagination.ts';
import { shownEntry, type ShownCommentary } from './shown-entry.ts';
import { oncePerIndex } from './site-index.ts';
import { TAG_PAGE_SIZE } from './tags.ts';

export interface CommentaryIndexView { page: Page<ShownCommentary> }
export interface TagIndexView { page: Page<{ slug: string; label: string; count: number }> }

export const commentaryIndexViews = oncePerIndex((index): CommentaryIndexView[] =>
  paginate(index.commentary.map(shownEntry), '/commentary/').map((page) => ({ page })));

export const tagIndexViews = oncePerIndex((index): TagIndexView[] => {
  const tags = index.tags.map((t) => ({ slug: t.slug, label: t.label, count: t.papers.length }));
  return paginate(tags, '/tags/', TAG_PAGE_SIZE).map((page) => ({ page }));
});

/** The further pages' paths (page 2 on), keyed by their views. */
export function furtherPages<V extends { page: Page<unknown> }>(views: readonly V[]) {
  return views.slice(1).map((view) => pathWithView({ page: String(view.page.number) }, view));
}
