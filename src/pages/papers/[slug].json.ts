/** /papers/<slug>.json: one paper as CSL-JSON (an array of one item), for Zotero, Mendeley and citeproc. */
import type { APIContext } from 'astro';
import { toCslJsonText } from '../../lib/export/csl-json.ts';
import type { LinkedPaper } from '../../lib/link/link-atlas.ts';
import { publishedPapers } from '../../site/atlas-data.ts';

export async function getStaticPaths() {
  return (await publishedPapers()).map((paper) => ({ params: { slug: paper.slug }, props: { paper } }));
}

export function GET({ props }: APIContext<{ paper: LinkedPaper }>) {
  return new Response(toCslJsonText([props.paper]), { headers: { 'content-type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
}
