/** /papers.json: every published entry's metadata, in the stable shape of site/views/papers-json.ts. */
import type { APIContext } from 'astro';
import { getAtlas } from '../site/atlas-data.ts';
import { papersJson } from '../site/views/papers-json.ts';
import { siteIndex } from '../site/views/site-index.ts';

export async function GET({ site }: APIContext) {
  const body = `${JSON.stringify(papersJson(siteIndex(await getAtlas()), site), null, 1)}\n`;
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
