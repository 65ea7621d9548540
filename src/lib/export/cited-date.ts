/**
 * The date a reference gives: one rule for BibTeX, CSL-JSON and RIS.
 *
 * An entry's `publication_year` and `date` describe the first public version (arXiv v1, or the
 * publication itself when there is no preprint). A reference to a peer-reviewed version should
 * carry that version's year, which the venue names ("ICLR 2024"); the arXiv v1 month would be
 * wrong for it, so it is left out. Without a venue, or for a venue paper with no preprint, the
 * entry's own year and date are the cited version's.
 */
import type { Paper } from '../../../schemas/paper.ts';

export interface CitedDate {
  year: number;
  month?: number;
  day?: number;
}

type DatedMeta = Pick<Paper, 'publication_year' | 'date' | 'venue' | 'arxiv' | 'venue_year'>;

/** The last plausible year written in a venue name ("Findings of ACL 2023" → 2023). */
export function venueYear(venue: string | undefined): number | undefined {
  const years = venue?.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g);
  return years ? Number(years[years.length - 1]) : undefined;
}

export function citedDate(meta: DatedMeta): CitedDate {
  // An explicit venue_year wins: journals are named without a year ("PNAS").
  const year = (meta.venue && (meta.venue_year ?? venueYear(meta.venue))) || meta.publication_year;
  const dateDescribesCitedVersion = !meta.venue || !meta.arxiv;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(meta.date ?? '');
  if (!m || !dateDescribesCitedVersion || Number(m[1]) !== year) return { year };
  return { year, month: Number(m[2]), day: Number(m[3]) };
}
