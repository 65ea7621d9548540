/**
 * /search-index/meta.json and /search-index/<name>.<hash>.json: the prebuilt search index
 * (src/lib/export/search-index.ts). The fingerprinted names carry a content hash, so a host may
 * cache those files for ever; meta.json is revalidated by the browser.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { onlyChanged } from '../../site/incremental.ts';
import { pathWithView } from '../../site/views/cache-key.ts';
import { searchIndexFiles } from './_files.ts';

export const getStaticPaths = (async () => {
  const { meta, shards } = await searchIndexFiles();
  return onlyChanged('/search-index/[file]', [meta, ...shards].map((f) => pathWithView({ file: f.name }, f.body)));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { view: string }).view, { headers: { 'content-type': 'application/json; charset=utf-8' } });
