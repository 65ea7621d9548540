import { describe, expect, test } from 'vitest';
import { bibtexAuthors, bibtexName } from '../../src/lib/export/bibtex-names.ts';

describe('BibTeX names', () => {
  test.each([
    ['Hubinger, E.', 'Hubinger, E.'],
    ['Bowman, S. R.', 'Bowman, S. R.'],
    ['van der Weij, T.', 'van der Weij, T.'],
    ['de Witt, C. S.', 'de Witt, C. S.'],
    ["O'Neil, C.", "O'Neil, C."],
    ['O’Brien, D.', 'O{\\textquoteright}Brien, D.'],
    ['Tran-Johnson, E.', 'Tran-Johnson, E.'],
    ['Dupont, Jean-Pierre', 'Dupont, Jean-Pierre'],
    ['King, Jr., M. L.', 'King, Jr., M. L.'],
    ['Smith, J., III', 'Smith, III, J.'],
    ['Järviniemi, O.', 'J{\\"{a}}rviniemi, O.'],
    ['Kaiser, Łukasz', 'Kaiser, {\\L}ukasz'],
    ['Ramos de la Cruz, J.', '{Ramos de la Cruz}, J.'],
    ['El Showk, S.', 'El Showk, S.'],
    ['{OpenAI}', '{OpenAI}'],
    ['{AT&T Labs Research}', '{AT\\&T Labs Research}'],
    ['{Meta Fundamental AI Research Diplomacy Team (FAIR)}', '{Meta Fundamental AI Research Diplomacy Team (FAIR)}'],
  ])('%j → %j', (author, expected) => {
    expect(bibtexName(author, 'ascii')).toBe(expected);
  });

  test('keeps UTF-8 letters in utf8 mode', () => {
    expect(bibtexName('Järviniemi, O.', 'utf8')).toBe('Järviniemi, O.');
  });

  test('joins with "and" and ends an incomplete list with "and others"', () => {
    expect(bibtexAuthors(['Bakhtin, A.', 'Brown, N.'], true, 'ascii')).toBe('Bakhtin, A. and Brown, N. and others');
    expect(bibtexAuthors(['Bakhtin, A.', 'Brown, N.'], false, 'ascii')).toBe('Bakhtin, A. and Brown, N.');
  });

  test('braces a name word "And" so BibTeX does not split the list there', () => {
    expect(bibtexName('Doe, And', 'ascii')).toBe('Doe, {And}');
  });
});
