/**
 * Which words of a shown text match the query, with the same rules the index used (exact,
 * prefix, stem prefix, one or two typos), so what is marked is what was found. Returns
 * plain segments; the page turns them into text nodes and <mark> elements.
 */
import type { QueryPlan, QueryToken } from './query.ts';
import { withinDistance } from './edit-distance.ts';
import { wordSpans } from './tokenise.ts';

export interface Segment {
  text: string;
  hit: boolean;
}

function matches(word: string, token: QueryToken): boolean {
  if (word === token.text) return true;
  if (token.prefix && word.startsWith(token.text)) return true;
  if (token.stem !== token.text && token.stem.length >= 4 && word.startsWith(token.stem)) return true;
  return token.fuzzy > 0 && withinDistance(word, token.text, token.fuzzy);
}

export function highlight(text: string, plan: QueryPlan): Segment[] {
  const segments: Segment[] = [];
  const push = (part: string, hit: boolean) => {
    if (!part) return;
    const last = segments[segments.length - 1];
    if (last && last.hit === hit) last.text += part;
    else segments.push({ text: part, hit });
  };
  let cursor = 0;
  if (plan.tokens.length) {
    for (const span of wordSpans(text)) {
      if (!span.tokens.some((w) => plan.tokens.some((t) => matches(w, t)))) continue;
      push(text.slice(cursor, span.start), false);
      push(text.slice(span.start, span.end), true);
      cursor = span.end;
    }
  }
  push(text.slice(cursor), false);
  return segments;
}
