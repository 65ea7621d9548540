import { describe, expect, test } from 'vitest';
import { authorFromFullName, authorFromParts, initialsOf } from '../../src/lib/scaffold/author-names.ts';

describe('author names from APIs → "Surname, I."', () => {
  test.each([
    ['Daniel M. Ziegler', 'Ziegler, D. M.'],
    ['E. Hubinger', 'Hubinger, E.'],
    ['S. R. Bowman', 'Bowman, S. R.'],
    ['J.R. Smith', 'Smith, J. R.'],
    ['Teun van der Weij', 'van der Weij, T.'],
    ['Jean-Baptiste de la Fontaine', 'de la Fontaine, J.-B.'],
    ['Jérémy Scheurer', 'Scheurer, J.'],
    ['Çağlar Gülçehre', 'Gülçehre, Ç.'],
    ['N. DasSarma', 'DasSarma, N.'],
    ['Martin Luther King Jr.', 'King, M. L., Jr.'],
    ['Martin Luther King, Jr.', 'King, M. L., Jr.'],
    ['Hubinger, Evan', 'Hubinger, E.'],
    ['  Evan   Hubinger ', 'Hubinger, E.'],
  ])('%s → %s', (input, expected) => {
    expect(authorFromFullName(input)).toEqual({ ok: true, name: expected });
  });

  test.each(['Plato', 'danah boyd', ''])('"%s" cannot be converted and is kept as given', (input) => {
    expect(authorFromFullName(input)).toEqual({ ok: false, name: input.trim() });
  });

  test('Crossref parts: given names become initials; a missing given name is reported', () => {
    expect(authorFromParts('Thilo', 'Hagendorff')).toEqual({ ok: true, name: 'Hagendorff, T.' });
    expect(authorFromParts('T.', 'Hagendorff')).toEqual({ ok: true, name: 'Hagendorff, T.' });
    expect(authorFromParts('', 'Plato')).toEqual({ ok: false, name: 'Plato' });
  });

  test('initials keep hyphens and split run-together initials', () => {
    expect(initialsOf('Jean-Baptiste')).toBe('J.-B.');
    expect(initialsOf('J.R.')).toBe('J. R.');
    expect(initialsOf('samuel r.')).toBe('S. R.');
  });
});
