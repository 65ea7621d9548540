/** /atlas.bib: every published paper's BibTeX entry, sorted by key (ASCII with LaTeX escapes). */
import { toBibtex } from '../lib/export/bibtex.ts';
import { publishedPapers } from '../site/atlas-data.ts';

export async function GET() {
  return new Response(toBibtex(await publishedPapers()), { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
}
