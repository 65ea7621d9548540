/**
 * Crawls each built site over HTTP from its home page and its sitemap, and checks that every
 * internal link, script, stylesheet and icon resolves, that every #fragment names an element
 * on its page, and that the feeds and /papers.json agree with the pages.
 */
import sax from 'sax';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

interface Crawl {
  pages: Map<string, { status: number; ids: Set<string> }>;
  /** page → its internal references (path + optional fragment) */
  refs: Map<string, string[]>;
  broken: string[];
}

const REF = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

async function crawl(base: string, seeds: string[]): Promise<Crawl> {
  const pages: Crawl['pages'] = new Map();
  const refs: Crawl['refs'] = new Map();
  const queue = [...seeds];
  const seen = new Set(queue);
  while (queue.length) {
    const path = queue.shift()!;
    const res = await fetch(base + path);
    const type = res.headers.get('content-type') ?? '';
    const body = type.startsWith('text/html') ? await res.text() : (await res.arrayBuffer(), '');
    pages.set(path, { status: res.status, ids: new Set([...body.matchAll(ID)].map((m) => decodeEntities(m[1]))) });
    if (!body) continue;
    const own: string[] = [];
    for (const m of body.matchAll(REF)) {
      const raw = decodeEntities(m[1]);
      const url = new URL(raw, base + path);
      if (url.origin !== base) continue;
      own.push(url.pathname + url.hash);
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
    refs.set(path, own);
  }
  const broken: string[] = [];
  for (const [from, list] of refs) {
    for (const ref of list) {
      const [path, fragment] = ref.split('#');
      const target = pages.get(path);
      if (!target || target.status !== 200) broken.push(`${from} → ${ref} (${target?.status ?? 'not fetched'})`);
      else if (fragment && !target.ids.has(decodeURIComponent(fragment))) broken.push(`${from} → ${ref} (no element with that id)`);
    }
  }
  return { pages, refs, broken };
}

function sitemapUrls(xml: string): string[] {
  const urls: string[] = [];
  const parser = sax.parser(true);
  let inLoc = false;
  parser.onopentag = (n) => { inLoc = n.name === 'loc'; };
  parser.onclosetag = () => { inLoc = false; };
  parser.ontext = (t) => { if (inLoc) urls.push(new URL(t).pathname); };
  parser.onerror = (e) => { throw e; };
  parser.write(xml).close();
  return urls;
}

for (const site of ['realSite', 'fixtureSite'] as const) {
  describe(site, () => {
    let server: StaticServer;
    let result: Crawl;
    let sitemap: string[];

    beforeAll(async () => {
      server = await serveStatic(inject(site));
      sitemap = sitemapUrls(await (await fetch(`${server.url}/sitemap.xml`)).text());
      result = await crawl(server.url, ['/', ...sitemap, '/rss.xml', '/papers.json']);
    }, 300_000);
    afterAll(() => server?.close());

    test('every internal link, asset and fragment resolves', () => {
      expect(result.pages.size).toBeGreaterThan(sitemap.length);
      expect(result.broken).toEqual([]);
    });

    test('every HTML page reachable from home is in the sitemap, and every sitemap URL is a page', () => {
      const htmlPages = [...result.refs.keys()].filter((p) => p.endsWith('/') && result.pages.get(p)?.status === 200);
      const redirects = new Set<string>();
      for (const p of htmlPages) if (!sitemap.includes(p)) redirects.add(p);
      // The only pages left out are the alias redirects (noindex).
      for (const p of redirects) expect(p, `${p} is missing from the sitemap`).toMatch(/^\/(deception-types|research-areas|system-types)\/[a-z0-9-]+\/$/);
      for (const p of sitemap) expect(result.pages.get(p)?.status, p).toBe(200);
    });

    test('/papers.json lists exactly the papers that have pages, and the feeds point at them', async () => {
      const data = await (await fetch(`${server.url}/papers.json`)).json() as { count: number; papers: { slug: string; url: string }[] };
      const paperPages = sitemap.filter((p) => /^\/papers\/[a-z0-9-]+\/$/.test(p) && !['/papers/by-title/'].includes(p));
      expect(data.papers.map((p) => `/papers/${p.slug}/`).sort()).toEqual(paperPages.sort());
      expect(data.count).toBe(data.papers.length);
      const rss = await (await fetch(`${server.url}/rss.xml`)).text();
      const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]).pathname).slice(1);
      expect(links.length).toBe(Math.min(50, data.count));
      for (const l of links) expect(paperPages).toContain(l);
    });
  });
}
