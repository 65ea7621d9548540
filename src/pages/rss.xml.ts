/** /rss.xml: new entries across the atlas. */
import type { APIContext } from 'astro';
import { getAtlas } from '../site/atlas-data.ts';
import { SITE } from '../site/config.ts';
import { renderFeed } from '../site/views/rss.ts';
import { siteIndex } from '../site/views/site-index.ts';

export async function GET({ site }: APIContext) {
  const xml = await renderFeed({
    site,
    title: `${SITE.title}: new entries`,
    description: `New paper entries in the ${SITE.title}. ${SITE.description}`,
    pagePath: '/',
    feedPath: '/rss.xml',
    papers: siteIndex(await getAtlas()).papers,
  });
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
}
