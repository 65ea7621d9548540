/**
 * The output folder across builds, for page-level incremental builds (../incremental.ts): two
 * integrations, `keep` (first after the session opens) and `record` (last before it closes).
 *
 * At build start the output folder is kept only if it is exactly as the last build left it
 * (every file's path, size and modification time, recorded in the build cache) and the code
 * and settings are the same (a fingerprint of src/, schemas/, public/, the config, the lock
 * file and the ATLAS_* settings); otherwise it is emptied and every page is rendered.
 * At build end, every file this build neither wrote (modified after a marker touched at build
 * start) nor kept as an unchanged page is deleted, and the folder is recorded for the next
 * build. After a build that rendered every page, the Markdown render cache is pruned to the
 * renderings those pages used (../markdown-cache.ts).
 *
 * When ATLAS_CACHE leaves `pages` out (or is `off`) the folder is emptied and every page
 * rendered, as Astro does by default.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cacheFolder, cacheOn } from '../build-cache.ts';
import { incrementalState, outputFile, rendersEveryPage, setIncrementalState } from '../incremental.ts';
import { pruneRenderCache } from '../markdown-cache.ts';

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
  // ATLAS_CACHE is left out: it chooses how a build is made, never what it makes (tests compare
  // the output with a cache-free build), so a build with one cache off still keeps the others'.
  for (const [name, value] of Object.entries(process.env).filter(([n]) => n.startsWith('ATLAS_') && n !== 'ATLAS_CACHE').sort()) hash.update(`${name}=${value}\u0000`);
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


export function outputFolder(): { keep: AstroIntegration; record: AstroIntegration } {
  let outDir = '';
  let root = '';
  let site = '';
  let fingerprint = '';
  let started = 0;
  // The output folder as found at build start, when it was kept.
  let found: FileStats = new Map();
  const recordFile = () => path.join(cacheFolder('astro'), 'atlas-output.json');
  const keep: AstroIntegration = {
    name: 'atlas:output-folder-keep',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // The folder is emptied (or kept) here, at build start, not by Vite.
        if (cacheOn('pages')) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
        site = config.site ?? 'https://deception-atlas.org/';
      },
      'astro:build:start': ({ logger }) => {
        if (!cacheOn('pages')) return;
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
        if (!usable) {
          if (files.size > 0) logger.info('output folder emptied: it, the code or the settings changed since the last build');
          emptyDir(outDir);
        }
        const previous = new Map(usable ? Object.entries(record.pages).filter(([url]) => files.has(outputFile(url))) : []);
        setIncrementalState({ previous, next: new Map(), unlisted: new Set(), code: fingerprint });
      },
    },
  };
  const recordIt: AstroIntegration = {
    name: 'atlas:output-folder-record',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const state = incrementalState();
        if (rendersEveryPage()) {
          const pruned = pruneRenderCache();
          if (pruned > 0) logger.info(`removed ${pruned} Markdown rendering(s) no page uses any more from the build cache`);
        }
        if (!state) return;
        const keyed = [...state.next.keys()];
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
  return { keep, record: recordIt };
}
