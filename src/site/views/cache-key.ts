/**
 * A digest of everything a page shows, for Astro's incremental build (`cacheKey` in
 * getStaticPaths): a page whose key and template code are unchanged is kept from the last
 * build instead of rendered. Keys are computed from the data the page renders, never from the
 * files it came from, so a change anywhere that alters what a page shows changes its key.
 */
import { createHash } from 'node:crypto';

// Objects shared by many views (a paper's card is on every list that shows it): each is
// digested once, and a view that holds one digests its digest instead of its contents.
const shared = new WeakSet<object>();
const known = new WeakMap<object, string>();

function digest(value: unknown): string {
  const json = JSON.stringify(value, function (this: unknown, _key: string, v: unknown) {
    if (v instanceof Map) return [...v];
    if (v instanceof Set) return [...v];
    if (v !== value && typeof v === 'object' && v !== null && shared.has(v)) return `#${cacheKeyOf(v)}`;
    return v;
  });
  return createHash('sha256').update(json ?? 'undefined').digest('base64url');
}

/** Marks an object as shared by many views (see above); it must not change during the build. */
export function sharedInViews<T extends object>(value: T): T {
  shared.add(value);
  return value;
}

/** Entries are never mutated during a build, so an object's digest is computed once. */
export function cacheKeyOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return digest(value);
  let key = known.get(value);
  if (key === undefined) known.set(value, (key = digest(value)));
  return key;
}

/**
 * Freezes a view and everything it holds, so that a page or component that changed its view
 * after the key was taken would throw instead of rendering something its key does not cover.
 * (A Map or Set is frozen as an object; its entries are frozen too, but it can still be added to.)
 */
function freezeView(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  if (value instanceof Map) for (const [k, v] of value) (freezeView(k), freezeView(v));
  else if (value instanceof Set) for (const v of value) freezeView(v);
  else for (const v of Object.values(value)) freezeView(v);
}

/** A getStaticPaths entry whose page renders from `view` alone, keyed by the view's digest; the view is frozen. */
export function pathWithView<P extends Record<string, string>, V>(params: P, view: V) {
  const cacheKey = cacheKeyOf(view);
  freezeView(view);
  return { params, props: { view }, cacheKey };
}
