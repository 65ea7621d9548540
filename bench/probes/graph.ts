/** Probe: builds the citation graph of a content root, lays it out and serialises /graph.json; prints timings and sizes. */
import { gzipSync } from 'node:zlib';
import { loadAtlas } from '../../src/lib/atlas.ts';
import { buildCitationGraph } from '../../src/lib/link/graph.ts';
import { toGraphJson } from '../../src/lib/link/graph-json.ts';
import { layoutCitationGraph } from '../../src/lib/link/graph-layout.ts';

const atlas = await loadAtlas(process.argv[2]);
let t = performance.now();
const graph = buildCitationGraph(atlas);
const buildMs = performance.now() - t;
t = performance.now();
const layout = layoutCitationGraph(graph);
const layoutMs = performance.now() - t;
t = performance.now();
const text = JSON.stringify(toGraphJson(graph, layout));
const serialiseMs = performance.now() - t;
console.log(JSON.stringify({
  buildMs, layoutMs, serialiseMs,
  bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text).length,
  papers: graph.papers.size, cites: graph.edges.filter((e) => e.type === 'cites').length, edges: graph.edges.length,
  peakMB: process.resourceUsage().maxRSS / 1024,
}));
