/** /papers/filter.json: the index behind the /papers/ filter (see site/views/filter-index.ts). */
import { getAtlas } from '../../site/atlas-data.ts';
import { filterIndex } from '../../site/views/filter-index.ts';
import { siteIndex } from '../../site/views/site-index.ts';

export async function GET() {
  const body = JSON.stringify(filterIndex(siteIndex(await getAtlas())));
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
