/**
 * /search-index/meta.json and /search-index/<name>.<hash>.json: the prebuilt search index
 * (src/lib/export/search-index.ts). The fingerprinted names carry a content hash, so a host may
 * cache those files for ever; meta.json is revalidated by the browser. A build writes these
 * files itself (src/site/search-index-files.ts); this route serves them in `astro dev`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inStaticBuild } from '../../site/incremental.ts';
import { searchIndexFiles } from './_files.ts';

export const getStaticPaths = (async () => {
  if (inStaticBuild()) return [];
  const { meta, shards } = await searchIndexFiles();
  return [meta, ...shards].map((f) => ({ params: { file: f.name }, props: { body: f.body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
