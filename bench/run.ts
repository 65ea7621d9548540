/**
 * `npm run bench [-- --sizes 1000,10000 --runs 3 --only validate,build]`
 * Generates deterministic synthetic corpora, runs every section, prints one table of medians,
 * and updates bench/out/results.json (rows of sections and sizes not run are kept, dated).
 * Not a test: figures vary with the machine.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, renderTable, type BenchContext, type Row } from './measure.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';
import { buildSite } from '../tests/helpers/build-site.ts';

// Each section is bench/sections/<name>.ts exporting bench(ctx): Promise<Row[]>.
const SECTIONS = ['validate', 'build', 'graph', 'search', 'evidence', 'preview'];

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const runs = Number(values.runs);
const only = values.only ? values.only.split(',') : SECTIONS;
const out = path.join(REPO_ROOT, 'bench/out');
mkdirSync(out, { recursive: true });

// What the sections discard goes here and is deleted after the last measurement (see
// BenchContext.discard); a folder left by an interrupted bench is deleted then too.
const trash = path.join(out, '.trash');
let discarded = 0;

const corpora = new Map<number, string>();
const sites = new Map<number, string>();
const ctx: BenchContext = {
  sizes,
  runs,
  corpus(size) {
    let dir = corpora.get(size);
    if (!dir) {
      dir = path.join(out, `corpus-${size}`);
      ctx.discard(dir);
      const t = performance.now();
      writeSyntheticCorpus(REPO_ROOT, dir, { entries: size });
      process.stderr.write(`generated ${size} synthetic entries in ${((performance.now() - t) / 1000).toFixed(1)}s\n`);
      corpora.set(size, dir);
    }
    return dir;
  },
  scratch(name) {
    const dir = path.join(out, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  },
  site(size) {
    let dir = sites.get(size);
    if (!dir) {
      dir = path.join(out, `site-${size}`);
      ctx.discard(dir);
      const started = performance.now();
      const built = buildSite(ctx.corpus(size), dir);
      if (built.status !== 0) throw new Error(`building the ${size}-entry site failed:\n${built.output.slice(-4000)}`);
      process.stderr.write(`built the ${size}-entry site in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
      sites.set(size, dir);
    }
    return dir;
  },
  discard(target) {
    if (!existsSync(target)) return;
    mkdirSync(trash, { recursive: true });
    renameSync(target, path.join(trash, `${process.pid}-${discarded++}-${path.basename(target)}`));
  },
};

const rows: Row[] = [];
for (const name of only) {
  const file = path.join(REPO_ROOT, 'bench/sections', `${name}.ts`);
  if (!existsSync(file)) {
    process.stderr.write(`section ${name}: not present, skipped\n`);
    continue;
  }
  process.stderr.write(`section ${name}…\n`);
  const section = (await import(file)) as { bench(ctx: BenchContext): Promise<Row[]> };
  rows.push(...(await section.bench(ctx)));
}
const table = renderTable(rows);
console.log(`\nDeception Atlas benchmark — ${runs} run(s) per figure, medians; ${new Date().toISOString()}\n`);
console.log(table);
// Rows of sections or sizes not run this time are kept from earlier runs, each with its date.
const resultsFile = path.join(out, 'results.json');
const measured = new Date().toISOString();
let earlier: (Row & { measured?: string })[] = [];
try {
  earlier = (JSON.parse(readFileSync(resultsFile, 'utf8')) as { rows: (Row & { measured?: string })[] }).rows ?? [];
} catch {
  // No earlier results.
}
const ran = new Set(rows.map((r) => `${r.section}\u0000${r.size}`));
const kept = earlier.filter((r) => !ran.has(`${r.section}\u0000${r.size}`));
writeFileSync(resultsFile, JSON.stringify({ rows: [...kept, ...rows.map((r) => ({ ...r, runs, measured }))] }, null, 2));
// The shared sites and their build caches are not kept: a finished bench leaves no site copies behind.
for (const dir of sites.values()) {
  ctx.discard(dir);
  ctx.discard(`${dir}.build-cache`);
}
rmSync(trash, { recursive: true, force: true });
