/**
 * An entry as a page shows it: everything but its body (a page renders the body from the
 * rendering input its view holds beside it) and where each field stands in its file (only the
 * validator reports lines). Views hold these, not whole entries, so that a key changes with
 * what the page shows: a frontmatter line moved, or a body no page of this kind shows, leaves
 * it alone, and the digest does not walk every field's position.
 */
import type { LinkedCommentary, LinkedPaper } from '../../lib/link/link-atlas.ts';
import { sharedInViews } from './cache-key.ts';

type Shown<T> = Omit<T, 'body' | 'bodyLine' | 'scan' | 'positions'>;
export type ShownPaper = Shown<LinkedPaper>;
export type ShownCommentary = Shown<LinkedCommentary>;

// One per entry, so that its digest is computed once per build.
const shown = new WeakMap<object, object>();

export function shownEntry<T extends LinkedPaper | LinkedCommentary>(entry: T): Shown<T> {
  let view = shown.get(entry);
  if (!view) {
    const { body: _body, bodyLine: _bodyLine, scan: _scan, positions: _positions, ...rest } = entry;
    shown.set(entry, (view = sharedInViews(rest)));
  }
  return view as Shown<T>;
}
