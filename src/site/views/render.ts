/**
 * Entry bodies rendered for pages through the one pipeline, cached by content hash under
 * .cache/markdown (ATLAS_RENDER_CACHE=<dir> moves it, =off disables it), so a rebuild after an
 * edit renders only the edited entries.
 */
import path from 'node:path';
import type { Atlas } from '../../lib/atlas.ts';
import type { CslItem } from '../../lib/export/csl-json.ts';
import type { LinkedCommentary, LinkedPaper } from '../../lib/link/link-atlas.ts';
import { entryMarkdownInput } from '../../lib/markdown/entry-citations.ts';
import type { Rendered } from '../../lib/markdown/pipeline.ts';
import { cachedRenderer, fileStore } from '../../lib/markdown/render-cache.ts';
import type { SiteIndex } from './site-index.ts';
import { paperUrl } from './urls.ts';

const setting = process.env.ATLAS_RENDER_CACHE;
const cacheDir = path.resolve(setting && setting !== 'off' ? setting : '.cache/markdown');
// citationLinks: an in-text citation of an atlas paper links to the paper's page.
const renderer = cachedRenderer(setting === 'off' ? null : fileStore(cacheDir), { bibliographyDir: path.join(cacheDir, 'bibliographies'), citationLinks: 'entries' });

export const renderStats = renderer.stats;

/** Works from references.bib by key (CSL-JSON from citation-js), for citations of works without an entry. */
const externalWorks = new WeakMap<Atlas, ReadonlyMap<string, CslItem>>();
function externalOf(atlas: Atlas): ReadonlyMap<string, CslItem> {
  let works = externalWorks.get(atlas);
  if (!works) externalWorks.set(atlas, (works = new Map(atlas.references.map((w) => [w.key, w.item as unknown as CslItem]))));
  return works;
}

function render(index: SiteIndex, body: string, citations: LinkedPaper['scan']['citations']): Promise<Rendered> {
  return renderer.render(entryMarkdownInput(body, citations, {
    refs: index.atlas.refs,
    paperBySlug: index.anyPaperBySlug,
    hrefOf: (slug) => (index.paperBySlug.has(slug) ? paperUrl(slug) : undefined),
    external: externalOf(index.atlas),
  }));
}

export const renderPaperBody = (index: SiteIndex, paper: LinkedPaper) => render(index, paper.body, paper.scan.citations);
export const renderCommentaryBody = (index: SiteIndex, record: LinkedCommentary) => render(index, record.body, record.scan.citations);
