/**
 * RSS 2.0 feeds: new entries across the atlas (/rss.xml) and per taxonomy term, so a reader
 * can follow one kind of deception. Item dates are the day an entry joined the atlas
 * (`added`), else its first version's date; an entry with neither has no pubDate.
 */
import type { LinkedPaper, PaperRecord } from '../../lib/link/link-atlas.ts';
import { getRssString } from '@astrojs/rss';
import { rfc822, shortAuthors } from './format.ts';
import { absoluteUrl, paperUrl } from './urls.ts';
import { escapeXml, xmlChars } from './xml.ts';

export const FEED_SIZE = 50;

export interface FeedOptions {
  site: URL | string | undefined;
  title: string;
  description: string;
  /** Path of the page the feed follows, and of the feed itself. */
  pagePath: string;
  feedPath: string;
  papers: readonly PaperRecord[];
}

function itemDate(paper: PaperRecord): string | undefined {
  return paper.meta.added || paper.meta.date || undefined;
}

/** Most recently added first, then newest; at most FEED_SIZE items. */
export function feedPapers<P extends PaperRecord>(papers: readonly P[]): P[] {
  return [...papers]
    .sort((a, b) => (itemDate(b) ?? '').localeCompare(itemDate(a) ?? '') || a.slug.localeCompare(b.slug))
    .slice(0, FEED_SIZE);
}

/**
 * The feed's XML, written by @astrojs/rss (which escapes every value but keeps control characters
 * XML forbids, so those are dropped first): each item's title, link,
 * first-version or added date, "Authors (year). Summary." and its terms as categories; the channel
 * names its own address (atom:link) and the latest item's date.
 */
export function renderFeed(options: FeedOptions): Promise<string> {
  const papers = feedPapers(options.papers);
  const latest = papers.map(itemDate).find(Boolean);
  return getRssString({
    title: xmlChars(options.title),
    description: xmlChars(options.description),
    // The channel's <link>: the page the feed follows (item links are absolute already).
    site: absoluteUrl(options.site, options.pagePath),
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<atom:link href="${escapeXml(absoluteUrl(options.site, options.feedPath))}" rel="self" type="application/rss+xml"/>`,
      '<language>en</language>',
      latest ? `<lastBuildDate>${rfc822(latest)}</lastBuildDate>` : '',
    ].join(''),
    items: papers.map((paper) => {
      const date = itemDate(paper);
      return {
        title: xmlChars(paper.meta.title),
        link: absoluteUrl(options.site, paperUrl(paper.slug)),
        ...(date ? { pubDate: new Date(`${date}T00:00:00Z`) } : {}),
        description: xmlChars(`${shortAuthors(paper.meta.authors)} (${paper.meta.publication_year}). ${paper.meta.summary ?? ''}`.trim()),
        categories: Object.values(paper.terms).flat().map((t) => xmlChars(t.label)),
      };
    }),
  });
}
