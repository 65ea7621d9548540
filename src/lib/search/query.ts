/**
 * Safe querying: lunr's query-string parser throws on input such as `foo:`, `~~` or `^^^`,
 * so it is never used. A reader's text goes through the shared tokeniser (which keeps only
 * letters, digits and in-word joiners) and each token becomes lunr clauses built in code,
 * one per index term it stands for (expand.ts): itself, terms it is a prefix of, terms its
 * stem is a prefix of (so "evals" finds "evaluations") and, for longer words, terms one or
 * two typos away.
 *
 * Each token is queried on its own and the scores are added, so a document's coverage (how
 * many of the reader's words it matches) is known and can rank "all words" above "some".
 */
import lunr from 'lunr';
import { findIdentifiers, type Identifier } from './identifiers.ts';
import { expandToken, lowerBound } from './expand.ts';
import { docNumber, type SearchableIndex } from './packed-index.ts';
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
    // A lone letter is an initial or a word just begun: it would match half the index.
    if (seen.has(word) || (isStopWord(word) && !stillTyping) || /^[a-z]$/.test(word)) return;
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

/**
 * Per document: summed score and a bit mask of the plan's tokens it matched. `lenient`: bit
 * mask of tokens that matched a pruned term (pack-index.ts), whose absence from a document
 * proves nothing, so it does not lower that document's coverage.
 */
export interface ScoreTable {
  docs: Map<string, { score: number; mask: number }>;
  lenient: number;
}

export const emptyScores = (): ScoreTable => ({ docs: new Map(), lenient: 0 });

const BOOSTS = { exact: 10, prefix: 4, stem: 3, fuzzy: 2 };

/** Adds the scores of token `i` of `plan` in `index` to `table`. Never throws. */
export function scoreToken(searchable: SearchableIndex, plan: QueryPlan, i: number, table: ScoreTable, weight = 1): void {
  const expanded = expandToken(searchable, plan.tokens[i], BOOSTS);
  if (expanded.size === 0) return;
  for (const term of expanded.keys()) if (searchable.pruned[lowerBound(searchable.terms, term)]) table.lenient |= 1 << i;
  let results: lunr.Index.Result[];
  try {
    // Only whole index terms reach lunr, so nothing in them can act as query syntax.
    results = searchable.index.query((q) => {
      for (const [term, boost] of expanded) q.term(term, { usePipeline: false, boost, presence: lunr.Query.presence.OPTIONAL });
    });
  } catch {
    // A lunr failure on one token must not lose the others.
    return;
  }
  for (const r of results) {
    const row = table.docs.get(r.ref);
    if (row) {
      row.score += r.score * weight;
      row.mask |= 1 << i;
    } else {
      table.docs.set(r.ref, { score: r.score * weight, mask: 1 << i });
    }
  }
}

/** Scores every token of `plan` in one index. */
export function scoreIndex(index: SearchableIndex, plan: QueryPlan, table: ScoreTable = emptyScores(), weight = 1): ScoreTable {
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
  const all = (1 << plan.tokens.length) - 1;
  const ranked: Ranked[] = [];
  for (const [ref, { score, mask }] of table.docs) {
    if (idRefs.includes(ref)) continue;
    const counted = all & ~(table.lenient & ~mask);
    const coverage = counted ? bitCount(mask) / bitCount(counted) : 0;
    ranked.push({ ref, score: score * coverage * coverage, byId: false });
  }
  ranked.sort((a, b) => b.score - a.score || docNumber(a.ref) - docNumber(b.ref));
  return [...idRefs.map((ref) => ({ ref, score: Infinity, byId: true })), ...ranked];
}
