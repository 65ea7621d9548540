/** /papers/<slug>.bib: one paper's BibTeX entry (ASCII with LaTeX escapes; see README "Citation export"). */
import type { APIContext } from 'astro';
import { toBibtex } from '../../lib/export/bibtex.ts';
import type { LinkedPaper } from '../../lib/link/link-atlas.ts';
import { publishedPapers } from '../../site/atlas-data.ts';

export async function getStaticPaths() {
  return (await publishedPapers()).map((paper) => ({ params: { slug: paper.slug }, props: { paper } }));
}

export function GET({ props }: APIContext<{ paper: LinkedPaper }>) {
  return new Response(toBibtex([props.paper]), { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
}
