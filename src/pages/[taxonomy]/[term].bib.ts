/** /<taxonomy>/<term>.bib: BibTeX for every paper filed under a term, the papers its page lists. */
import type { APIContext } from 'astro';
import { toBibtex } from '../../lib/export/bibtex.ts';
import { papersOfTerm } from '../../lib/export/select-papers.ts';
import { getAtlas } from '../../site/atlas-data.ts';

export async function getStaticPaths() {
  const atlas = await getAtlas();
  return [...atlas.taxonomies.values()].flatMap((vocab) => [...vocab.terms.keys()].map((term) => ({ params: { taxonomy: vocab.id, term } })));
}

export async function GET({ params }: APIContext) {
  const papers = papersOfTerm(await getAtlas(), params.taxonomy!, params.term!);
  return new Response(toBibtex(papers), { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
}
