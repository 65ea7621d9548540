/** /papers/<slug>.ris: one paper as RIS, for EndNote, Zotero and Mendeley.
 * Served in `astro dev` only; a build writes these files itself (src/site/views/paper-exports.ts). */
import { paperExportRoute } from '../../site/views/paper-exports.ts';

export const { getStaticPaths, GET } = paperExportRoute('ris');
