/**
 * The output folder across builds: page-level incremental builds (see ../incremental.ts), the
 * files the build writes itself once the pages are done (the per-paper exports, the search
 * index), the sitemap, which must list exactly the pages the folder ends up holding, and the
 * worker of a cold build (../background-work.ts).
 *
 * At build start the output folder is kept only if it is exactly as the last build left it
 * (every file's path, size and modification time, recorded in the build cache) and the code
 * and settings are the same (a fingerprint of src/, schemas/, public/, the config, the lock
 * file and the ATLAS_* settings); otherwise it is emptied and every page is rendered.
 * At build end, every file this build neither wrote (modified after a marker touched at build
 * start) nor kept as an unchanged page is deleted, the sitemap is written, and the folder is
 * recorded for the next build. After a build that rendered every page, the Markdown render
 * cache is pruned to the renderings those pages used (../markdown-cache.ts).
 *
 * With ATLAS_CACHE=off the folder is emptied and every page rendered, as Astro does by default.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { backgroundSearchIndex, startBackgroundWork, stopBackgroundWork } from '../background-work.ts';
import { CACHE_ENABLED, cacheFolder, saveKeyedStores } from '../build-cache.ts';
import { CONTENT_ROOT, forgetLoadedAtlas, getAtlas, loadedAtlas } from '../atlas-data.ts';
import { incrementalState, outputFile, setIncrementalState, setStaticBuild } from '../incremental.ts';
import { writePaperExports } from '../paper-exports.ts';
import { searchIndexOf } from '../derived-data.ts';
import { writeSearchIndex } from '../search-index-files.ts';
import { forgetUsedRenderings, pruneRenderCache } from '../markdown-cache.ts';
import { pageIsIndexed, sitemapXml } from './sitemap.ts';

interface OutputRecord {
  outDir: string;
  fingerprint: string;
  files: Record<string, [mtimeMs: number, size: number]>;
  /** URL path → cache key of the keyed pages in the folder. */
  pages: Record<string, string>;
}

type FileStats = Map<string, { mtimeMs: number; size: number }>;

/**
 * Every file under `dir`, by path relative to it (with / separators), .git left out. A file
 * whose stat is in `known` is not stat'ed again (the caller knows it is untouched).
 */
function listFiles(dir: string, known?: (file: string) => { mtimeMs: number; size: number } | undefined): FileStats {
  const files: FileStats = new Map();
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return files;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const file = path.relative(dir, full).split(path.sep).join('/');
    if (file === '.git' || file.startsWith('.git/')) continue;
    const { mtimeMs, size } = known?.(file) ?? statSync(full);
    files.set(file, { mtimeMs, size });
  }
  return files;
}

/** The code and settings every page depends on: any change renders every page again. */
function codeFingerprint(root: string, site: string): string {
  const hash = createHash('sha256').update(`site=${site}\u0000`);
  for (const [name, value] of Object.entries(process.env).filter(([n]) => n.startsWith('ATLAS_')).sort()) hash.update(`${name}=${value}\u0000`);
  const add = (file: string) => {
    try {
      hash.update(`${path.relative(root, file)}\u0000`).update(readFileSync(file)).update('\u0000');
    } catch {
      // Absent (e.g. no public/ folder): its absence is part of the fingerprint.
    }
  };
  for (const dir of ['src', 'schemas', 'public']) {
    let names: string[] = [];
    try {
      names = readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).sort();
    } catch {
      // Absent folder.
    }
    for (const name of names) {
      const full = path.join(root, dir, name);
      if (statSync(full).isFile()) add(full);
    }
  }
  for (const file of ['astro.config.mjs', 'package-lock.json']) add(path.join(root, file));
  return hash.digest('hex');
}

function readRecord(file: string): OutputRecord | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as OutputRecord;
  } catch {
    return null;
  }
}

/** True when `files` are exactly the recorded ones, unchanged. */
function matchesRecord(files: FileStats, record: OutputRecord): boolean {
  const recorded = Object.entries(record.files);
  return files.size === recorded.length && recorded.every(([file, [mtimeMs, size]]) => {
    const now = files.get(file);
    return now !== undefined && now.mtimeMs === mtimeMs && now.size === size;
  });
}

/** Empties `dir` as Astro does by default (a .git folder is kept). */
function emptyDir(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (name !== '.git') rmSync(path.join(dir, name), { recursive: true, force: true });
}

/**
 * Removes the folders of `files` (paths relative to `outDir`) that are left empty, and then their
 * parents that are left empty, up to `outDir` (kept). Only those folders are read: walking the
 * whole output folder took ~50 ms at 1,000 entries.
 */
function removeEmptyFolders(outDir: string, files: readonly string[]): void {
  const root = path.resolve(outDir);
  const folders = new Set(files.map((file) => path.dirname(path.join(root, file))));
  // Deepest first, so that a parent is checked after its children.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    for (let dir = folder; dir !== root && dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
      try {
        if (readdirSync(dir).length > 0) break;
        rmSync(dir, { recursive: true, force: true });
      } catch {
        break;
      }
    }
  }
}

/**
 * Largest atlas built with the background worker. That worker needs its own copy of the atlas
 * (~0.7 GB of the process at 3,000 entries, measured); at 10,000 entries main thread and worker
 * together would pass the 2 GB a build may use, so a larger atlas is built without it.
 * ATLAS_BACKGROUND_MAX_PAPERS overrides it, for tests and measurements.
 */
const BACKGROUND_MAX_PAPERS = /^\d+$/.test(process.env.ATLAS_BACKGROUND_MAX_PAPERS ?? '') ? Number(process.env.ATLAS_BACKGROUND_MAX_PAPERS) : 3000;

/** ATLAS_WORKERS=off: no worker thread at all; the main thread does everything (the bench's "off" builds, and tests' reference output). */
const WORKERS_ENABLED = process.env.ATLAS_WORKERS !== 'off';


export function siteOutput(): AstroIntegration {
  let outDir = '';
  let root = '';
  let site = 'https://deception-atlas.org/';
  let fingerprint = '';
  let started = 0;
  // Whether this build renders every page (so it can prune the Markdown render cache).
  let everyPage = true;
  // The output folder as found at build start, when it was kept.
  let found: FileStats = new Map();
  const recordFile = () => path.join(cacheFolder('astro'), 'atlas-output.json');
  return {
    name: 'atlas:site-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // The folder is emptied (or kept) here, at build start, not by Vite.
        if (CACHE_ENABLED) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
        if (config.site) site = config.site;
      },
      'astro:build:start': async ({ logger }) => {
        // Validation first: an invalid entry stops the build here, with the validator's
        // diagnostics and nothing bundled or written; the pages reuse this atlas.
        const atlas = await getAtlas();
        setStaticBuild(true);
        setIncrementalState(undefined);
        forgetUsedRenderings();
        everyPage = true;
        // A build that renders every page shares the whole-atlas work with a worker: the search
        // index, the graph layout, half the bodies (background-work.ts), up to
        // BACKGROUND_MAX_PAPERS. An incremental build has little of it left, and a worker cost
        // it more than it saved (measured).
        const inBackground = () => {
          if (WORKERS_ENABLED && atlas.papers.length <= BACKGROUND_MAX_PAPERS) startBackgroundWork(CONTENT_ROOT, path.join(root, 'src'));
        };
        if (!CACHE_ENABLED) return inBackground();
        mkdirSync(cacheFolder('astro'), { recursive: true });
        // Files written from now on are newer than the marker: same (coarse) file-system clock.
        const marker = path.join(cacheFolder('astro'), 'atlas-build-start');
        writeFileSync(marker, String(process.pid));
        started = statSync(marker).mtimeMs;
        fingerprint = codeFingerprint(root, site);
        const record = readRecord(recordFile());
        rmSync(recordFile(), { force: true });
        const files = listFiles(outDir);
        const usable = record !== null && record.outDir === outDir && record.fingerprint === fingerprint && matchesRecord(files, record);
        found = usable ? files : new Map();
        everyPage = !usable;
        if (!usable) {
          inBackground();
          if (files.size > 0) logger.info('output folder emptied: it, the code or the settings changed since the last build');
          emptyDir(outDir);
        }
        const previous = new Map(usable ? Object.entries(record.pages).filter(([url]) => files.has(outputFile(url))) : []);
        setIncrementalState({ previous, next: new Map(), unlisted: new Set() });
      },
      'astro:build:done': async ({ pages, logger }) => {
        const searchFiles = await backgroundSearchIndex();
        stopBackgroundWork();
        setStaticBuild(false);
        const state = incrementalState();
        setIncrementalState(undefined);
        const atlas = loadedAtlas();
        forgetLoadedAtlas();
        if (!atlas) throw new Error('no page loaded the atlas, so the paper export files cannot be written');
        const exported = writePaperExports(await atlas, outDir, state);
        const indexed = writeSearchIndex(searchFiles ?? searchIndexOf(await atlas), outDir, state);
        saveKeyedStores();
        logger.info(`wrote ${exported} paper export file(s) (.bib, .json, .ris) and ${indexed} search index file(s)`);
        if (CACHE_ENABLED && everyPage) {
          const pruned = pruneRenderCache();
          if (pruned > 0) logger.info(`removed ${pruned} Markdown rendering(s) no page uses any more from the build cache`);
        }
        const rendered = pages.map((p) => `/${p.pathname}`.replace(/\/+/g, '/'));
        const keyed = state ? [...state.next.keys()] : [];
        const listed = [...new Set([...rendered, ...keyed])]
          .filter((p) => p.endsWith('/') && !state?.unlisted.has(p))
          // Pages not keyed are few (home, about…): their <head> says whether they are indexed.
          .filter((p) => state?.next.has(p) || pageIsIndexed(path.join(outDir, outputFile(p))));
        writeFileSync(path.join(outDir, 'sitemap.xml'), sitemapXml(site, listed));
        if (!state) return;

        const kept = new Set(keyed.map(outputFile));
        // Files of keyed pages whose key did not change: this build did not write them, so their
        // stat is the one found at build start.
        const reused = new Set(keyed.filter((url) => state.previous.get(url) === state.next.get(url)).map(outputFile));
        const record: OutputRecord = { outDir, fingerprint, files: {}, pages: Object.fromEntries(state.next) };
        const removed: string[] = [];
        for (const [file, { mtimeMs, size }] of listFiles(outDir, (file) => (reused.has(file) ? found.get(file) : undefined))) {
          if (mtimeMs >= started || kept.has(file)) {
            record.files[file] = [mtimeMs, size];
          } else {
            rmSync(path.join(outDir, file), { force: true });
            removed.push(file);
          }
        }
        if (removed.length > 0) {
          removeEmptyFolders(outDir, removed);
          logger.info(`removed ${removed.length} file(s) this build no longer makes`);
        }
        logger.info(`${reused.size} of ${state.next.size} keyed pages unchanged since the last build, kept`);
        writeFileSync(recordFile(), JSON.stringify(record));
      },
    },
  };
}
