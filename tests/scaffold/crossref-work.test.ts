import { describe, expect, test } from 'vitest';
import { paperFromCrossrefWork } from '../../src/lib/scaffold/crossref-work.ts';
import { recording, verifiedPaper } from './recorded.ts';

const DOI = '10.1073/pnas.2317967121';

describe('Crossref work record → entry fields', () => {
  test('the PNAS record: title, author, journal as venue, year only (no full date recorded)', () => {
    const verified = verifiedPaper('hagendorff2023deception');
    const result = paperFromCrossrefWork(recording('crossref/10.1073-pnas.2317967121.json'), DOI);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fields).toEqual({
      title: 'Deception abilities emerged in large language models',
      authors: verified.authors,
      date: '',
      publication: 'Proceedings of the National Academy of Sciences',
      publication_year: 2024,
      doi: verified.doi,
      arxiv: '',
      paper_url: `https://doi.org/${DOI}`,
      venue: 'Proceedings of the National Academy of Sciences',
      venue_type: 'journal',
    });
    expect(result.notes).toEqual(['Crossref gives the publisher\'s date: if the paper appeared on arXiv first, set date and publication_year to the arXiv v1 submission and add its arxiv ID']);
  });

  test('JATS markup and entities in titles are removed; organisations go in braces', () => {
    const record = JSON.parse(recording('crossref/10.1073-pnas.2317967121.json'));
    record.message.title = ['Lies &amp; <i>truth</i>&#x2014;a study'];
    record.message.author.push({ name: 'The {Evil} Consortium', sequence: 'additional' });
    record.message.published = { 'date-parts': [[2024, 2, 30]] };
    const result = paperFromCrossrefWork(JSON.stringify(record), DOI);
    expect(result.ok && result.fields).toMatchObject({ title: 'Lies & truth—a study', authors: ['Hagendorff, T.', '{The Evil Consortium}'], date: '' });
  });

  test.each([
    ['crossref/junk-truncated.json', 'the answer is not valid JSON'],
    ['crossref/not-a-work.json', 'the answer is JSON but not a Crossref work record'],
    ['crossref/404.txt', 'the answer is not valid JSON'],
  ])('%s → "%s"', (name, error) => {
    expect(paperFromCrossrefWork(recording(name), DOI)).toEqual({ ok: false, error });
  });

  test('a record for another DOI is refused', () => {
    expect(paperFromCrossrefWork(recording('crossref/10.1073-pnas.2317967121.json'), '10.1126/science.ade9097')).toEqual({
      ok: false, error: 'the record describes DOI "10.1073/pnas.2317967121", not 10.1126/science.ade9097',
    });
  });
});
