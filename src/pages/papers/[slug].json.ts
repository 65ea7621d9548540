/** /papers/<slug>.json: one paper as CSL-JSON (an array of one item), for Zotero, Mendeley and citeproc.
 * A build writes these files itself (src/site/paper-exports.ts); this route serves them in `astro dev`. */
import type { APIContext } from 'astro';
import { publishedPapers } from '../../site/atlas-data.ts';
import { inStaticBuild } from '../../site/incremental.ts';
import { paperCard, type PaperCard } from '../../site/views/paper-card.ts';
import { PAPER_EXPORTS, PAPER_EXPORT_TYPES } from '../../site/views/paper-exports.ts';

export async function getStaticPaths() {
  if (inStaticBuild()) return [];
  return (await publishedPapers()).map((paper) => ({ params: { slug: paper.slug }, props: { paper: paperCard(paper) } }));
}

export function GET({ props }: APIContext<{ paper: PaperCard }>) {
  return new Response(PAPER_EXPORTS.json(props.paper), { headers: { 'content-type': PAPER_EXPORT_TYPES.json } });
}
