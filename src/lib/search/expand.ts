/**
 * Which index terms a query word stands for: itself, the terms it begins (prefix), the terms
 * its stem begins, and the terms one or two edits away (typos). lunr would expand wildcards
 * and edit distances itself, but without a bound: a one-letter prefix matches thousands of
 * terms and a query took a second at 10,000 entries. Here each expansion keeps at most a few
 * terms, the most widely used first (by document frequency), from the sorted term list.
 */
import { withinDistance } from './edit-distance.ts';
import type { QueryToken } from './query.ts';

export interface TermList {
  /** Sorted as the index sorts them (UTF-16 code units). */
  terms: readonly string[];
  /** Per term: in how many (field, document) pairs it occurs. */
  df: ArrayLike<number>;
  /** Per term: how many of those pairs the index lists (fewer when pruned). */
  stored: ArrayLike<number>;
}

export const MAX_PREFIX_TERMS = 12;
export const MAX_FUZZY_TERMS = 6;
/**
 * lunr spends a few microseconds per (field, document) pair a query touches; past this many
 * pairs per query word, further expansions (not the word itself) are left out.
 */
export const MAX_POSTINGS_PER_WORD = 1_500;

/** First index whose term is ≥ `value`. */
export function lowerBound(terms: readonly string[], value: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function hasTerm(list: TermList, term: string): boolean {
  return list.terms[lowerBound(list.terms, term)] === term;
}

/** The `limit` most frequent of the candidate term indices (ties: term order). */
function mostFrequent(list: TermList, candidates: number[], limit: number): string[] {
  if (candidates.length > limit) candidates.sort((a, b) => list.df[b] - list.df[a] || a - b).length = limit;
  return candidates.map((i) => list.terms[i]);
}

/** Terms that start with `prefix` (the prefix itself excluded), most frequent first. */
export function prefixTerms(list: TermList, prefix: string, limit = MAX_PREFIX_TERMS): string[] {
  const start = lowerBound(list.terms, prefix);
  const candidates: number[] = [];
  for (let i = start; i < list.terms.length && list.terms[i].startsWith(prefix); i++) if (list.terms[i] !== prefix) candidates.push(i);
  return mostFrequent(list, candidates, limit);
}

/**
 * Terms within `distance` edits of `word` (the word itself excluded). Only terms with the
 * same first letter are tried: a typo in the first letter is rare, and this keeps the scan
 * to a slice of the list.
 */
export function fuzzyTerms(list: TermList, word: string, distance: number, limit = MAX_FUZZY_TERMS): string[] {
  const first = word[0];
  const start = lowerBound(list.terms, first);
  const candidates: number[] = [];
  for (let i = start; i < list.terms.length && list.terms[i][0] === first; i++) {
    const term = list.terms[i];
    if (term !== word && Math.abs(term.length - word.length) <= distance && withinDistance(term, word, distance)) candidates.push(i);
  }
  return mostFrequent(list, candidates, limit);
}

/**
 * Every term a query word expands to, each with the boost of its best reason: the word
 * itself first, then its stem, its completions, its stem's completions and its near misses,
 * until the postings budget is spent.
 */
export function expandToken(list: TermList, token: QueryToken, boosts: { exact: number; prefix: number; stem: number; fuzzy: number }): Map<string, number> {
  const out = new Map<string, number>();
  let spent = 0;
  const add = (term: string, boost: number, always = false) => {
    if (out.has(term)) return out.set(term, Math.max(out.get(term)!, boost));
    const cost = list.stored[lowerBound(list.terms, term)];
    if (!always && spent + cost > MAX_POSTINGS_PER_WORD) return;
    spent += cost;
    out.set(term, boost);
  };
  const stem = token.stem !== token.text && token.stem.length >= 4;
  if (hasTerm(list, token.text)) add(token.text, boosts.exact, true);
  if (stem && hasTerm(list, token.stem)) add(token.stem, boosts.stem);
  if (token.prefix) for (const t of prefixTerms(list, token.text)) add(t, boosts.prefix);
  if (stem) for (const t of prefixTerms(list, token.stem)) add(t, boosts.stem);
  if (token.fuzzy) for (const t of fuzzyTerms(list, token.text, token.fuzzy)) add(t, boosts.fuzzy / token.fuzzy);
  return out;
}
