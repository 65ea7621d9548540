// The Chicago author-date CSL style, for the Cite block's Chicago tab (src/scripts/cite-reference.ts):
// the same XML the build's own formatter uses (rehype-citation's), so browser and build agree.
import type { APIRoute } from 'astro';
import { chicagoStyleXml } from '../../lib/export/formatted-reference.ts';

export const GET: APIRoute = async () => new Response(await chicagoStyleXml(), { headers: { 'content-type': 'application/vnd.citationstyles.style+xml; charset=utf-8' } });
