/**
 * Probe: a Pagefind index over exactly the text the atlas's search indexes (title, authors,
 * IDs, tags, taxonomy terms, venue, year, summary, body and commentary), one record per paper
 * at its page URL, written into <site>/pagefind/. Prints build time and the size on disk
 * (Pagefind's files are already compressed).
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { createIndex, close } from 'pagefind';
import { loadAtlas } from '../../src/lib/atlas.ts';

const [root, site] = process.argv.slice(2);
const atlas = await loadAtlas(root);
const out = path.join(site, 'pagefind');
rmSync(out, { recursive: true, force: true });
const commentary = new Map<string, string[]>();
for (const c of atlas.commentary) {
  for (const slug of c.about) commentary.set(slug, [...(commentary.get(slug) ?? []), c.meta.title, c.meta.description, ...c.meta.key_points, c.body]);
}
const started = performance.now();
const { index, errors } = await createIndex({ forceLanguage: 'en' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
for (const p of atlas.papers.filter((paper) => !paper.meta.draft)) {
  const m = p.meta;
  const terms = Object.values(p.terms).flat().map((t) => t.label);
  const content = [m.title, m.authors.join('; '), m.arxiv, m.doi, p.citekey, m.tags.join(', '), terms.join(', '), m.publication ?? '', m.venue ?? '',
    String(m.publication_year), m.summary ?? '', p.body, ...(commentary.get(p.slug) ?? [])].join('\n');
  const added = await index.addCustomRecord({
    url: `/papers/${p.slug}/`,
    content,
    language: 'en',
    meta: { title: m.title, authors: m.authors.slice(0, 3).join('; '), year: String(m.publication_year) },
    filters: { type: (p.terms['deception-types'] ?? []).map((t) => t.slug), year: [String(m.publication_year)] },
  });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
}
const written = await index.writeFiles({ outputPath: out });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
const ms = performance.now() - started;
await close();
const sizes = (dir: string): number[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? sizes(path.join(dir, e.name)) : [statSync(path.join(dir, e.name)).size]);
const all = sizes(out);
console.log(JSON.stringify({ ms, files: all.length, allBytes: all.reduce((a, b) => a + b, 0) }));
