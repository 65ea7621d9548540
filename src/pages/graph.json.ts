/** /graph.json: the whole citation graph, in the shape documented in docs/graph-json.md. */
import type { APIRoute } from 'astro';
import { getGraphJson } from '../site/citation-graph.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getGraphJson()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
