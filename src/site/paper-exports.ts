/**
 * /papers/<slug>.bib, .json and .ris, written by the build itself (integrations/paper-files.ts)
 * rather than rendered as 3 × N Astro routes: each is a few hundred bytes of core output, and
 * Astro's per-route machinery cost ten times the work of making one (about 1 ms a file, 3 s
 * at 1,000 entries). In `astro dev` the routes in src/pages/papers/ serve the same bytes.
 * An incremental build writes only the files whose paper changed.
 */
import type { Atlas } from '../lib/atlas.ts';
import { writeKeyedFile, type IncrementalState } from './incremental.ts';
import { cacheKeyOf } from './views/cache-key.ts';
import { paperCard } from './views/paper-card.ts';
import { PAPER_EXPORTS } from './views/paper-exports.ts';
import { paperExportUrl } from './views/urls.ts';

/** Writes every published paper's export files into `outDir`; returns how many were written. */
export function writePaperExports(atlas: Atlas, outDir: string, state: IncrementalState | undefined): number {
  let written = 0;
  for (const paper of atlas.papers) {
    if (paper.meta.draft) continue;
    const card = paperCard(paper);
    const key = cacheKeyOf(card);
    for (const [format, render] of Object.entries(PAPER_EXPORTS)) {
      const url = paperExportUrl(paper.slug, format as keyof typeof PAPER_EXPORTS);
      if (writeKeyedFile(outDir, url, key, () => render(card), state)) written++;
    }
  }
  return written;
}
