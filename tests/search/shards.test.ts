import { describe, expect, test } from 'vitest';
import { planQuery } from '../../src/lib/search/query.ts';
import { partitionTerms, shardsForToken, type ShardRange } from '../../src/lib/search/shards.ts';

describe('partitionTerms', () => {
  test('cuts consecutive runs of about the target size', () => {
    expect(partitionTerms(6, () => 10, 25)).toEqual([[0, 2], [2, 4], [4, 6]]);
  });

  test('a term larger than the target gets a run of its own', () => {
    expect(partitionTerms(4, (i) => (i === 1 ? 100 : 10), 25)).toEqual([[0, 1], [1, 2], [2, 4]]);
  });

  test('no terms, no runs', () => {
    expect(partitionTerms(0, () => 1, 10)).toEqual([]);
  });
});

describe('shardsForToken', () => {
  const shards: ShardRange[] = [['aardvark', 'deceit', 'a'], ['deception', 'deceptive', 'b'], ['deceptively', 'model', 'c'], ['models', 'zeta', 'd']];
  const pick = (query: string, typing = false) => planQuery(query, { typing }).tokens.map((t) => shardsForToken(shards, t));

  test.each([
    ['zeta', [[3]]],
    ['deception', [[1, 2]]],
    ['deceptive', [[1, 2]]],
    ['model', [[2, 3]]],
    ['aar', [[0]]],
    ['aaa', [[]]],
    ['zzz', [[]]],
  ])('%s → shards %j (its exact range, plus what its prefix and stem prefix reach)', (query, expected) => {
    expect(pick(query)).toEqual(expected);
  });

  test('a short word being typed reaches every shard its prefix spans', () => {
    expect(pick('de', true)).toEqual([[0, 1, 2]]);
  });
});
