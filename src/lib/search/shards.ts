/**
 * Body text is split by term, not by document: shard k holds the postings of every term in
 * a sorted range [first, last], like a paper dictionary's volumes. A query then fetches
 * only the shards its words fall in, whatever the size of the atlas. The build cuts the
 * ranges (partitionTerms); the browser picks shards for a token (shardsForToken).
 */
import type { QueryToken } from './query.ts';

/** [first term, last term, file name] of one body shard, in term order. */
export type ShardRange = [first: string, last: string, file: string];

/**
 * Cuts sorted terms into consecutive runs of about `target` bytes each (`size(i)` is term
 * i's share). A term larger than the target gets a run of its own.
 */
export function partitionTerms(count: number, size: (i: number) => number, target: number): [start: number, end: number][] {
  const runs: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const s = size(i);
    if (i > start && bytes + s > target) {
      runs.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += s;
  }
  if (count > start) runs.push([start, count]);
  return runs;
}

// Strings compare by UTF-16 code units, as Array.prototype.sort orders the terms at build time.
const PAST_EVERY_SUFFIX = '\uffff';

/** Indices of the shards whose range overlaps [low, high]. */
function overlapping(shards: readonly ShardRange[], low: string, high: string): number[] {
  const hits: number[] = [];
  for (let k = 0; k < shards.length; k++) {
    const [first, last] = shards[k];
    if (last >= low && first <= high) hits.push(k);
  }
  return hits;
}

/** The shards that may hold matches for one query token (exact, prefix and stem prefix). */
export function shardsForToken(shards: readonly ShardRange[], token: QueryToken): number[] {
  const wanted = new Set(overlapping(shards, token.text, token.text));
  if (token.prefix) overlapping(shards, token.text, token.text + PAST_EVERY_SUFFIX).forEach((k) => wanted.add(k));
  if (token.stem !== token.text && token.stem.length >= 4) {
    overlapping(shards, token.stem, token.stem + PAST_EVERY_SUFFIX).forEach((k) => wanted.add(k));
  }
  return [...wanted].sort((a, b) => a - b);
}
