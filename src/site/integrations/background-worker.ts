/**
 * The worker thread of a cold build (../background-work.ts): started at build start when the
 * build renders every page, stopped once its search index has come. In astro.config.mjs it comes
 * after outputFolder().keep, which decides whether the build renders every page.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_ROOT, getAtlas } from '../atlas-data.ts';
import { endBackgroundWork, startBackgroundWork } from '../background-work.ts';
import { rendersEveryPage } from '../incremental.ts';

/**
 * Largest atlas built with the background worker. That worker needs its own copy of the atlas
 * (~0.7 GB of the process at 3,000 entries, measured); at 10,000 entries main thread and worker
 * together would pass the 2 GB a build may use, so a larger atlas is built without it.
 * ATLAS_BACKGROUND_MAX_PAPERS overrides it, for tests and measurements.
 */
const BACKGROUND_MAX_PAPERS = /^\d+$/.test(process.env.ATLAS_BACKGROUND_MAX_PAPERS ?? '') ? Number(process.env.ATLAS_BACKGROUND_MAX_PAPERS) : 3000;

/** ATLAS_WORKERS=off: no worker thread at all; the main thread does everything (the bench's "off" builds, and tests' reference output). */
const WORKERS_ENABLED = process.env.ATLAS_WORKERS !== 'off';

export function backgroundWorker(): AstroIntegration {
  let srcDir = '';
  return {
    name: 'atlas:background-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        srcDir = path.join(fileURLToPath(config.root), 'src');
      },
      'astro:build:start': async () => {
        // A build that renders every page shares the whole-atlas work with a worker: the search
        // index, the graph layout, half the bodies. An incremental build has little of it left,
        // and a worker cost it more than it saved (measured).
        if (!WORKERS_ENABLED || !rendersEveryPage()) return;
        if ((await getAtlas()).papers.length <= BACKGROUND_MAX_PAPERS) startBackgroundWork(CONTENT_ROOT, srcDir);
      },
      'astro:build:done': () => endBackgroundWork(),
    },
  };
}
