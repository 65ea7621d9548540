/**
 * Entry bodies rendered for pages through the one pipeline, cached by content hash under the
 * build cache's markdown/ folder (src/site/build-cache.ts), so a rebuild after an edit renders
 * only the edited entries. A body's input (text, bibliography, links) is computed apart from
 * its rendering, so a page can put the input in its cache key and render only when it changed.
 * The store, and its pruning after a build that rendered every page, are ../markdown-cache.ts.
 */
import type { Atlas } from '../../lib/atlas.ts';
import type { CslItem } from '../../lib/export/csl-json.ts';
import type { LinkedCommentary, LinkedPaper } from '../../lib/link/link-atlas.ts';
import { entryMarkdownInput } from '../../lib/markdown/entry-citations.ts';
import type { MarkdownInput, Rendered } from '../../lib/markdown/pipeline.ts';
import { cachedRenderer } from '../../lib/markdown/render-cache.ts';
import { MARKDOWN_CACHE_DIR, markdownStore, pagePipelineFingerprint, pageRenderOptions, usedRenderings } from '../markdown-cache.ts';
import type { SiteIndex } from './site-index.ts';
import { paperUrl } from './urls.ts';

const renderer = cachedRenderer(markdownStore, pageRenderOptions(MARKDOWN_CACHE_DIR), usedRenderings, pagePipelineFingerprint);

export const renderStats = renderer.stats;

/** Works from references.bib by key (CSL-JSON from citation-js), for citations of works without an entry. */
const externalWorks = new WeakMap<Atlas, ReadonlyMap<string, CslItem>>();
function externalOf(atlas: Atlas): ReadonlyMap<string, CslItem> {
  let works = externalWorks.get(atlas);
  if (!works) externalWorks.set(atlas, (works = new Map(atlas.references.map((w) => [w.key, w.item as unknown as CslItem]))));
  return works;
}

function bodyInput(index: SiteIndex, body: string, citations: LinkedPaper['scan']['citations']): MarkdownInput {
  return entryMarkdownInput(body, citations, {
    refs: index.atlas.refs,
    paperBySlug: index.anyPaperBySlug,
    hrefOf: (slug) => (index.paperBySlug.has(slug) ? paperUrl(slug) : undefined),
    external: externalOf(index.atlas),
  });
}

export const paperBodyInput = (index: SiteIndex, paper: LinkedPaper) => bodyInput(index, paper.body, paper.scan.citations);
export const renderBody = (input: MarkdownInput): Promise<Rendered> => renderer.render(input);
export const commentaryBodyInput = (index: SiteIndex, record: LinkedCommentary) => bodyInput(index, record.body, record.scan.citations);
