/**
 * RSS 2.0 feeds: new entries across the atlas (/rss.xml) and per taxonomy term, so a reader
 * can follow one kind of deception. Item dates are the day an entry joined the atlas
 * (`added`), else its first version's date; an entry with neither has no pubDate.
 */
import type { LinkedPaper, PaperRecord } from '../../lib/link/link-atlas.ts';
import { rfc822, shortAuthors } from './format.ts';
import { absoluteUrl, paperUrl } from './urls.ts';
import { escapeXml } from './xml.ts';

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

export function renderFeed(options: FeedOptions): string {
  const items = feedPapers(options.papers).map((paper) => {
    const link = absoluteUrl(options.site, paperUrl(paper.slug));
    const date = itemDate(paper);
    const by = shortAuthors(paper.meta.authors);
    const description = `${by} (${paper.meta.publication_year}). ${paper.meta.summary ?? ''}`.trim();
    const categories = Object.values(paper.terms).flat().map((t) => `      <category>${escapeXml(t.label)}</category>`);
    return [
      '    <item>',
      `      <title>${escapeXml(paper.meta.title)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
      date ? `      <pubDate>${rfc822(date)}</pubDate>` : '',
      `      <description>${escapeXml(description)}</description>`,
      ...categories,
      '    </item>',
    ].filter(Boolean).join('\n');
  });
  const latest = feedPapers(options.papers).map(itemDate).find(Boolean);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(options.title)}</title>`,
    `    <link>${escapeXml(absoluteUrl(options.site, options.pagePath))}</link>`,
    `    <atom:link href="${escapeXml(absoluteUrl(options.site, options.feedPath))}" rel="self" type="application/rss+xml"/>`,
    `    <description>${escapeXml(options.description)}</description>`,
    '    <language>en</language>',
    latest ? `    <lastBuildDate>${rfc822(latest)}</lastBuildDate>` : '',
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].filter((l) => l !== '').join('\n');
}
