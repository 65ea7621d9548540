/**
 * Background worker of a cold build (started by background-work.ts): loads the atlas on its own
 * and posts the search index, then the graph layout (or { error }). Then it walks the paper
 * pages from the last one back, the opposite way to the main thread, rendering each body into
 * the Markdown render cache, until it reaches a page the main thread has done.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadAtlas } from '../../lib/atlas.ts';
import { buildCitationGraph } from '../../lib/link/graph.ts';
import type { WorkerMessage } from '../background-work.ts';
import { CACHE_ENABLED } from '../build-cache.ts';
import { graphLayoutOf, searchIndexOf } from '../derived-data.ts';
import { isRendered, paperBodyInput, renderBody } from '../views/render.ts';
import { siteIndex } from '../views/site-index.ts';

const post = (message: WorkerMessage) => parentPort!.postMessage(message);
const { root } = workerData as { root: string };

let atlas;
try {
  atlas = await loadAtlas(root);
  if (atlas.diagnostics.some((d) => d.severity === 'error')) throw new Error('the atlas has errors (the main thread reports them)');
  post({ search: searchIndexOf(atlas) });
  post({ layout: graphLayoutOf(buildCitationGraph(atlas)) });
} catch (error) {
  post({ error: String(error) });
  atlas = null;
}

// Bodies reach the main thread through the render cache, so only when there is one.
if (atlas && CACHE_ENABLED) {
  const index = siteIndex(atlas);
  for (const paper of [...index.papers].reverse()) {
    const input = paperBodyInput(index, paper);
    // The main thread renders from the first page on: once it has done this one, it has done the rest.
    if (await isRendered(input)) break;
    await renderBody(input);
  }
}
