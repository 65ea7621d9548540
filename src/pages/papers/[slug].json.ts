/** /papers/<slug>.json: one paper as CSL-JSON (an array of one item), for Zotero, Mendeley and citeproc. */
import type { APIContext } from 'astro';
import { toCslJsonText } from '../../lib/export/csl-json.ts';
import { publishedPapers } from '../../site/atlas-data.ts';
import { onlyChanged } from '../../site/incremental.ts';
import { pathWithView } from '../../site/views/cache-key.ts';
import { paperCard, type PaperCard } from '../../site/views/paper-card.ts';

export async function getStaticPaths() {
  return onlyChanged('/papers/[slug].json', (await publishedPapers()).map((paper) => pathWithView({ slug: paper.slug }, paperCard(paper))));
}

export function GET({ props }: APIContext<{ view: PaperCard }>) {
  return new Response(toCslJsonText([props.view]), { headers: { 'content-type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
}
