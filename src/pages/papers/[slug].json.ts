/** /papers/<slug>.json: one paper as CSL-JSON (an array of one item), for Zotero, Mendeley and citeproc.
 * Served in `astro dev` only; a build writes these files itself (src/site/views/paper-exports.ts). */
import { paperExportRoute } from '../../site/views/paper-exports.ts';

export const { getStaticPaths, GET } = paperExportRoute('json');
