/**
 * What /tags/<tag>/ and its further pages show: the tag and one page of its papers as cards.
 * A page renders from its view alone, and the view's digest is its cache key.
 */
import { pathWithView } from './cache-key.ts';
import { paginate, type Page } from './pagination.ts';
import { paperCard, type PaperCard } from './paper-card.ts';
import { oncePerIndex } from './site-index.ts';
import { tagUrl } from './urls.ts';

export interface TagPageView {
  tag: { slug: string; label: string };
  page: Page<PaperCard>;
}

/** Every page of every tag, made once per build: page 1 at /tags/<tag>/, the rest at /tags/<tag>/page/<n>/. */
export const tagPagePaths = oncePerIndex((index) => index.tags.flatMap((tag) =>
  paginate(tag.papers.map(paperCard), tagUrl(tag.slug)).map((page) =>
    pathWithView({ tag: tag.slug, page: String(page.number) }, { tag: { slug: tag.slug, label: tag.label }, page } satisfies TagPageView))));
