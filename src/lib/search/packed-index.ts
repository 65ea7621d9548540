/**
 * A compact wire format for a lunr index, and its unpacking into a lunr.Index in the browser.
 * lunr's JSON stores every document–term pair twice (inverted index and field vectors), each
 * with a BM25 weight, and lists every field for every term. This keeps each pair once with
 * its term frequency, plus each document's field lengths, and recomputes lunr's weights with
 * lunr's own formula and rounding, so scores are those of the index lunr would build.
 *
 * Per term, `postings` holds runs of [field, count, doc entries…]; a doc entry is the gap to
 * the previous document + 1, negated and followed by the term frequency when that is not 1.
 * Built by pack-index.ts.
 */
import lunr from 'lunr';
import type { TermList } from './expand.ts';

export interface PackedIndex {
  fields: string[];
  boosts: number[];
  documentCount: number;
  /** Sorted as lunr sorts them (UTF-16 code units). */
  terms: string[];
  postings: number[][];
  /**
   * [term index, true document frequency] of terms whose postings were pruned to the
   * highest-weighted ones (pack-index.ts); idf uses the true frequency, so kept weights
   * are unchanged.
   */
  pruned: [number, number][];
}

/** Per field (same order as PackedIndex.fields), the length in terms of each document's field. */
export type FieldLengths = number[][];

/**
 * lunr refs of documents: "d0", "d1"… Not bare numbers: V8 stores integer keys as array
 * elements, and postings keyed "0"…"999" took ten times the memory (110 MB, not 11, for the
 * metadata index of 1,000 entries).
 */
export const docRef = (doc: number): string => `d${doc}`;
export const docNumber = (ref: string): number => Number(ref.slice(1));

// lunr's BM25 parameters (lunr.Builder defaults).
const K1 = 1.2;
const B = 0.75;

/** lunr.idf, from the number of (field, document) pairs holding the term. */
export function idf(pairs: number, documentCount: number): number {
  const x = (documentCount - pairs + 0.5) / (pairs + 0.5);
  return Math.log(1 + Math.abs(x));
}

/** lunr.Builder#createFieldVectors' weight, operation for operation, so values match bit for bit. */
export function weight(termIdf: number, tf: number, length: number, average: number, boost: number): number {
  let score = termIdf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (length / average)) + tf);
  score *= boost;
  return Math.round(score * 1000) / 1000;
}

/** As lunr.Builder#calculateAverageFieldLengths: every document has every field. */
export const averageLengths = (lengths: FieldLengths): number[] => lengths.map((l) => l.reduce((a, b) => a + b, 0) / l.length);

/** Decodes one term's postings into [field, doc, tf] triples. */
export function decodePostings(run: readonly number[]): [f: number, doc: number, tf: number][] {
  const found: [number, number, number][] = [];
  for (let r = 0; r < run.length; ) {
    const f = run[r];
    const count = run[r + 1];
    let doc = -1;
    r += 2;
    for (let k = 0; k < count; k++) {
      const entry = run[r++];
      const tf = entry > 0 ? 1 : run[r++];
      doc += Math.abs(entry);
      found.push([f, doc, tf]);
    }
  }
  return found;
}

// Shared by every posting without matches in a field: lunr only reads it with Object.keys.
const NO_DOCUMENTS: Record<string, object> = Object.freeze(Object.create(null));
// Term metadata (positions) is not kept; lunr.MatchData copies it, never changes it.
const NO_METADATA: object = Object.freeze(Object.create(null));

/** A lunr index with what query expansion reads (expand.ts). */
export interface SearchableIndex extends TermList {
  index: lunr.Index;
  /** Per term: 1 when its postings were pruned (it matches more documents than it lists). */
  pruned: Uint8Array;
}

export function unpackIndex(packed: PackedIndex, lengths: FieldLengths): SearchableIndex {
  const { fields, boosts, documentCount, terms, postings } = packed;
  const averages = averageLengths(lengths);
  const trueDf = new Map(packed.pruned ?? []);
  const invertedIndex: Record<string, Record<string, unknown>> = Object.create(null);
  const vectors = new Map<string, number[]>();
  const df = new Uint32Array(terms.length);
  const stored = new Uint32Array(terms.length);
  const pruned = new Uint8Array(terms.length);
  for (let t = 0; t < terms.length; t++) {
    const found = decodePostings(postings[t]);
    stored[t] = found.length;
    df[t] = trueDf.get(t) ?? found.length;
    pruned[t] = trueDf.has(t) ? 1 : 0;
    const termIdf = idf(df[t], documentCount);
    const posting: Record<string, unknown> = { _index: t };
    for (const field of fields) posting[field] = NO_DOCUMENTS;
    for (const [f, doc, tf] of found) {
      if (posting[fields[f]] === NO_DOCUMENTS) posting[fields[f]] = Object.create(null);
      (posting[fields[f]] as Record<string, object>)[docRef(doc)] = NO_METADATA;
      const ref = `${fields[f]}/${docRef(doc)}`;
      let elements = vectors.get(ref);
      if (!elements) vectors.set(ref, (elements = []));
      // Terms are visited in index order, so each vector's elements come out sorted.
      elements.push(t, weight(termIdf, tf, lengths[f][doc], averages[f], boosts[f]));
    }
    invertedIndex[terms[t]] = posting;
  }
  const fieldVectors: Record<string, lunr.Vector> = Object.create(null);
  for (const [ref, elements] of vectors) fieldVectors[ref] = new lunr.Vector(elements);
  // @types/lunr lags lunr 2: it lacks TokenSet.fromArray and names fieldVectors documentVectors.
  const tokenSet = (lunr.TokenSet as unknown as { fromArray(sorted: string[]): lunr.TokenSet }).fromArray(terms);
  const index = new lunr.Index({ invertedIndex, fieldVectors, tokenSet, fields, pipeline: new lunr.Pipeline() } as unknown as lunr.Index.Attributes);
  return { index, terms, df, stored, pruned };
}
