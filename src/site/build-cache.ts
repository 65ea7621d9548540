/**
 * What a build keeps for the next one, all under one folder: ATLAS_CACHE_DIR (default
 * .cache/build). `markdown/` holds rendered entry bodies (markdown-cache.ts),
 * `astro/` is Astro's cacheDir and the record of the output folder (integrations/output-folder.ts),
 * `memo/` holds results by content hash (graph layout, search terms).
 * ATLAS_CACHE chooses which of the three a build uses: unset (or `on`) all of them, `off` none
 * (each build is then a cold build), or a comma-separated list of `pages` (the incremental
 * build, integrations/output-folder.ts), `markdown` and `memo`. Each can be measured alone
 * against the others (npm run bench). None changes what is built, only how fast.
 * Deleting the folder is always safe; the next build is simply cold.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { replaceFile } from '../lib/replace-file.ts';
import { session } from './build-session.ts';

export const CACHE_PARTS = ['pages', 'markdown', 'memo'] as const;
export type CachePart = (typeof CACHE_PARTS)[number];

/** The caches an ATLAS_CACHE setting turns on; an unknown name is an error, not silently ignored. */
export function cachePartsOf(setting: string | undefined): ReadonlySet<CachePart> {
  const value = (setting ?? '').trim();
  if (value === '' || value === 'on') return new Set(CACHE_PARTS);
  if (value === 'off') return new Set();
  const names = value.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(CACHE_PARTS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`ATLAS_CACHE: unknown cache ${unknown.map((n) => `"${n}"`).join(', ')}; use on, off or a list of ${CACHE_PARTS.join(', ')}`);
  return new Set(names as CachePart[]);
}

const CACHES_ON = cachePartsOf(process.env.ATLAS_CACHE);
export const cacheOn = (part: CachePart): boolean => CACHES_ON.has(part);
const MEMO_ON = cacheOn('memo');
export const CACHE_ROOT = path.resolve(process.env.ATLAS_CACHE_DIR ?? '.cache/build');

export const cacheFolder = (name: 'markdown' | 'astro' | 'memo') => path.join(CACHE_ROOT, name);

let toolchain: string | undefined;

/** The locked dependency versions: a memo made by other library versions is not reused. */
function toolchainFingerprint(): string {
  if (toolchain === undefined) {
    let lock = '';
    try {
      lock = readFileSync(path.resolve('package-lock.json'), 'utf8');
    } catch {
      // No lock file (an unusual checkout): the key still covers the inputs.
    }
    toolchain = createHash('sha256').update(lock).digest('hex');
  }
  return toolchain;
}

/**
 * `compute()`'s result, reused while `key` (a digest of every input, see cacheKeyOf) and the
 * locked dependencies are unchanged. One file per name: a new result replaces the old one, so
 * the memo never grows. The value must survive JSON.
 */
export function memoOnDisk<T>(name: string, key: string, compute: () => T): T {
  if (!MEMO_ON) return compute();
  const dir = cacheFolder('memo');
  const digest = createHash('sha256').update(`${toolchainFingerprint()}\u0000${key}`).digest('hex').slice(0, 32);
  const file = path.join(dir, `${name}.${digest}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    // Not there (or unreadable): compute it.
  }
  const value = compute();
  replaceMemo(name, file, JSON.stringify(value));
  return value;
}

/** Writes a memo's new file and removes the files of its earlier versions. */
function replaceMemo(name: string, file: string, text: string): void {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(dir)) if (old.startsWith(`${name}.`) && path.join(dir, old) !== file) rmSync(path.join(dir, old), { force: true });
  replaceFile(file, text);
}

export interface KeyedStore<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /**
   * Keeps an entry through this build's save without reading it (its page was not rendered);
   * says whether the store holds it.
   */
  touch(key: string): boolean;
  /** Writes the entries used by this build (read or set), dropping the rest. */
  save(): void;
  /** Saves, then lets go of every entry held in memory (at 10,000 entries they weigh hundreds of MB). */
  close(): void;
}

// Stores opened during a build, saved together when it is done (saveKeyedStores).
const openStores = session.openStores;

/** Saves every store opened since the last call (integrations/session-bounds.ts calls it when a build is done). */
export function saveKeyedStores(): void {
  for (const store of openStores) store.save();
  openStores.clear();
}

/**
 * Many small results in one file, by key (each key a digest of its inputs), e.g. the counted
 * terms of every entry body for the search index. Saving keeps only what this build used.
 * Values are held as JSON text and parsed when asked for: at 10,000 entries the counted terms
 * as objects took ~250 MB more than as text.
 */
export function keyedStoreOnDisk<T>(name: string): KeyedStore<T> {
  // "t1": values stored as JSON text (an earlier format stored them as values).
  const file = path.join(cacheFolder('memo'), `${name}.t1-${toolchainFingerprint().slice(0, 16)}.json`);
  let previous: Record<string, string> | null = null;
  const used = new Map<string, string>();
  let dirty = false;
  const load = (): Record<string, string> => {
    if (previous) return previous;
    try {
      previous = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    } catch {
      previous = {};
    }
    return previous;
  };
  const store: KeyedStore<T> = {
    get(key) {
      if (!MEMO_ON) return undefined;
      const kept = load();
      const text = used.get(key) ?? (Object.hasOwn(kept, key) ? kept[key] : undefined);
      if (typeof text !== 'string') return undefined;
      let value: T;
      try {
        value = JSON.parse(text) as T;
      } catch {
        return undefined;
      }
      used.set(key, text);
      return value;
    },
    set(key, value) {
      used.set(key, JSON.stringify(value));
      dirty = true;
    },
    touch(key) {
      if (!MEMO_ON) return false;
      if (used.has(key)) return true;
      const kept = load();
      if (!Object.hasOwn(kept, key) || typeof kept[key] !== 'string') return false;
      used.set(key, kept[key]);
      return true;
    },
    save() {
      // Unchanged when nothing was added and every kept entry was used.
      if (!MEMO_ON || (!dirty && used.size === Object.keys(load()).length)) return;
      replaceMemo(name, file, JSON.stringify(Object.fromEntries(used)));
      previous = Object.fromEntries(used);
      dirty = false;
    },
    close() {
      store.save();
      openStores.delete(store as KeyedStore<unknown>);
      previous = null;
      used.clear();
    },
  };
  openStores.add(store as KeyedStore<unknown>);
  return store;
}
