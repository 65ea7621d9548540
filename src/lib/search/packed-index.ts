/**
 * A compact wire format for a lunr index. lunr's JSON stores every document–term pair twice
 * (inverted index and field vectors), each with a BM25 weight, and lists every field for every
 * term. This keeps each pair once with its term frequency, plus each document's field
 * lengths, and recomputes lunr's weights in the browser with lunr's own formula and
 * rounding, so scores are the same as those of the index lunr built.
 *
 * Per term, `postings` holds runs of [field, count, doc entries…]; a doc entry is the gap to
 * the previous document + 1, negated and followed by the term frequency when that is not 1.
 */
import lunr from 'lunr';

export interface PackedIndex {
  fields: string[];
  boosts: number[];
  documentCount: number;
  /** Sorted as lunr sorts them (UTF-16 code units). */
  terms: string[];
  postings: number[][];
}

/** Per field (same order as PackedIndex.fields), the length in terms of each document's field. */
export type FieldLengths = number[][];

// lunr's BM25 parameters (lunr.Builder defaults).
const K1 = 1.2;
const B = 0.75;

const isStopWord = (term: string): boolean => lunr.stopWordFilter(term as unknown as lunr.Token) === undefined;

/**
 * Indexes documents whose fields are already tokenised (tokenise.ts) and packs the result.
 * It counts exactly what lunr.Builder#add counts (its pipeline here: the stop-word filter)
 * without the per-posting metadata objects lunr keeps, which cost gigabytes at 10,000
 * entries; a test checks the unpacked index against one lunr.Builder built.
 */
export function buildPackedIndex(
  fieldDefs: readonly { name: string; boost: number }[],
  documentCount: number,
  // Called once per document, so only one document's tokens are held at a time.
  tokensOf: (doc: number) => Record<string, readonly string[]>,
): { index: PackedIndex; lengths: FieldLengths } {
  const fields = fieldDefs.map((f) => f.name);
  // term → per field: [doc, tf, doc, tf, …] in document order
  const counts = new Map<string, number[][]>();
  const lengths: FieldLengths = fields.map(() => new Array<number>(documentCount).fill(0));
  for (let d = 0; d < documentCount; d++) {
    const doc = tokensOf(d);
    fields.forEach((field, f) => {
      const tf = new Map<string, number>();
      let length = 0;
      for (const token of doc[field] ?? []) {
        const term = token.toLowerCase();
        if (!term || isStopWord(term)) continue;
        length++;
        tf.set(term, (tf.get(term) ?? 0) + 1);
      }
      lengths[f][d] = length;
      for (const [term, n] of tf) {
        let perField = counts.get(term);
        if (!perField) counts.set(term, (perField = fields.map(() => [])));
        perField[f].push(d, n);
      }
    });
  }
  const terms = [...counts.keys()].sort();
  const postings = terms.map((term) => {
    const run: number[] = [];
    counts.get(term)!.forEach((pairs, f) => {
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
  });
  return { index: { fields, boosts: fieldDefs.map((f) => f.boost), documentCount, terms, postings }, lengths };
}

// Shared by every posting without matches in a field: lunr only reads it with Object.keys.
const NO_DOCUMENTS: Record<string, object> = Object.freeze(Object.create(null));

export function unpackIndex(packed: PackedIndex, lengths: FieldLengths): lunr.Index {
  const { fields, boosts, documentCount, terms, postings } = packed;
  // As lunr.Builder#calculateAverageFieldLengths: every document has every field.
  const averages = lengths.map((l) => l.reduce((a, b) => a + b, 0) / l.length);
  const invertedIndex: Record<string, Record<string, unknown>> = Object.create(null);
  const vectors = new Map<string, number[]>();
  const tokenSet = new lunr.TokenSet.Builder();
  for (let t = 0; t < terms.length; t++) {
    const run = postings[t];
    const posting: Record<string, unknown> = { _index: t };
    for (const field of fields) posting[field] = NO_DOCUMENTS;
    // Pass 1: documents per field and, as lunr.idf counts them, documents with the term.
    const found: [f: number, doc: number, tf: number][] = [];
    for (let r = 0; r < run.length; ) {
      const f = run[r];
      const count = run[r + 1];
      const docs: Record<string, object> = Object.create(null);
      let doc = -1;
      r += 2;
      for (let k = 0; k < count; k++) {
        const entry = run[r++];
        const tf = entry > 0 ? 1 : run[r++];
        doc += Math.abs(entry);
        docs[doc] = {};
        found.push([f, doc, tf]);
      }
      posting[fields[f]] = docs;
    }
    const x = (documentCount - found.length + 0.5) / (found.length + 0.5);
    const idf = Math.log(1 + Math.abs(x));
    // Pass 2: lunr.Builder#createFieldVectors, operation for operation, so weights match.
    for (const [f, doc, tf] of found) {
      let score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (lengths[f][doc] / averages[f])) + tf);
      score *= boosts[f];
      const ref = `${fields[f]}/${doc}`;
      let elements = vectors.get(ref);
      if (!elements) vectors.set(ref, (elements = []));
      // Terms are visited in index order, so each vector's elements come out sorted.
      elements.push(t, Math.round(score * 1000) / 1000);
    }
    invertedIndex[terms[t]] = posting;
    tokenSet.insert(terms[t]);
  }
  tokenSet.finish();
  const fieldVectors: Record<string, lunr.Vector> = Object.create(null);
  for (const [ref, elements] of vectors) fieldVectors[ref] = new lunr.Vector(elements);
  // @types/lunr still describes lunr 1 (documentVectors); lunr 2 reads fieldVectors.
  return new lunr.Index({ invertedIndex, fieldVectors, tokenSet: tokenSet.root, fields, pipeline: new lunr.Pipeline() } as unknown as lunr.Index.Attributes);
}
