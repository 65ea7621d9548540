/** /<taxonomy>/<term>/rss.xml: new papers filed under one term, so a reader can follow one kind of deception. */
import type { APIContext } from 'astro';
import type { TaxonomyTerm } from '../../../../schemas/taxonomy.ts';
import { getAtlas } from '../../../site/atlas-data.ts';
import { SITE } from '../../../site/config.ts';
import { onlyChanged } from '../../../site/incremental.ts';
import type { PaperCard } from '../../../site/views/paper-card.ts';
import { renderFeed } from '../../../site/views/rss.ts';
import { siteIndex } from '../../../site/views/site-index.ts';
import { termFeedPaths } from '../../../site/views/term-page.ts';
import { termFeedUrl, termUrl } from '../../../site/views/urls.ts';

export async function getStaticPaths() {
  return onlyChanged('/[taxonomy]/[term]/rss.xml', termFeedPaths(siteIndex(await getAtlas())));
}

interface View { vocab: { id: string; label: string }; term: TaxonomyTerm; papers: PaperCard[] }

export async function GET({ props, site }: APIContext<{ view: View }>) {
  const { vocab, term, papers } = props.view;
  const xml = await renderFeed({
    site,
    title: `${SITE.title}: ${term.label}`,
    description: `New papers on ${term.label} (${vocab.label.toLowerCase()}) in the ${SITE.title}. ${term.definition}`,
    pagePath: termUrl(vocab.id, term.slug),
    feedPath: termFeedUrl(vocab.id, term.slug),
    papers,
  });
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
}
