/** /<taxonomy>/<term>.bib: BibTeX for every paper filed under a term, the papers its page lists. */
import type { APIContext } from 'astro';
import { toBibtex } from '../../lib/export/bibtex.ts';
import { papersOfTerm } from '../../lib/export/select-papers.ts';
import { getAtlas } from '../../site/atlas-data.ts';
import { onlyChanged } from '../../site/incremental.ts';
import { pathWithView } from '../../site/views/cache-key.ts';
import { paperCard, type PaperCard } from '../../site/views/paper-card.ts';

export async function getStaticPaths() {
  const atlas = await getAtlas();
  return onlyChanged('/[taxonomy]/[term].bib', [...atlas.taxonomies.values()].flatMap((vocab) => [...vocab.terms.keys()].map((term) =>
    pathWithView({ taxonomy: vocab.id, term }, papersOfTerm(atlas, vocab.id, term).map(paperCard)))));
}

export function GET({ props }: APIContext<{ view: PaperCard[] }>) {
  return new Response(toBibtex(props.view), { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
}
