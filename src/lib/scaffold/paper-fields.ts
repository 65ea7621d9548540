/**
 * The bibliographic fields a scaffolder can take from an API, before anyone has read the paper.
 * Everything else in an entry (terms, summary, body) is the contributor's to write.
 */
import type { VENUE_TYPES } from '../../../schemas/paper.ts';

export type VenueType = (typeof VENUE_TYPES)[number];

export interface NewPaperFields {
  title: string;
  /** "Surname, I." where conversion worked; as given otherwise (see `notes`). */
  authors: string[];
  /** YYYY-MM-DD or "" when the source gives no full date. */
  date: string;
  publication: string;
  publication_year: number;
  doi: string;
  arxiv: string;
  paper_url: string;
  primary_class?: string;
  venue?: string;
  venue_type?: VenueType;
}

/** Either the fields and things a person should check, or what was wrong with the answer. */
export type Scaffolded = { ok: true; fields: NewPaperFields; notes: string[] } | { ok: false; error: string };

/**
 * API text as one clean line: no control characters, no lone surrogates, single spaces
 * (arXiv wraps long titles across lines).
 */
export function cleanText(value: string): string {
  return value
    .toWellFormed()
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
