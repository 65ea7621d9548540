import { describe, expect, test } from 'vitest';
import { asciiFold, foldText, slugify } from '../../src/lib/fold.ts';
import { generateCitekey } from '../../src/lib/link/citekeys.ts';
import { fold } from '../../src/lib/suggest.ts';

describe('one ASCII fold for slugs, citekeys, search and suggestions', () => {
  test.each([
    ['Łódź', 'Lodz'], ['Järviniemi', 'Jarviniemi'], ['Øresund', 'Oresund'], ['Straße', 'Strasse'],
    ['Ærøskøbing', 'AEroskobing'], ['Þórr', 'THorr'], ['İstanbul', 'Istanbul'], ['Đặng', 'Dang'],
  ])('%s folds to %s', (input, output) => {
    expect(asciiFold(input)).toBe(output);
  });

  test('every consumer agrees on Łódź', () => {
    expect(slugify('Łódź')).toBe('lodz');
    expect(foldText('ŁÓDŹ')).toBe('lodz');
    expect(fold('Łódź')).toBe('lodz');
    expect(generateCitekey({ authors: ['Łukasik, A.'], publication_year: 2024, title: 'Deception' })).toBe('lukasik2024deception');
  });

  test('slugs turn any other run of characters into one hyphen', () => {
    expect(slugify('  Claude 3.5 — Sonnet!  ')).toBe('claude-3-5-sonnet');
  });
});
