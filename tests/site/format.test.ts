import { describe, expect, test } from 'vitest';
import { displayName, firstSentence, formatDate, plural, rfc822, shortAuthors } from '../../src/site/views/format.ts';

describe('displayName', () => {
  test.each([
    ['Hubinger, E.', 'E. Hubinger'],
    ['Bowman, S. R.', 'S. R. Bowman'],
    ['van der Weij, Teun', 'Teun van der Weij'],
    ['King, Jr., M. L.', 'M. L. King, Jr.'],
    ['{OpenAI}', 'OpenAI'],
    ['not a convention', 'not a convention'],
  ])('%s → %s', (input, expected) => expect(displayName(input)).toBe(expected));
});

describe('shortAuthors', () => {
  test.each([
    [[], ''],
    [['Hubinger, E.'], 'E. Hubinger'],
    [['Hubinger, E.', 'Denison, C.'], 'E. Hubinger and C. Denison'],
    [['Hubinger, E.', 'Denison, C.', 'Mu, J.'], 'E. Hubinger et al.'],
  ])('%j → %s', (input, expected) => expect(shortAuthors(input)).toBe(expected));
});

describe('formatDate and rfc822', () => {
  test.each([
    ['2024-01-10', '10 January 2024'],
    ['2026-11-23', '23 November 2026'],
    ['', ''],
    [undefined, ''],
    ['2024', ''],
  ])('formatDate(%s) = %s', (input, expected) => expect(formatDate(input)).toBe(expected));
  test('RSS dates are midnight UTC, whatever the machine\'s time zone', () => {
    expect(rfc822('2024-01-10')).toBe('Wed, 10 Jan 2024 00:00:00 GMT');
  });
});

describe('firstSentence', () => {
  test.each([
    ['One. Two.', 'One.'],
    ['Stating something false, as opposed to being wrong. Distinguishes lying.', 'Stating something false, as opposed to being wrong.'],
    ['Uses abbreviations, e.g. Python or i.e. This. Then more.', 'Uses abbreviations, e.g. Python or i.e. This.'],
    ['No full stop at all', 'No full stop at all'],
    ['Spread\n  over   lines. Next.', 'Spread over lines.'],
  ])('%j', (input, expected) => expect(firstSentence(input)).toBe(expected));
});

test('plural', () => {
  expect(plural(1, 'paper')).toBe('1 paper');
  expect(plural(10000, 'paper')).toBe('10,000 papers');
  expect(plural(2, 'commentary record')).toBe('2 commentary records');
});
