/**
 * A Crossref work record (GET https://api.crossref.org/works/<doi>) → entry fields.
 * Crossref titles may carry JATS markup (<i>…</i>) and HTML entities; both are removed.
 */
import { isCalendarDate } from '../../../schemas/common.ts';
import { authorFromParts } from './author-names.ts';
import { cleanText, type Scaffolded, type VenueType } from './paper-fields.ts';

/** Crossref work types → venue_type; types not listed (preprints, datasets…) get none. */
const VENUE_TYPES: Record<string, VenueType> = {
  'journal-article': 'journal',
  'proceedings-article': 'conference',
  'book-chapter': 'book',
  'book': 'book',
  'monograph': 'book',
  'edited-book': 'book',
  'dissertation': 'thesis',
  'report': 'report',
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function plain(value: string): string {
  return cleanText(
    value
      .replace(/<[^>]*>/g, '')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string) => {
        if (name[0] === '#') {
          const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
          return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
        }
        return ENTITIES[name.toLowerCase()] ?? m;
      }),
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const firstString = (v: unknown): string => (Array.isArray(v) ? (v.find((x) => typeof x === 'string') ?? '') : typeof v === 'string' ? v : '');

function dateParts(work: Record<string, unknown>): number[] {
  for (const key of ['published', 'issued', 'published-print', 'published-online']) {
    const field = work[key];
    const parts = isRecord(field) && Array.isArray(field['date-parts']) ? field['date-parts'][0] : undefined;
    if (Array.isArray(parts) && Number.isInteger(parts[0])) return parts.filter((p) => Number.isInteger(p)) as number[];
  }
  return [];
}

export function paperFromCrossrefWork(jsonText: string, requested: string): Scaffolded {
  let data: unknown;
  try {
    data = JSON.parse(jsonText);
  } catch {
    return { ok: false, error: 'the answer is not valid JSON' };
  }
  if (!isRecord(data) || data.status !== 'ok' || !isRecord(data.message)) {
    return { ok: false, error: 'the answer is JSON but not a Crossref work record' };
  }
  const work = data.message;
  const doi = typeof work.DOI === 'string' ? work.DOI : '';
  if (doi.toLowerCase() !== requested.toLowerCase()) return { ok: false, error: `the record describes DOI "${doi}", not ${requested}` };

  const title = plain(firstString(work.title));
  if (!title) return { ok: false, error: `the record for ${requested} has no title` };
  const notes: string[] = [];
  const authors: string[] = [];
  for (const a of Array.isArray(work.author) ? work.author : []) {
    if (!isRecord(a)) continue;
    if (typeof a.name === 'string' && !a.family) {
      authors.push(`{${plain(a.name).replace(/[{}]/g, '')}}`);
      continue;
    }
    const family = plain(typeof a.family === 'string' ? a.family : '');
    if (!family) continue;
    const converted = authorFromParts(plain(typeof a.given === 'string' ? a.given : ''), family);
    if (!converted.ok) notes.push(`author "${converted.name}" could not be written as "Surname, I."; correct it by hand`);
    authors.push(converted.name);
  }
  if (authors.length === 0) return { ok: false, error: `the record for ${requested} lists no authors` };
  const [year, month, day] = dateParts(work);
  if (!year) return { ok: false, error: `the record for ${requested} has no publication year` };
  const pad = (n: number) => String(n).padStart(2, '0');
  const full = month && day ? `${year}-${pad(month)}-${pad(day)}` : '';
  const date = isCalendarDate(full) ? full : '';

  const container = plain(firstString(work['container-title']));
  const venueType = VENUE_TYPES[typeof work.type === 'string' ? work.type : ''];
  notes.push('Crossref gives the publisher\'s date: if the paper appeared on arXiv first, set date and publication_year to the arXiv v1 submission and add its arxiv ID');
  return {
    ok: true,
    notes,
    fields: {
      title,
      authors,
      date,
      publication: container || plain(typeof work.publisher === 'string' ? work.publisher : ''),
      publication_year: year,
      doi,
      arxiv: '',
      paper_url: `https://doi.org/${doi}`,
      ...(container && venueType ? { venue: container, venue_type: venueType } : {}),
    },
  };
}
