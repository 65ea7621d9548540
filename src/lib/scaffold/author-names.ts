/**
 * Author names as APIs give them → the atlas's "Surname, I." form. arXiv gives one string per
 * author in reading order ("Daniel M. Ziegler"); Crossref gives given and family apart. A name
 * that cannot be converted is kept as given and reported, so a person checks it.
 */
import { parseAuthorName } from '../../../schemas/author.ts';

export type ConvertedName = { ok: true; name: string } | { ok: false; name: string };

const SUFFIXES: Record<string, string> = { 'jr': 'Jr.', 'jr.': 'Jr.', 'sr': 'Sr.', 'sr.': 'Sr.', 'ii': 'II', 'iii': 'III', 'iv': 'IV' };

/** "Daniel M." → "D. M."; "Jean-Baptiste" → "J.-B."; "J.R." → "J. R.". */
export function initialsOf(given: string): string {
  return given
    .replace(/\./g, '. ')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.split('-').filter(Boolean).map((part) => `${[...part][0].toLocaleUpperCase()}.`).join('-'))
    .join(' ');
}

function checked(name: string, fallback: string): ConvertedName {
  return parseAuthorName(name) ? { ok: true, name } : { ok: false, name: fallback };
}

function withSuffix(family: string, given: string, suffix: string): string {
  const initials = initialsOf(given);
  return suffix ? `${family}, ${initials}, ${suffix}` : `${family}, ${initials}`;
}

/** Crossref-style parts. */
export function authorFromParts(given: string, family: string): ConvertedName {
  const g = given.trim().replace(/\s+/g, ' ');
  const f = family.trim().replace(/\s+/g, ' ');
  if (!g) return { ok: false, name: f };
  return checked(`${f}, ${initialsOf(g)}`, `${f}, ${g}`);
}

/**
 * A name in reading order. The surname is the last word plus any lower-case words just before
 * it ("Teun van der Weij" → "van der Weij, T."), which covers particles without a fixed list.
 */
export function authorFromFullName(full: string): ConvertedName {
  const name = full.trim().replace(/\s+/g, ' ');
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma) {
    const [, first, second] = comma;
    // "Martin Luther King, Jr." is a suffix; "Hubinger, Evan" is already surname first.
    const suffix = SUFFIXES[second.toLowerCase()];
    if (suffix) {
      const inner = authorFromFullName(first);
      if (!inner.ok) return { ok: false, name };
      const [family, initials] = inner.name.split(', ');
      return checked(`${family}, ${initials}, ${suffix}`, name);
    }
    return checked(`${first}, ${initialsOf(second)}`, name);
  }
  const words = name.split(' ');
  let suffix = '';
  if (words.length > 2 && SUFFIXES[words[words.length - 1].toLowerCase()]) suffix = SUFFIXES[words.pop()!.toLowerCase()];
  if (words.length < 2) return { ok: false, name };
  let start = words.length - 1;
  while (start > 1 && /^\p{Ll}/u.test(words[start - 1])) start--;
  const family = words.slice(start).join(' ');
  const given = words.slice(0, start).join(' ');
  return checked(withSuffix(family, given, suffix), name);
}
