/**
 * Safe querying: lunr's query-string parser throws on input such as `foo:`, `~~` or `^^^`,
 * so it is never used. A reader's text goes through the shared tokeniser (which keeps only
 * letters, digits and in-word joiners) and each token becomes lunr clauses built in code:
 * an exact match, a prefix match (also on its stem, so "evals" finds "evaluations") and,
 * for longer words, a fuzzy match that forgives one typo.
 *
 * Each token is queried on its own and the scores are added, so a document's coverage (how
 * many of the reader's words it matches) is known and can rank "all words" above "some".
 */
import lunr from 'lunr';
import { findIdentifiers, type Identifier } from './identifiers.ts';
import { tokenise } from './tokenise.ts';

/** A reader may paste a paragraph; only its start is searched. */
export const MAX_QUERY_LENGTH = 256;
export const MAX_QUERY_TOKENS = 10;

export interface QueryToken {
  text: string;
  /** Porter stem, used as a second, broader prefix ("evals" → "eval*"). */
  stem: string;
  prefix: boolean;
  fuzzy: 0 | 1 | 2;
}

export interface QueryPlan {
  tokens: QueryToken[];
  ids: Identifier[];
}

const stem = (word: string): string => lunr.stemmer(new lunr.Token(word, {})).toString();
const isStopWord = (word: string): boolean => lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;

// Spans that only introduce an ID ("arXiv:", "https://doi.org/…"), dropped once the ID is found.
const ID_NOISE = /https?:\/\/\S+|\b(?:arxiv|doi)\s*:\s*\S+|\b10\.\d{4,9}\/\S+|\b\d{4}\.\d{4,5}(?:v\d+)?\b/gi;

/**
 * Turns any string into a plan. `typing`: the reader is still typing, so the last word is a
 * prefix even when short, and a trailing stop word ("by") is kept as a prefix.
 */
export function planQuery(input: unknown, options: { typing?: boolean } = {}): QueryPlan {
  const text = (typeof input === 'string' ? input : String(input ?? '')).slice(0, MAX_QUERY_LENGTH);
  const ids = findIdentifiers(text);
  const words = tokenise(ids.length ? text.replace(ID_NOISE, ' ') : text);
  const endsInWord = !/\s$/u.test(text);
  const tokens: QueryToken[] = [];
  const seen = new Set<string>();
  words.forEach((word, i) => {
    const last = i === words.length - 1;
    const stillTyping = last && endsInWord && (options.typing ?? false);
    if (seen.has(word) || (isStopWord(word) && !stillTyping)) return;
    seen.add(word);
    const hasDigit = /\d/.test(word);
    tokens.push({
      text: word,
      stem: stem(word),
      prefix: stillTyping || word.length >= 3,
      fuzzy: hasDigit || stillTyping ? 0 : word.length >= 10 ? 2 : word.length >= 5 ? 1 : 0,
    });
  });
  return { tokens: tokens.slice(0, MAX_QUERY_TOKENS), ids };
}

/** Per document: summed score and a bit mask of the plan's tokens it matched. */
export type ScoreTable = Map<string, { score: number; mask: number }>;

const EXACT_BOOST = 10;
const PREFIX_BOOST = 4;
const STEM_PREFIX_BOOST = 3;
const FUZZY_BOOST = 2;

/** Adds the scores of token `i` of `plan` in `index` to `table`. Never throws. */
export function scoreToken(index: lunr.Index, plan: QueryPlan, i: number, table: ScoreTable, weight = 1): void {
  const token = plan.tokens[i];
  let results: lunr.Index.Result[];
  try {
    results = index.query((q) => {
      const base = { usePipeline: false, presence: lunr.Query.presence.OPTIONAL };
      q.term(token.text, { ...base, boost: EXACT_BOOST });
      if (token.prefix) q.term(token.text, { ...base, boost: PREFIX_BOOST, wildcard: lunr.Query.wildcard.TRAILING });
      if (token.stem !== token.text && token.stem.length >= 4) {
        q.term(token.stem, { ...base, boost: STEM_PREFIX_BOOST, wildcard: lunr.Query.wildcard.TRAILING });
      }
      if (token.fuzzy) q.term(token.text, { ...base, boost: FUZZY_BOOST / token.fuzzy, editDistance: token.fuzzy });
    });
  } catch {
    // A lunr failure on one token must not lose the others.
    return;
  }
  for (const r of results) {
    const row = table.get(r.ref);
    if (row) {
      row.score += r.score * weight;
      row.mask |= 1 << i;
    } else {
      table.set(r.ref, { score: r.score * weight, mask: 1 << i });
    }
  }
}

/** Scores every token of `plan` in one index. */
export function scoreIndex(index: lunr.Index, plan: QueryPlan, table: ScoreTable = new Map(), weight = 1): ScoreTable {
  for (let i = 0; i < plan.tokens.length; i++) scoreToken(index, plan, i, table, weight);
  return table;
}

const bitCount = (n: number): number => {
  let c = 0;
  for (let v = n; v; v &= v - 1) c++;
  return c;
};

export interface Ranked {
  ref: string;
  score: number;
  /** True when the paper was found by a pasted arXiv ID or DOI. */
  byId: boolean;
}

/**
 * Final order: papers named by a pasted ID first, then by score × coverage², so a paper that
 * matches every word of the query beats one that matches a single word many times.
 */
export function rank(table: ScoreTable, plan: QueryPlan, idRefs: readonly string[] = []): Ranked[] {
  const n = plan.tokens.length;
  const ranked: Ranked[] = [];
  for (const [ref, { score, mask }] of table) {
    if (idRefs.includes(ref)) continue;
    const coverage = n ? bitCount(mask) / n : 0;
    ranked.push({ ref, score: score * coverage * coverage, byId: false });
  }
  ranked.sort((a, b) => b.score - a.score || Number(a.ref) - Number(b.ref));
  return [...idRefs.map((ref) => ({ ref, score: Infinity, byId: true })), ...ranked];
}
