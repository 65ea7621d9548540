/**
 * schema.org ScholarlyArticle JSON-LD for a paper page, and the one safe way to put JSON in a
 * <script> element: every "<", ">" and "&" is escaped, so no entry text can close the element.
 */
import { parseAuthorName } from '../../../schemas/author.ts';
import type { ShownPaper } from './shown-entry.ts';
import { SITE } from '../config.ts';
import { absoluteUrl, paperUrl } from './urls.ts';

export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function person(author: string) {
  const parsed = parseAuthorName(author);
  if (parsed?.kind === 'organisation') return { '@type': 'Organization', name: parsed.name };
  if (parsed?.kind === 'person') {
    const family = [parsed.particle, parsed.family].filter(Boolean).join(' ');
    return { '@type': 'Person', name: `${parsed.given} ${family}`, givenName: parsed.given, familyName: family };
  }
  return { '@type': 'Person', name: author };
}

export function scholarlyArticle(paper: ShownPaper, site: URL | string | undefined, tags: readonly string[]) {
  const { meta } = paper;
  const identifiers = [
    meta.doi ? { '@type': 'PropertyValue', propertyID: 'DOI', value: meta.doi } : null,
    meta.arxiv ? { '@type': 'PropertyValue', propertyID: 'arXiv', value: meta.arxiv } : null,
  ].filter(Boolean);
  const sameAs = [
    meta.paper_url,
    meta.arxiv ? `https://arxiv.org/abs/${meta.arxiv}` : undefined,
    meta.doi ? `https://doi.org/${meta.doi}` : undefined,
  ].filter((u, i, all): u is string => Boolean(u) && all.indexOf(u) === i);
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    '@id': `${absoluteUrl(site, paperUrl(paper.slug))}#paper`,
    url: absoluteUrl(site, paperUrl(paper.slug)),
    headline: meta.title,
    name: meta.title,
    author: meta.authors.map(person),
    datePublished: meta.date || String(meta.publication_year),
    ...(meta.venue || meta.publication ? { publisher: { '@type': 'Organization', name: meta.venue ?? meta.publication } } : {}),
    ...(identifiers.length ? { identifier: identifiers } : {}),
    ...(sameAs.length ? { sameAs } : {}),
    ...(meta.summary ? { description: meta.summary } : {}),
    keywords: [...Object.values(paper.terms).flat().map((t) => t.label), ...tags],
    mainEntityOfPage: { '@type': 'WebPage', url: absoluteUrl(site, paperUrl(paper.slug)), isPartOf: { '@type': 'WebSite', name: SITE.title } },
  };
}
