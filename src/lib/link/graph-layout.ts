/**
 * Build-time layout of the paper citation network with ForceAtlas2, so /graph/ opens settled
 * instead of running a simulation in the reader's browser. Deterministic: the start positions
 * are a golden-angle spiral in slug order and ForceAtlas2 itself uses no randomness, so the
 * same atlas always gives the same coordinates (and the same /graph.json bytes).
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { CitationGraph } from './graph.ts';

export interface Point {
  x: number;
  y: number;
}

/** Coordinates are scaled into [-EXTENT, EXTENT] and rounded to a tenth: enough for any screen. */
const EXTENT = 1000;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Fewer iterations as the graph grows: Barnes–Hut keeps each one O(n log n + edges). */
export function layoutIterations(order: number): number {
  if (order <= 500) return 500;
  if (order <= 3000) return 200;
  return 100;
}

/**
 * Everything the layout depends on, in a stable order: the papers, the citations between them
 * and the iteration count. Equal inputs give equal coordinates, so a build may reuse them.
 */
export function layoutInputs(graph: CitationGraph, iterations = layoutIterations(graph.papers.size)) {
  const slugs = [...graph.papers.keys()].sort();
  const cites = [...graph.cites].map(([source, targets]) => [source, [...targets].sort()] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { slugs, cites, iterations };
}

/** Lays the graph out from its layoutInputs alone, so equal inputs do give equal coordinates. */
export function layoutCitationGraph(graph: CitationGraph, iterations = layoutIterations(graph.papers.size)): Map<string, Point> {
  const { slugs, cites } = layoutInputs(graph, iterations);
  const layoutGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  slugs.forEach((slug, i) => {
    const r = Math.sqrt(i + 1) * 10;
    layoutGraph.addNode(slug, { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) });
  });
  for (const [source, targets] of cites) {
    for (const target of targets) if (!layoutGraph.hasEdge(source, target)) layoutGraph.addEdge(source, target);
  }
  if (slugs.length > 1) {
    const settings = { ...forceAtlas2.inferSettings(layoutGraph), barnesHutOptimize: slugs.length > 300 };
    forceAtlas2.assign(layoutGraph, { iterations, settings });
  }
  let max = 0;
  layoutGraph.forEachNode((_, a) => {
    max = Math.max(max, Math.abs(a.x), Math.abs(a.y));
  });
  const scale = max > 0 ? EXTENT / max : 1;
  const round = (v: number) => Math.round(v * scale * 10) / 10 || 0;
  const points = new Map<string, Point>();
  for (const slug of slugs) {
    const a = layoutGraph.getNodeAttributes(slug);
    points.set(slug, { x: round(a.x), y: round(a.y) });
  }
  return points;
}
