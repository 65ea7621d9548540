/**
 * Which words of a title keep their capitals in every bibliography style. BibTeX styles and
 * biblatex may lower-case a title (sentence case); a word in braces is left alone.
 *
 * Protected: (1) any word with a capital after its first letter (LLMs, RLHF, CICERO, GPT-4,
 * TruthfulQA), in every title; (2) a capitalised word opening a sub-sentence after ":", "?" or
 * "!" (BibTeX keeps only the one after a colon, biblatex none); (3) in a title written in
 * sentence case, every other capitalised word after the first (Diplomacy, Claude), since there a
 * capital marks a proper noun. In a title written in Title Case a capital says nothing, so
 * proper nouns there (a single capitalised word that is a name) cannot be told apart and are
 * not protected.
 */

export interface TitleSegment {
  text: string;
  protect: boolean;
}

// Words Title Case leaves in lower case; they say nothing about which case a title is in.
const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per',
  'to', 'up', 'via', 'vs', 'with', 'from', 'into', 'onto', 'over', 'than', 'that', 'is', 'are', 'be', 'its', 'it',
]);

interface Word {
  lead: string;
  core: string;
  trail: string;
  /** First word of the title or of a sub-sentence (after ":", "?" or "!"). */
  opensSentence: boolean;
}

const CORE = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u;

function splitWords(title: string): Word[] {
  const words: Word[] = [];
  let opens = true;
  for (const token of title.trim().split(/\s+/u).filter(Boolean)) {
    const [, lead, core, trail] = CORE.exec(token)!;
    words.push({ lead, core, trail, opensSentence: opens });
    opens = /[:?!]$/.test(token) || (core === '' && opens);
  }
  return words;
}

/** A capital after the first letter of any hyphen- or slash-separated part: an acronym or a brand. */
export function hasInnerCapital(word: string): boolean {
  return word.split(/[-/]/).some((part) => /\p{Lu}/u.test(Array.from(part).slice(1).join('')));
}

const startsUpper = (word: string) => /^\p{Lu}/u.test(word);
const startsLower = (word: string) => /^\p{Ll}/u.test(word);

/** Sentence case: at least as many of the title's ordinary words start in lower case as in upper case. */
export function isSentenceCase(title: string): boolean {
  let lower = 0;
  let upper = 0;
  for (const w of splitWords(title)) {
    if (w.opensSentence || MINOR_WORDS.has(w.core.toLowerCase()) || hasInnerCapital(w.core)) continue;
    if (startsLower(w.core)) lower++;
    else if (startsUpper(w.core)) upper++;
  }
  return lower > 0 && lower >= upper;
}

/** The title cut into segments, each word's letters marked for protection or not. */
export function protectTitle(title: string): TitleSegment[] {
  const sentence = isSentenceCase(title);
  const segments: TitleSegment[] = [];
  const push = (text: string, protect: boolean) => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.protect === protect && !protect) last.text += text;
    else segments.push({ text, protect });
  };
  splitWords(title).forEach((w, i) => {
    if (i > 0) push(' ', false);
    const protect = hasInnerCapital(w.core) || (i > 0 && startsUpper(w.core) && (sentence || w.opensSentence));
    push(w.lead, false);
    push(w.core, protect);
    push(w.trail, false);
  });
  return segments;
}
