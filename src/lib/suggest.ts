/** "Did you mean …?" for field names, taxonomy terms and citation keys. */
import { distance } from 'fastest-levenshtein';
import { foldText } from './fold.ts';

/** Folded, with punctuation and spaces made one space: "Claude-3 Opus" and "claude 3 opus" meet. */
export function fold(value: string): string {
  return foldText(value).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The closest candidate within a distance proportional to its length, or null. */
export function nearest(value: string, candidates: Iterable<string>): string | null {
  const target = fold(value);
  let best: string | null = null;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const folded = fold(candidate);
    let score = distance(target, folded);
    // Singular/plural and short prefix slips ("deception_type") count as near; a long tail does
    // not, or "Claude 3 Opsu" would be nearer "Claude" than "Claude 3 Opus".
    const prefix = folded.startsWith(target) || target.startsWith(folded);
    if (prefix && Math.abs(folded.length - target.length) <= 3) score = Math.min(score, 1);
    if (score < bestScore || (score === bestScore && best !== null && candidate < best)) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best === null) return null;
  const limit = Math.max(2, Math.floor(fold(best).length / 3));
  return bestScore <= limit ? best : null;
}
