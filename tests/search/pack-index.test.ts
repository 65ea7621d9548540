import { describe, expect, test } from 'vitest';
import { buildPackedIndex } from '../../src/lib/search/pack-index.ts';
import { decodePostings, unpackIndex, type SearchableIndex } from '../../src/lib/search/packed-index.ts';
import { planQuery, rank, scoreIndex } from '../../src/lib/search/query.ts';

const FIELDS = [{ name: 'title', boost: 10 }, { name: 'summary', boost: 1 }];
// "common" is in every document's summary and in two titles; "rare" in one summary only.
const DOCS = Array.from({ length: 12 }, (_, d) => ({
  title: d === 3 || d === 7 ? ['common', 'paper'] : ['paper', `t${d}`],
  summary: ['common', ...(d === 5 ? ['rare'] : []), ...Array.from({ length: d }, () => 'filler')],
}));

function build(maxPostings?: number): SearchableIndex {
  const { index, lengths } = buildPackedIndex(FIELDS, DOCS.length, (d) => DOCS[d], { maxPostings });
  return unpackIndex(JSON.parse(JSON.stringify(index)), lengths);
}

/** field/doc → weight of one term, read from the lunr field vectors. */
function weights(ix: SearchableIndex, term: string): Record<string, number> {
  const t = ix.terms.indexOf(term);
  const out: Record<string, number> = {};
  for (const [ref, vector] of Object.entries((ix.index as unknown as { fieldVectors: Record<string, { elements: number[] }> }).fieldVectors)) {
    const e = vector.elements;
    for (let i = 0; i < e.length; i += 2) if (e[i] === t) out[ref] = e[i + 1];
  }
  return out;
}

describe('pruning the packed index', () => {
  test('a term over the limit keeps its highest-weighted pairs, with unchanged weights', () => {
    const full = build();
    const pruned = build(4);
    const all = weights(full, 'common');
    const kept = weights(pruned, 'common');
    expect(Object.keys(all)).toHaveLength(14);
    expect(Object.keys(kept)).toHaveLength(4);
    const strongest = Object.entries(all).sort((a, b) => b[1] - a[1]).slice(0, 4);
    expect(Object.entries(kept).sort((a, b) => b[1] - a[1])).toEqual(strongest);
    // Title matches (boost 10) are among them.
    expect(Object.keys(kept)).toEqual(expect.arrayContaining(['title/d3', 'title/d7']));
  });

  test('terms under the limit are untouched, and the true frequency is kept', () => {
    const pruned = build(4);
    expect(weights(pruned, 'rare')).toEqual(weights(build(), 'rare'));
    const t = pruned.terms.indexOf('common');
    expect([pruned.df[t], pruned.stored[t], pruned.pruned[t]]).toEqual([14, 4, 1]);
    expect(pruned.pruned[pruned.terms.indexOf('rare')]).toBe(0);
    expect(decodePostings(buildPackedIndex(FIELDS, DOCS.length, (d) => DOCS[d], { maxPostings: 4 }).index.postings[t])).toHaveLength(4);
  });

  test('missing a pruned word does not lower a document’s rank', () => {
    const plan = planQuery('rare common');
    const [first] = rank(scoreIndex(build(4), plan), plan);
    expect(first.ref).toBe('d5');
    const alone = rank(scoreIndex(build(4), planQuery('rare')), planQuery('rare'))[0];
    // d5's "common" pair was pruned, so it scores on "rare" alone, at full coverage.
    expect(first.score).toBeCloseTo(alone.score, 10);
  });
});
