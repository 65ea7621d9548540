/** /papers/<slug>.bib: one paper's BibTeX entry (ASCII with LaTeX escapes; see README "Citation export"). */
import type { APIContext } from 'astro';
import { toBibtex } from '../../lib/export/bibtex.ts';
import { publishedPapers } from '../../site/atlas-data.ts';
import { onlyChanged } from '../../site/incremental.ts';
import { pathWithView } from '../../site/views/cache-key.ts';
import { paperCard, type PaperCard } from '../../site/views/paper-card.ts';

export async function getStaticPaths() {
  return onlyChanged('/papers/[slug].bib', (await publishedPapers()).map((paper) => pathWithView({ slug: paper.slug }, paperCard(paper))));
}

export function GET({ props }: APIContext<{ view: PaperCard }>) {
  return new Response(toBibtex([props.view]), { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
}
