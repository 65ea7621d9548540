/**
 * Author lists in BibTeX's own name syntax: "von Last, Jr, First" joined with " and ".
 * Particles go in the von part (lower case, so BibTeX and biber both find them), suffixes in the
 * Jr part, organisations in braces so that no style splits or abbreviates them, and an author
 * list known to be incomplete ends with "and others" (printed as "et al.").
 */
import { parseAuthorName } from '../../../schemas/author.ts';
import { encodeLatex, type BibEncoding } from './latex-text.ts';

// BibTeX splits a name list at the word "and" in any case, so such a word must sit in braces.
const braceAndWords = (text: string) => text.replace(/(^|\s)(and)(?=\s|$)/giu, '$1{$2}');

function part(text: string, encoding: BibEncoding): string {
  return braceAndWords(encodeLatex(text, encoding));
}

export function bibtexName(author: string, encoding: BibEncoding): string {
  const parsed = parseAuthorName(author);
  if (!parsed) return `{${encodeLatex(author, encoding)}}`;
  if (parsed.kind === 'organisation') return `{${encodeLatex(parsed.name, encoding)}}`;
  let last = part(parsed.family, encoding);
  // A lower-case word inside a surname ("Ramos de la Cruz") would be read as a von part and
  // split the surname; braces keep it whole.
  if (/\s\p{Ll}/u.test(parsed.family)) last = `{${last}}`;
  const von = parsed.particle ? `${part(parsed.particle, encoding)} ` : '';
  const jr = parsed.suffix ? `, ${part(parsed.suffix, encoding)}` : '';
  return `${von}${last}${jr}, ${part(parsed.given, encoding)}`;
}

export function bibtexAuthors(authors: readonly string[], truncated: boolean, encoding: BibEncoding): string {
  const names = authors.map((a) => bibtexName(a, encoding));
  if (truncated) names.push('others');
  return names.join(' and ');
}
