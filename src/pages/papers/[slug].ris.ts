/** /papers/<slug>.ris: one paper as RIS, for EndNote, Zotero and Mendeley. */
import type { APIContext } from 'astro';
import { toRis } from '../../lib/export/ris.ts';
import { publishedPapers } from '../../site/atlas-data.ts';
import { onlyChanged } from '../../site/incremental.ts';
import { pathWithView } from '../../site/views/cache-key.ts';
import { paperCard, type PaperCard } from '../../site/views/paper-card.ts';

export async function getStaticPaths() {
  return onlyChanged('/papers/[slug].ris', (await publishedPapers()).map((paper) => pathWithView({ slug: paper.slug }, paperCard(paper))));
}

export function GET({ props }: APIContext<{ view: PaperCard }>) {
  return new Response(toRis([props.view]), { headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' } });
}
