/**
 * Probe: build the search index files for a content root as the site build does; prints the
 * build time (index only, the atlas already loaded), peak RSS, file sizes (raw and gzip), and
 * known-item success: for 200 papers spread over the corpus, how often the header box's
 * search puts the paper in the first three for its title, its first three title words, and
 * its first author's surname with the title's last word.
 */
import { gzipSync } from 'node:zlib';
import { loadAtlas } from '../../src/lib/atlas.ts';
import { buildSearchIndex } from '../../src/lib/export/search-index.ts';
import type { MetaBundle } from '../../src/lib/search/bundle.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';

const atlas = await loadAtlas(process.argv[2]);
const started = performance.now();
const files = buildSearchIndex(atlas);
const ms = performance.now() - started;
const peakMB = process.resourceUsage().maxRSS / 1024;
const all = [files.meta, ...files.shards];
const gzip = (s: string) => gzipSync(s, { level: 9 }).length;

const engine = new SearchEngine(JSON.parse(files.meta.body) as MetaBundle, () => Promise.reject(new Error('metadata only')));
const kinds = { title: 0, firstWords: 0, authorAndWord: 0 };
const sample = atlas.papers.filter((_, i) => i % Math.max(1, Math.floor(atlas.papers.length / 200)) === 0).slice(0, 200);
for (const p of sample) {
  const words = p.meta.title.split(/\s+/);
  const queries = { title: p.meta.title, firstWords: words.slice(0, 3).join(' '), authorAndWord: `${p.meta.authors[0].split(',')[0]} ${words[words.length - 1]}` };
  for (const [kind, query] of Object.entries(queries) as [keyof typeof kinds, string][]) {
    if (engine.quick(query, { typing: true, limit: 3 }).hits.some((h) => h.row[0] === p.slug)) kinds[kind]++;
  }
}
const rate = (n: number) => n / sample.length;

console.log(JSON.stringify({
  ms,
  peakMB,
  papers: atlas.papers.length,
  files: all.length,
  shards: files.shards.filter((f) => f.name.startsWith('body-0')).length,
  metaBytes: files.meta.body.length,
  metaGzip: gzip(files.meta.body),
  allBytes: all.reduce((a, f) => a + f.body.length, 0),
  allGzip: all.reduce((a, f) => a + gzip(f.body), 0),
  knownItem: { title: rate(kinds.title), firstWords: rate(kinds.firstWords), authorAndWord: rate(kinds.authorAndWord) },
}));
