/**
 * A paper as a list item or a link shows it: its metadata and terms, no body. Lists take cards,
 * not whole entries, so a list page's cache key (the digest of its cards) does not change when
 * only a listed paper's body does.
 */
import type { PaperRecord } from '../../lib/link/link-atlas.ts';
import { sharedInViews } from './cache-key.ts';

export type PaperCard = PaperRecord;

// One card per paper, so that its digest (cache-key.ts) is computed once per build.
const cards = new WeakMap<PaperCard, PaperCard>();

export function paperCard(p: PaperCard): PaperCard {
  let card = cards.get(p);
  if (!card) cards.set(p, (card = sharedInViews({ slug: p.slug, citekey: p.citekey, meta: p.meta, terms: p.terms })));
  return card;
}
