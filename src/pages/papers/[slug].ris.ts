/** /papers/<slug>.ris: one paper as RIS, for EndNote, Zotero and Mendeley. */
import type { APIContext } from 'astro';
import { toRis } from '../../lib/export/ris.ts';
import type { LinkedPaper } from '../../lib/link/link-atlas.ts';
import { publishedPapers } from '../../site/atlas-data.ts';

export async function getStaticPaths() {
  return (await publishedPapers()).map((paper) => ({ params: { slug: paper.slug }, props: { paper } }));
}

export function GET({ props }: APIContext<{ paper: LinkedPaper }>) {
  return new Response(toRis([props.paper]), { headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' } });
}
