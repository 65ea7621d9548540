/**
 * Entry bodies rendered for pages through the one pipeline, cached by content hash under
 * .cache/markdown (ATLAS_RENDER_CACHE=<dir> moves it, =off disables it), so a rebuild after an
 * edit renders only the edited entries.
 */
import path from 'node:path';
import type { LinkedCommentary, LinkedPaper } from '../../lib/link/link-atlas.ts';
import { entryMarkdownInput } from '../../lib/markdown/entry-citations.ts';
import type { Rendered } from '../../lib/markdown/pipeline.ts';
import { cachedRenderer, fileStore } from '../../lib/markdown/render-cache.ts';
import type { SiteIndex } from './site-index.ts';
import { paperUrl } from './urls.ts';

const setting = process.env.ATLAS_RENDER_CACHE;
const cacheDir = path.resolve(setting && setting !== 'off' ? setting : '.cache/markdown');
const renderer = cachedRenderer(setting === 'off' ? null : fileStore(cacheDir), { bibliographyDir: path.join(cacheDir, 'bibliographies') });

export const renderStats = renderer.stats;

function render(index: SiteIndex, body: string, citations: LinkedPaper['scan']['citations']): Promise<Rendered> {
  return renderer.render(entryMarkdownInput(body, citations, {
    refs: index.atlas.refs,
    paperBySlug: index.anyPaperBySlug,
    hrefOf: (slug) => (index.paperBySlug.has(slug) ? paperUrl(slug) : undefined),
  }));
}

export const renderPaperBody = (index: SiteIndex, paper: LinkedPaper) => render(index, paper.body, paper.scan.citations);
export const renderCommentaryBody = (index: SiteIndex, record: LinkedCommentary) => render(index, record.body, record.scan.citations);
