import { describe, expect, test } from 'vitest';
import { AuthorSchema, parseAuthorName, suggestAuthorName } from '../../schemas/author.ts';

describe('author names', () => {
  test.each([
    ['Hubinger, E.', { family: 'Hubinger', given: 'E.', particle: '', suffix: '' }],
    ['Bowman, S. R.', { family: 'Bowman', given: 'S. R.', particle: '', suffix: '' }],
    ['Scheurer, Jérémy', { family: 'Scheurer', given: 'Jérémy', particle: '', suffix: '' }],
    ['van der Weij, T.', { family: 'Weij', given: 'T.', particle: 'van der', suffix: '' }],
    ['de Witt, C. S.', { family: 'Witt', given: 'C. S.', particle: 'de', suffix: '' }],
    ['Schroeder de Witt, C.', { family: 'Schroeder de Witt', given: 'C.', particle: '', suffix: '' }],
    ['Järviniemi, O.', { family: 'Järviniemi', given: 'O.', particle: '', suffix: '' }],
    ['Lukošiūtė, K.', { family: 'Lukošiūtė', given: 'K.', particle: '', suffix: '' }],
    ["O'Gara, A.", { family: "O'Gara", given: 'A.', particle: '', suffix: '' }],
    ['Goldowsky-Dill, N.', { family: 'Goldowsky-Dill', given: 'N.', particle: '', suffix: '' }],
    ['El Showk, S.', { family: 'El Showk', given: 'S.', particle: '', suffix: '' }],
    ['King, Jr., M. L.', { family: 'King', given: 'M. L.', particle: '', suffix: 'Jr.' }],
    ['King, M. L., Jr.', { family: 'King', given: 'M. L.', particle: '', suffix: 'Jr.' }],
    ['Dupont, J.-P.', { family: 'Dupont', given: 'J.-P.', particle: '', suffix: '' }],
    ['Smith, Mary-Ann', { family: 'Smith', given: 'Mary-Ann', particle: '', suffix: '' }],
  ])('accepts %s', (name, parts) => {
    expect(AuthorSchema.safeParse(name).success).toBe(true);
    expect(parseAuthorName(name)).toEqual({ kind: 'person', ...parts });
  });

  test('accepts an organisation in braces', () => {
    expect(parseAuthorName('{Meta Fundamental AI Research Diplomacy Team (FAIR)}')).toEqual({ kind: 'organisation', name: 'Meta Fundamental AI Research Diplomacy Team (FAIR)' });
  });

  test.each(['Evan Hubinger', 'hubinger, e.', 'Hubinger,E.', 'Hubinger, ', ', E.', 'Hubinger, e.', '{}', 'Hubinger, E. <script>', ''])('rejects %j', (name) => {
    expect(AuthorSchema.safeParse(name).success).toBe(false);
  });

  test('suggests the surname-first form for the commonest mistake', () => {
    expect(suggestAuthorName('Evan Hubinger')).toBe('Hubinger, Evan');
    expect(suggestAuthorName('Hubinger, E.')).toBeNull();
  });
});
