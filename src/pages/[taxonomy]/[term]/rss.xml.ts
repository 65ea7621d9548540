/** /<taxonomy>/<term>/rss.xml: new papers filed under one term, so a reader can follow one kind of deception. */
import type { APIContext } from 'astro';
import type { TaxonomyTerm } from '../../../../schemas/taxonomy.ts';
import type { Vocabulary } from '../../../lib/link/taxonomy-index.ts';
import { SITE } from '../../../site/config.ts';
import { getAtlas } from '../../../site/atlas-data.ts';
import { renderFeed } from '../../../site/views/rss.ts';
import { siteIndex } from '../../../site/views/site-index.ts';
import { termFeedUrl, termUrl } from '../../../site/views/urls.ts';

export async function getStaticPaths() {
  const index = siteIndex(await getAtlas());
  return index.vocabularies.flatMap((vocab) => [...vocab.terms.values()].map((term) => ({ params: { taxonomy: vocab.id, term: term.slug }, props: { vocab, term } })));
}

export async function GET({ props, site }: APIContext<{ vocab: Vocabulary; term: TaxonomyTerm }>) {
  const { vocab, term } = props;
  const index = siteIndex(await getAtlas());
  const xml = renderFeed({
    site,
    title: `${SITE.title}: ${term.label}`,
    description: `New papers on ${term.label} (${vocab.taxonomy.label.toLowerCase()}) in the ${SITE.title}. ${term.definition}`,
    pagePath: termUrl(vocab.id, term.slug),
    feedPath: termFeedUrl(vocab.id, term.slug),
    papers: index.termPapers.get(vocab.id)?.get(term.slug) ?? [],
  });
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
}
