/**
 * /search-index/<name>.<hash>.json: the prebuilt search index (src/lib/export/search-index.ts).
 * Names carry a content hash, so a host may cache them for ever.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchIndexFiles } from './_files.ts';

export const getStaticPaths = (async () => {
  const { meta, shards } = await searchIndexFiles();
  return [meta, ...shards].map((f) => ({ params: { file: f.name }, props: { body: f.body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
