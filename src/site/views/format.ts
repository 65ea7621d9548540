/** Text formatting for pages: names, dates, one-line definitions. Deterministic (no clock, no locale). */
import { parseAuthorName } from '../../../schemas/author.ts';

/** "Hubinger, E." → "E. Hubinger"; "{OpenAI}" → "OpenAI"; anything else as written. */
export function displayName(author: string): string {
  const parsed = parseAuthorName(author);
  if (!parsed) return author;
  if (parsed.kind === 'organisation') return parsed.name;
  const family = [parsed.particle, parsed.family].filter(Boolean).join(' ');
  return `${parsed.given} ${family}${parsed.suffix ? `, ${parsed.suffix}` : ''}`;
}

/** For lists: "A", "A and B", "A et al.". */
export function shortAuthors(authors: readonly string[]): string {
  if (authors.length === 0) return '';
  if (authors.length === 1) return displayName(authors[0]);
  if (authors.length === 2) return `${displayName(authors[0])} and ${displayName(authors[1])}`;
  return `${displayName(authors[0])} et al.`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-01-10" → "10 January 2024"; "" or undefined → "". */
export function formatDate(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return '';
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** RFC 822 date for RSS, at midnight UTC. */
export function rfc822(iso: string): string {
  const [y, mo, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, d)).toUTCString();
}

const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|cf|al|approx)\.$/i;

/** The first sentence of a definition, for one-line listings. */
export function firstSentence(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?=\s+[A-Z"“(])/g;
  for (const m of clean.matchAll(end)) {
    const upTo = clean.slice(0, (m.index ?? 0) + 1);
    if (!ABBREVIATION.test(upTo)) return upTo;
  }
  return clean;
}

/** "1 paper", "2 papers". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** A commentary record's kind as words: "blog-post" → "blog post". */
export const kindLabel = (kind: string): string => kind.replace(/-/g, ' ');
