/**
 * The citation graph for pages: built once per build from the published atlas, and laid out
 * once (ForceAtlas2 takes seconds at 10,000 papers), shared by the paper pages, /graph/ and
 * /graph.json. The layout is kept in the build cache by a digest of its inputs, so a rebuild
 * that changes no citation reuses it (derived-data.ts).
 */
import type { Atlas } from '../lib/atlas.ts';
import { buildCitationGraph, type CitationGraph } from '../lib/link/graph.ts';
import { toGraphJson, type GraphJson, type GraphUrls } from '../lib/link/graph-json.ts';
import { getAtlas } from './atlas-data.ts';
import { graphLayoutOf } from './derived-data.ts';
import { commentaryUrl, paperUrl, termUrl } from './views/urls.ts';

const URLS: GraphUrls = { paper: paperUrl, term: termUrl, commentary: commentaryUrl };

const graphs = new WeakMap<Atlas, CitationGraph>();
const jsons = new WeakMap<CitationGraph, GraphJson>();

export function citationGraphOf(atlas: Atlas): CitationGraph {
  let graph = graphs.get(atlas);
  if (!graph) graphs.set(atlas, (graph = buildCitationGraph(atlas)));
  return graph;
}

export async function getCitationGraph(): Promise<CitationGraph> {
  return citationGraphOf(await getAtlas());
}

export async function getGraphJson(): Promise<GraphJson> {
  const graph = await getCitationGraph();
  let json = jsons.get(graph);
  if (!json) {
    jsons.set(graph, (json = toGraphJson(graph, graphLayoutOf(graph), URLS)));
  }
  return json;
}
