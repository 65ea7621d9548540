/**
 * Build side of packed-index.ts: indexes documents whose fields are already tokenised
 * (tokenise.ts). It counts exactly what lunr.Builder#add counts (its pipeline here: the
 * stop-word filter), without the per-posting metadata objects lunr keeps, which cost
 * gigabytes at 10,000 entries; a test checks the unpacked index against lunr.Builder's.
 *
 * Optionally prunes: a term in more than `maxPostings` (field, document) pairs keeps only
 * its highest-weighted pairs (static index pruning). Such a term ("model" in an atlas of
 * model papers) has an idf near zero, adds almost nothing to a ranking, and would make lunr
 * walk every document on every keystroke. Kept weights are unchanged (idf uses the true
 * count), and the engine does not penalise documents for missing a pruned term (query.ts).
 */
import lunr from 'lunr';
import { averageLengths, idf, weight, type FieldLengths, type PackedIndex } from './packed-index.ts';

// lunr's own stop-word filter decides; its answers are remembered, as an index of a few
// thousand distinct terms asks about millions of tokens.
const stopWords = new Map<string, boolean>();
function isStopWord(term: string): boolean {
  let stop = stopWords.get(term);
  if (stop === undefined) stopWords.set(term, (stop = lunr.stopWordFilter(term as unknown as lunr.Token) === undefined));
  return stop;
}

export interface PackOptions {
  maxPostings?: number;
}

/**
 * One document's indexed terms, per field: how many tokens it kept, its distinct terms and each
 * one's count (tfs[i] is the count of terms[i]). Two flat arrays rather than [term, count]
 * pairs: callers keep these as JSON between builds, and at 10,000 entries parsing millions of
 * two-element arrays took 1.75 s, the flat arrays 0.5 s (measured).
 */
export type DocumentTerms = { length: number; terms: string[]; tfs: number[] }[];

/** Counts a document's tokens as lunr.Builder#add does (lower case, stop words dropped). */
export function countTerms(fields: readonly string[], doc: Record<string, readonly string[]>): DocumentTerms {
  return fields.map((field) => {
    const tf = new Map<string, number>();
    let length = 0;
    for (const token of doc[field] ?? []) {
      const term = token.toLowerCase();
      if (!term || isStopWord(term)) continue;
      length++;
      tf.set(term, (tf.get(term) ?? 0) + 1);
    }
    return { length, terms: [...tf.keys()], tfs: [...tf.values()] };
  });
}

export function buildPackedIndex(
  fieldDefs: readonly { name: string; boost: number }[],
  documentCount: number,
  // Called once per document, so only one document's tokens are held at a time.
  tokensOf: (doc: number) => Record<string, readonly string[]>,
  options: PackOptions = {},
): { index: PackedIndex; lengths: FieldLengths } {
  const fields = fieldDefs.map((f) => f.name);
  return packCountedIndex(fieldDefs, documentCount, (d) => countTerms(fields, tokensOf(d)), options);
}

/** As buildPackedIndex, from documents already counted (countTerms), which a caller may have kept. */
export function packCountedIndex(
  fieldDefs: readonly { name: string; boost: number }[],
  documentCount: number,
  termsOf: (doc: number) => DocumentTerms,
  options: PackOptions = {},
): { index: PackedIndex; lengths: FieldLengths } {
  const fields = fieldDefs.map((f) => f.name);
  const boosts = fieldDefs.map((f) => f.boost);
  // term → per field: [doc, tf, doc, tf, …] in document order
  const counts = new Map<string, number[][]>();
  const lengths: FieldLengths = fields.map(() => new Array<number>(documentCount).fill(0));
  for (let d = 0; d < documentCount; d++) {
    termsOf(d).forEach(({ length, terms, tfs }, f) => {
      lengths[f][d] = length;
      for (let i = 0; i < terms.length; i++) {
        let perField = counts.get(terms[i]);
        if (!perField) counts.set(terms[i], (perField = fields.map(() => [])));
        perField[f].push(d, tfs[i]);
      }
    });
  }
  const averages = averageLengths(lengths);
  const limit = options.maxPostings ?? Infinity;
  const terms = [...counts.keys()].sort();
  const pruned: [number, number][] = [];
  const postings = terms.map((term, t) => {
    let perField = counts.get(term)!;
    const pairs = perField.reduce((n, p) => n + p.length / 2, 0);
    if (pairs > limit) {
      pruned.push([t, pairs]);
      perField = strongest(perField, limit, (f, doc, tf) => weight(idf(pairs, documentCount), tf, lengths[f][doc], averages[f], boosts[f]));
    }
    return encode(perField);
  });
  return { index: { fields, boosts, documentCount, terms, postings, pruned }, lengths };
}

/** The `limit` highest-weighted pairs, back in field and document order. */
function strongest(perField: number[][], limit: number, weigh: (f: number, doc: number, tf: number) => number): number[][] {
  const all: [f: number, doc: number, tf: number, w: number][] = [];
  perField.forEach((pairs, f) => {
    for (let p = 0; p < pairs.length; p += 2) all.push([f, pairs[p], pairs[p + 1], weigh(f, pairs[p], pairs[p + 1])]);
  });
  all.sort((a, b) => b[3] - a[3] || a[0] - b[0] || a[1] - b[1]);
  const kept = all.slice(0, limit).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: number[][] = perField.map(() => []);
  for (const [f, doc, tf] of kept) out[f].push(doc, tf);
  return out;
}

function encode(perField: number[][]): number[] {
  const run: number[] = [];
  perField.forEach((pairs, f) => {
    if (!pairs.length) return;
    run.push(f, pairs.length / 2);
    let previous = -1;
    for (let p = 0; p < pairs.length; p += 2) {
      const [doc, tf] = [pairs[p], pairs[p + 1]];
      if (tf === 1) run.push(doc - previous);
      else run.push(previous - doc, tf);
      previous = doc;
    }
  });
  return run;
}
