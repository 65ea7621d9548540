/** /papers/<slug>.bib: one paper's BibTeX entry (ASCII with LaTeX escapes; see README "Citation export").
 * Served in `astro dev` only; a build writes these files itself (src/site/views/paper-exports.ts). */
import { paperExportRoute } from '../../site/views/paper-exports.ts';

export const { getStaticPaths, GET } = paperExportRoute('bib');
