/**
 * Static site build (issue #4), on each synthetic corpus: cold build (empty output folder and
 * empty build cache), the same with every cache off, rebuild after editing one entry's body
 * with every cache on and with each cache off in turn (ATLAS_CACHE, src/site/build-cache.ts:
 * pages, markdown, memo), peak memory, CPU time, output size, and two yardsticks built in the
 * same runs:
 * - the Hugo peer (/work/shared/bench/hugo-peer, or HUGO_PEER) on the same corpus, when `hugo`
 *   is installed. Targets: 1,000 cold within 4× Hugo; a one-entry edit rebuilt within 2× Hugo's
 *   cold build; 10,000 built under 2 GB peak.
 * - a bare Astro project (no integration, no content) writing as many trivial pages as this site
 *   has HTML pages: what Astro itself costs for that many pages, whatever the pages hold.
 *
 * The machines are noisy and their noise drifts over minutes (the disk most of all), so each run
 * builds all of them back to back (cold, rebuild, Hugo, bare Astro) and the ratios are the
 * median of each run's own ratio, not a ratio of medians taken minutes apart. Every build writes
 * into folders of its own and nothing is deleted until the bench ends (BenchContext.discard):
 * deleting one build's output made the next build slower. Each run first times the creation of
 * 1,000 small files, so a slow disk shows in the figures instead of hiding in them.
 *
 * Every build holds /tmp/atlas-build.lock (when `flock` exists) so no other build on the machine
 * shares its CPU or its .astro/ folder; the clock starts once the lock is held.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { median, REPO_ROOT, type BenchContext, type Row } from '../measure.ts';
import { writeSyntheticCorpus } from '../synthetic-corpus.ts';

interface BuildProbe { ms: number; cpuS: number; peakMB: number; status: number; output: string }

const LOCK = '/tmp/atlas-build.lock';
const HUGO_PEER = process.env.HUGO_PEER ?? '/work/shared/bench/hugo-peer/run.sh';

const hasCommand = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;

function build(mode: 'astro' | 'hugo' | 'bare', content: string, out: string, extra = '', env: NodeJS.ProcessEnv = {}): BuildProbe {
  const probe = [process.execPath, path.join(REPO_ROOT, 'bench/probes/site-build.ts'), mode, content, out, extra];
  const [cmd, ...args] = hasCommand('flock') ? ['flock', LOCK, ...probe] : probe;
  const result = spawnSync(cmd, args, { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`build probe failed:\n${result.stdout}\n${result.stderr}`);
  const probed = JSON.parse(result.stdout.trim().split('\n').pop()!) as BuildProbe;
  if (probed.status !== 0) throw new Error(`${mode} build of ${content} failed:\n${probed.output}`);
  return probed;
}

interface OutputSize { bytes: number; files: number; pages: number; largestPage: number; meanPaperPage: number }

function outputSize(dir: string): OutputSize {
  const size: OutputSize = { bytes: 0, files: 0, pages: 0, largestPage: 0, meanPaperPage: 0 };
  let paperBytes = 0;
  let paperPages = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      const bytes = statSync(full).size;
      size.bytes += bytes;
      size.files++;
      if (entry.name.endsWith('.html')) {
        size.pages++;
        size.largestPage = Math.max(size.largestPage, bytes);
        if (/\/synthetic-paper-\d+\/index\.html$/.test(full)) {
          paperBytes += bytes;
          paperPages++;
        }
      }
    }
  };
  walk(dir);
  size.meanPaperPage = paperPages ? paperBytes / paperPages : 0;
  return size;
}

/**
 * A bare Astro project of `pages` trivial pages, one per folder like the site's, using this
 * repository's Astro (its node_modules linked in): Astro's own cost for that many pages.
 */
function writeBareAstro(dir: string, pages: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/pages/p'), { recursive: true });
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "bare-astro", "private": true, "type": "module" }\n');
  writeFileSync(path.join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  writeFileSync(path.join(dir, 'src/pages/p/[n].astro'), `---
export const getStaticPaths = () => Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) } }));
const { n } = Astro.params;
---
<html lang="en"><head><meta charset="utf-8"><title>Page {n}</title></head><body><h1>Page {n}</h1><p><a href="/p/0/">First page</a></p></body></html>
`);
}

/** Milliseconds to create `files` folders of one 10 KB file each under `dir` (a new folder). */
function fileCreationMs(dir: string, files = 1000): number {
  const page = 'x'.repeat(10_240);
  const started = performance.now();
  for (let i = 0; i < files; i++) {
    mkdirSync(path.join(dir, String(i)), { recursive: true });
    writeFileSync(path.join(dir, String(i), 'index.html'), page);
  }
  return performance.now() - started;
}

const countFiles = (dir: string): number => (existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.json')).length : 0);

export async function bench(ctx: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  const hugo = hasCommand('hugo') && existsSync(HUGO_PEER);
  const missing = hasCommand('hugo') ? `no Hugo peer at ${HUGO_PEER}` : 'hugo not installed';
  if (!hugo) process.stderr.write(`  ${missing}: the Hugo rows are left out\n`);
  for (const size of ctx.sizes) {
    const row = (metric: string, value: number, unit: string, note?: string) => rows.push({ section: 'build', metric, size, value, unit, note });
    const work = ctx.scratch(`build-${size}`);
    // A private copy of the corpus: the edit below must not leak into other sections' corpora.
    const content = path.join(work, 'content');
    ctx.discard(content);
    cpSync(ctx.corpus(size), content, { recursive: true });
    // Outputs of earlier benches (and of this layout's predecessors) go before anything is timed.
    for (const old of ['runs', 'site', 'build-cache', 'hugo-site', 'bare-astro-site']) ctx.discard(path.join(work, old));
    // The same corpus with realistic author lists (long lists, diacritics): what real atlases cost.
    const realistic = path.join(work, 'content-realistic-authors');
    ctx.discard(realistic);
    writeSyntheticCorpus(REPO_ROOT, realistic, { entries: size, authors: 'realistic' });
    const edited = path.join(content, 'papers', `synthetic-paper-${String(Math.floor(size / 2)).padStart(5, '0')}.md`);
    const original = readFileSync(edited, 'utf8');

    const bare = path.join(work, 'bare-astro');
    const cold: BuildProbe[] = [];
    const coldNoCache: BuildProbe[] = [];
    const coldRealistic: BuildProbe[] = [];
    const rebuild: BuildProbe[] = [];
    // Each cache's switch: the same one-entry rebuild with that cache alone turned off.
    const parts = ['pages', 'markdown', 'memo'] as const;
    const rebuildWithout = Object.fromEntries(parts.map((part) => [part, [] as BuildProbe[]])) as Record<(typeof parts)[number], BuildProbe[]>;
    const settingWithout = (part: (typeof parts)[number]) => parts.filter((p) => p !== part).join(',');
    const peer: BuildProbe[] = [];
    const floor: BuildProbe[] = [];
    const disk: number[] = [];
    let hugoOut = '';
    let site: OutputSize | undefined;
    let rerendered = 0;
    for (let run = 0; run < ctx.runs; run++) {
      // Every build of this run writes into new folders: nothing is deleted between builds.
      const folder = (name: string) => path.join(work, 'runs', String(run), name);
      const out = folder('site');
      const cache = folder('build-cache');
      disk.push(fileCreationMs(folder('disk-check')));
      // What the caches cost a cold build, paired: the same build with ATLAS_CACHE=off, alternating which goes first.
      const off = () => coldNoCache.push(build('astro', content, folder('site-no-cache'), folder('build-cache-none'), { ATLAS_CACHE: 'off' }));
      if (run % 2 === 1) off();
      cold.push(build('astro', content, out, cache));
      if (run % 2 === 0) off();
      coldRealistic.push(build('astro', realistic, folder('site-realistic'), folder('build-cache-realistic')));
      // One-entry rebuilds from the same warm cache: every cache on, then each cache off in turn,
      // the order rotating from run to run. Each edits the entry anew, so each has one body to render.
      // Without `pages` a build empties its output folder, so it writes into a folder of its own
      // and leaves the incremental record of `out` as it was.
      const variants = [null, ...parts];
      for (let i = 0; i < variants.length; i++) {
        const part = variants[(i + run) % variants.length];
        writeFileSync(edited, `${original.trimEnd()}\n\nEdited for the rebuild benchmark (run ${run + 1}, ${part ?? 'all caches'}).\n`);
        if (part === null) {
          const before = countFiles(path.join(cache, 'markdown'));
          rebuild.push(build('astro', content, out, cache));
          rerendered = countFiles(path.join(cache, 'markdown')) - before;
        } else {
          rebuildWithout[part].push(build('astro', content, part === 'pages' ? folder('site-pages-off') : out, cache, { ATLAS_CACHE: settingWithout(part) }));
        }
      }
      writeFileSync(edited, original);
      if (!site) {
        site = outputSize(out);
        writeBareAstro(bare, site.pages);
      }
      let line = `  ${size}: disk ${Math.round(disk[run])} ms per 1,000 files, cold ${(cold[run].ms / 1000).toFixed(1)} s (caches off ${(coldNoCache[run].ms / 1000).toFixed(1)} s, realistic authors ${(coldRealistic[run].ms / 1000).toFixed(1)} s), one-entry edit ${(rebuild[run].ms / 1000).toFixed(1)} s (${parts.map((p) => `${p} off ${(rebuildWithout[p][run].ms / 1000).toFixed(1)} s`).join(', ')})`;
      if (hugo) {
        hugoOut = folder('hugo-site');
        peer.push(build('hugo', content, hugoOut, HUGO_PEER));
        line += `, Hugo ${(peer[run].ms / 1000).toFixed(2)} s`;
      }
      floor.push(build('bare', bare, folder('bare-astro-site')));
      process.stderr.write(`${line}, bare Astro ${(floor[run].ms / 1000).toFixed(1)} s\n`);
    }
    const seconds = (probes: BuildProbe[]) => median(probes.map((r) => r.ms)) / 1000;
    /** Median over runs of each run's own ratio. */
    const pairedRatio = (a: BuildProbe[], b: BuildProbe[]) => median(a.map((r, i) => r.ms / b[i].ms));
    row('disk: 1,000 small files created (median)', Math.round(median(disk)), 'ms', 'before each run; 50–160 ms on a quiet disk here, over a second right after a mass deletion');
    row('cold build (median)', seconds(cold), 's');
    row('cold build, CPU time (median)', median(cold.map((r) => r.cpuS)), 's', 'user + system, both cores');
    row('cold build, caches off (median)', seconds(coldNoCache), 's', 'ATLAS_CACHE=off');
    row('cold build: caches on ÷ off', pairedRatio(cold, coldNoCache), '×', 'paired, order alternating: what filling the caches costs a cold build');
    row('rebuild after a one-entry edit (median)', seconds(rebuild), 's', `${rerendered} Markdown render(s)`);
    for (const part of parts) {
      row(`rebuild, ${part} cache off (median)`, seconds(rebuildWithout[part]), 's', `ATLAS_CACHE=${settingWithout(part)}`);
      row(`rebuild: all caches ÷ ${part} off`, pairedRatio(rebuild, rebuildWithout[part]), '×', 'paired, order rotating; under 0.9 means the cache pays');
    }
    row('peak memory, cold (median)', Math.round(median(cold.map((r) => r.peakMB))), 'MB');
    row('peak memory, rebuild (median)', Math.round(median(rebuild.map((r) => r.peakMB))), 'MB');
    row('output size', site!.bytes / 1e6, 'MB', `${site!.files.toLocaleString('en')} files`);
    row('HTML pages', site!.pages, 'pages');
    row('paper page, mean size', site!.meanPaperPage / 1000, 'KB');
    row('largest HTML page', site!.largestPage / 1000, 'KB');
    row('bare Astro, same page count: build (median)', seconds(floor), 's', `${site!.pages.toLocaleString('en')} trivial pages`);
    row('bare Astro, same page count: CPU time (median)', median(floor.map((r) => r.cpuS)), 's', 'user + system');
    // The targets of issue #17, against Astro's own floor in the same run (at 1,000 entries).
    row('cold build ÷ bare Astro', pairedRatio(cold, floor), '×', size === 1000 ? 'paired; target ≤ 2.5' : 'paired');
    row('one-entry rebuild ÷ bare Astro cold', pairedRatio(rebuild, floor), '×', size === 1000 ? 'paired; target ≤ 1' : 'paired');
    row('cold build, realistic author lists (median)', seconds(coldRealistic), 's', 'same corpus, author lists like the atlas\'s (long lists, diacritics)');
    row('cold build, realistic author lists ÷ bare Astro', pairedRatio(coldRealistic, floor), '×', size === 1000 ? 'paired; target ≤ 2.5' : 'paired');

    const hugoSize = hugo ? outputSize(hugoOut) : undefined;
    // Every figure of this size is taken: its builds (gigabytes at 10,000 entries) go with the trash.
    ctx.discard(path.join(work, 'runs'));
    if (!hugoSize) {
      row('Hugo: cold build', Number.NaN, 's', missing);
      continue;
    }
    row('Hugo: cold build (median)', seconds(peer), 's');
    row('Hugo: cold build, CPU time (median)', median(peer.map((r) => r.cpuS)), 's', 'user + system');
    row('Hugo: peak memory (median)', Math.round(median(peer.map((r) => r.peakMB))), 'MB');
    row('Hugo: output size', hugoSize.bytes / 1e6, 'MB', `${hugoSize.pages.toLocaleString('en')} pages`);
    // Hugo is the outside reference, no longer a target.
    row('cold build ÷ Hugo cold', pairedRatio(cold, peer), '×', 'paired');
    row('one-entry rebuild ÷ Hugo cold', pairedRatio(rebuild, peer), '×', 'paired');
    row('bare Astro ÷ Hugo cold', pairedRatio(floor, peer), '×', 'paired');
  }
  return rows;
}
