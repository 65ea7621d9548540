/**
 * The files a build writes itself once the pages are done, because they are not Astro routes:
 * every paper's .bib, .json and .ris (../paper-exports.ts) and the search index
 * (../search-index-files.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadedAtlas } from '../atlas-data.ts';
import { searchIndexOf } from '../derived-data.ts';
import { incrementalState } from '../incremental.ts';
import { writePaperExports } from '../paper-exports.ts';
import { writeSearchIndex } from '../search-index-files.ts';

export function paperFiles(): AstroIntegration {
  let outDir = '';
  return {
    name: 'atlas:paper-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ logger }) => {
        const atlas = loadedAtlas();
        if (!atlas) throw new Error('no page loaded the atlas, so the paper export files cannot be written');
        const state = incrementalState();
        const exported = writePaperExports(await atlas, outDir, state);
        const indexed = writeSearchIndex(searchIndexOf(await atlas), outDir, state);
        logger.info(`wrote ${exported} paper export file(s) (.bib, .json, .ris) and ${indexed} search index file(s)`);
      },
    },
  };
}
