/**
 * What one build, or one dev server, shares between the integrations (integrations/, loaded by
 * Node with astro.config.mjs) and the pages (run by Vite): the atlas, the incremental state, the
 * stores to save. Each side has its own instance of every module, and `astro dev`
 * runs the pages in two Vite environments (ssr and prerender), so module state cannot be shared;
 * this one typed object, under one global symbol, is. (Keeping this file out of Vite's bundle
 * works in `astro build` but not in `astro dev`, whose runner loads such files itself.)
 * Each field is owned by the module named beside it; only that module reads or writes it.
 */
import type { Atlas } from '../lib/atlas.ts';
import type { KeyedStore } from './build-cache.ts';
import type { IncrementalState } from './incremental.ts';

export interface BuildSession {
  /** atlas-data.ts: the atlas of this build, or of the dev server's last content change. */
  atlas: Promise<Atlas> | undefined;
  /** atlas-data.ts: in `astro dev`, the drafts shown as if published (marked on their pages). */
  previewDrafts: WeakSet<object> | undefined;
  /** incremental.ts: true while `astro build` runs (the export files are then not routes). */
  staticBuild: boolean;
  /** incremental.ts: the pages of the last build and of this one, by URL, with their keys. */
  incremental: IncrementalState | undefined;
  /** markdown-cache.ts: the keys of the renderings this build's pages used. */
  usedRenderings: Set<string>;
  /** build-cache.ts: the keyed stores opened in this build, saved when it is done. */
  openStores: Set<KeyedStore<unknown>>;
}

const SLOT = Symbol.for('deception-atlas.build-session');

export const session: BuildSession = ((globalThis as { [SLOT]?: BuildSession })[SLOT] ??= {
  atlas: undefined,
  previewDrafts: undefined,
  staticBuild: false,
  incremental: undefined,
  usedRenderings: new Set(),
  openStores: new Set(),
});
