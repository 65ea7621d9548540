import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { session } from './build-session.ts';

/**
 * Page-level incremental builds, the page side. Every dynamic route passes its paths through
 * onlyChanged(): each path comes with a cache key, the digest of everything its page shows
 * (views/cache-key.ts). A path whose key is the one it had in the last build, whose file is
 * still in the output folder as that build left it, is not rendered again; the integration
 * (integrations/output-folder.ts) checks the folder, keeps those files and removes the rest.
 * The two sides share this build's state through the build session (build-session.ts).
 */

/** A getStaticPaths entry with the digest of what its page shows. */
export interface KeyedPath<P extends Record<string, string> = Record<string, string>, V = unknown> {
  params: P;
  props: { view: V };
  cacheKey: string;
}

export interface IncrementalState {
  /** URL path → cache key, of the pages the last build left in the output folder. */
  previous: ReadonlyMap<string, string>;
  /** URL path → cache key, of every keyed page of this build (rendered or kept). */
  next: Map<string, string>;
  /** Pages that must not be listed in the sitemap (alias redirects). */
  unlisted: Set<string>;
  /** The fingerprint of this build's code and settings (integrations/output-folder.ts). */
  code: string;
}

/**
 * True while `astro build` runs (set by integrations/session-bounds.ts): files a build writes
 * itself (the per-paper exports) are then not routes; `astro dev` serves them as routes.
 */
export function inStaticBuild(): boolean {
  return session.staticBuild;
}

export function setStaticBuild(on: boolean): void {
  session.staticBuild = on;
}

export function incrementalState(): IncrementalState | undefined {
  return session.incremental;
}

/** Whether this build renders every page: no kept output folder, or no cache at all. */
export function rendersEveryPage(): boolean {
  return (session.incremental?.previous.size ?? 0) === 0;
}

export function setIncrementalState(state: IncrementalState | undefined): void {
  session.incremental = state;
}

/**
 * Registers the file at `url` with its key for this build (so it is kept, not pruned) and says
 * whether the last build left it in the output folder with the same key. `previous` only holds
 * files that were there at build start (integrations/output-folder.ts), so a true answer needs no other check.
 */
function unchanged(state: IncrementalState | undefined, url: string, key: string): boolean {
  if (!state) return false;
  state.next.set(url, key);
  return state.previous.get(url) === key;
}

/**
 * Writes a file the build makes itself (not an Astro route) at `url` under `outDir`, unless the
 * last build left it there with the same key. Returns whether it wrote the file.
 */
export function writeKeyedFile(outDir: string, url: string, key: string, content: () => string, state: IncrementalState | undefined): boolean {
  if (unchanged(state, url, key)) return false;
  const file = path.join(outDir, outputFile(url));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content());
  return true;
}

/** The URL path of a route pattern such as "/papers/[slug]/" or "/papers/[slug].bib" for params. */
export function routePath(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`route ${pattern}: no value for [${name}]`);
    return value;
  });
}

/** The output file of a URL path, relative to the output folder (directory-format pages). */
export function outputFile(urlPath: string): string {
  return decodeURI(urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath).replace(/^\/+/, '');
}

/**
 * The paths of `pattern` to render in this build: all of them without an incremental build
 * (the dev server, ATLAS_CACHE=off, a cold build), else only those whose key changed. Every
 * path is registered with its key either way. `listed(path)` false leaves a page out of the
 * sitemap.
 */
export function onlyChanged<P extends Record<string, string>, V>(
  pattern: string,
  paths: readonly KeyedPath<P, V>[],
  listed: (path: KeyedPath<P, V>) => boolean = () => true,
): { params: P; props: { view: V } }[] {
  const state = incrementalState();
  const render: { params: P; props: { view: V } }[] = [];
  for (const path of paths) {
    const url = routePath(pattern, path.params);
    if (state && !listed(path)) state.unlisted.add(url);
    if (unchanged(state, url, path.cacheKey)) continue;
    render.push({ params: path.params, props: path.props });
  }
  return render;
}
