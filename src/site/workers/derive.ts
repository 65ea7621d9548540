/**
 * Background worker of a build (started by background-work.ts): loads the atlas on its own and
 * derives the search index and the graph layout while the main thread bundles and renders, so
 * the build uses the machine's second core. Posts { search, layout } or { error }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadAtlas } from '../../lib/atlas.ts';
import { buildCitationGraph } from '../../lib/link/graph.ts';
import { graphLayoutOf, searchIndexOf } from '../derived-data.ts';

const { root } = workerData as { root: string };
try {
  const atlas = await loadAtlas(root);
  if (atlas.diagnostics.some((d) => d.severity === 'error')) throw new Error('the atlas has errors (the main thread reports them)');
  // The layout first: it is the longer job at 10,000 entries, and pages need the index first.
  const layout = graphLayoutOf(buildCitationGraph(atlas));
  parentPort!.postMessage({ search: searchIndexOf(atlas), layout });
} catch (error) {
  parentPort!.postMessage({ error: String(error) });
}
