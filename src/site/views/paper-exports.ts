/**
 * The three files every paper has beside its page, by extension: what /papers/<slug>.<ext>
 * holds (the core's exports), with the content type a dev server sends.
 */
import type { APIRoute } from 'astro';
import { toBibtex } from '../../lib/export/bibtex.ts';
import { toCslJsonText } from '../../lib/export/csl-json.ts';
import { toRis } from '../../lib/export/ris.ts';
import { publishedPapers } from '../atlas-data.ts';
import { inStaticBuild } from '../incremental.ts';
import { paperCard, type PaperCard } from './paper-card.ts';

export const PAPER_EXPORTS = {
  bib: (paper: PaperCard) => toBibtex([paper]),
  json: (paper: PaperCard) => toCslJsonText([paper]),
  ris: (paper: PaperCard) => toRis([paper]),
} as const;

export const PAPER_EXPORT_TYPES: Record<keyof typeof PAPER_EXPORTS, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
};

/**
 * The /papers/<slug>.<ext> route of one format. A build writes these files itself
 * (src/site/paper-exports.ts), so the route has paths only in `astro dev`, where it serves them.
 */
export function paperExportRoute(format: keyof typeof PAPER_EXPORTS) {
  return {
    async getStaticPaths() {
      if (inStaticBuild()) return [];
      return (await publishedPapers()).map((paper) => ({ params: { slug: paper.slug }, props: { paper: paperCard(paper) } }));
    },
    GET: (({ props }) => new Response(PAPER_EXPORTS[format]((props as { paper: PaperCard }).paper), { headers: { 'content-type': PAPER_EXPORT_TYPES[format] } })) satisfies APIRoute,
  };
}
