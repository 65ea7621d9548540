/**
 * What the pipeline needs to format one entry's in-text citations: a bibliography holding
 * exactly the works the text cites (rehype-citation re-parses its bibliography for every
 * document, so handing it the whole atlas would make 10,000 pages cost 10,000² parses), keyed
 * by each key as written, plus links to the cited works' own pages.
 */
import type { CslItem } from '../export/csl-json.ts';
import { toCslItem } from '../export/csl-json.ts';
import type { LinkedPaper } from '../link/link-atlas.ts';
import type { PaperRefIndex } from '../link/paper-refs.ts';
import type { InTextCitation } from '../validate/scan-body.ts';
import type { MarkdownInput } from './pipeline.ts';

export interface CitationSources {
  refs: PaperRefIndex;
  paperBySlug: ReadonlyMap<string, LinkedPaper>;
  /** The page of a cited atlas paper, or undefined when it has none (a draft). */
  hrefOf(slug: string): string | undefined;
  /** Works outside the atlas (references.bib), by key. */
  external?: ReadonlyMap<string, CslItem>;
}

export function entryMarkdownInput(body: string, citations: readonly InTextCitation[], sources: CitationSources): MarkdownInput {
  const bibliography: CslItem[] = [];
  const entryHrefs: Record<string, string> = {};
  const seen = new Set<string>();
  for (const { key } of citations) {
    if (seen.has(key)) continue;
    seen.add(key);
    const slug = sources.refs.resolve(key);
    const paper = slug ? sources.paperBySlug.get(slug) : undefined;
    if (paper) {
      bibliography.push({ ...toCslItem(paper), id: key });
      const href = sources.hrefOf(paper.slug);
      if (href) entryHrefs[key] = href;
      continue;
    }
    const work = sources.external?.get(key);
    if (work) bibliography.push({ ...work, id: key });
  }
  if (bibliography.length === 0) return { markdown: body };
  bibliography.sort((a, b) => a.id.localeCompare(b.id));
  return { markdown: body, bibliography, entryHrefs };
}
