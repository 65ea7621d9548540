/**
 * Content invariants of the atlas, each a pure function returning human-readable problems
 * (an empty list means the invariant holds), so a failing test names every offending entry.
 */
import { filedUnder } from '../../src/lib/link/taxonomy-index.ts';
import type { Atlas } from '../../src/lib/atlas.ts';
import { formatHuman } from '../../src/lib/format-diagnostics.ts';
import type { LinkedPaper } from '../../src/lib/link/link-atlas.ts';
import { matchEntries, type Corpus, type CorpusPaper } from './corpus.ts';

/** A corpus author without a comma is an organisation, which entries write in braces. */
export function expectedAuthor(name: string): string {
  return name.includes(',') ? name : `{${name}}`;
}

const show = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v));

/** Every bibliographic field of a matched entry equals the corpus, and is empty where the corpus has nothing. */
export function metadataMismatches(atlas: Atlas, corpus: Corpus): string[] {
  const { matches, problems } = matchEntries(atlas, corpus);
  for (const { paper, record } of matches) {
    const m = paper.meta;
    const expected: [string, unknown, unknown][] = [
      ['title', m.title, record.title],
      ['publication_year', m.publication_year, record.year],
      ['arxiv', m.arxiv, record.arxiv ?? ''],
      ['authors', m.authors, record.authors.map(expectedAuthor)],
      ['authors_truncated', m.authors_truncated === true, record.authors_complete === false],
      ['doi', m.doi, record.doi ?? ''],
      ['venue', m.venue, record.venue],
      ['publication', m.publication, record.venue ?? 'arXiv'],
      ['date', m.date ?? '', record.date ?? ''],
      ['primary_class', m.primary_class, record.primary_class],
      ['paper_url', m.paper_url, record.url],
    ];
    for (const [field, actual, want] of expected) {
      if (JSON.stringify(actual) !== JSON.stringify(want)) {
        problems.push(`${paper.file}: ${field} is ${show(actual)}, corpus record ${record.id} has ${show(want)}`);
      }
    }
  }
  return problems;
}

/** Every `cites:` edge of an entry is a verified edge in citations.yaml. */
export function unverifiedCitations(atlas: Atlas, corpus: Corpus): string[] {
  const { matches } = matchEntries(atlas, corpus);
  const idOf = new Map(matches.map(({ paper, record }) => [paper.slug, record.id]));
  const verified = new Set(corpus.citations.map((e) => `${e.from}→${e.to}`));
  const problems: string[] = [];
  for (const paper of atlas.papers) {
    for (const ref of paper.meta.cites ?? []) {
      const target = atlas.refs.resolve(ref);
      const edge = `${idOf.get(paper.slug) ?? paper.slug}→${(target && idOf.get(target)) ?? target ?? ref}`;
      if (!verified.has(edge)) problems.push(`${paper.file}: cites "${ref}" (${edge}) is not in citations.yaml`);
    }
  }
  return problems;
}

/** The text of one H2 section of a Markdown body, without its heading. */
export function section(body: string, heading: string): string {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start === -1) return '';
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

/** Markdown reduced to prose: citations, link targets and emphasis marks dropped. */
function plain(markdown: string): string {
  return markdown
    .replace(/\[[^\[\]\n]*@[^\[\]\n]*\]/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, ' ');
}

export function sentences(text: string): string[] {
  return plain(text).split(/(?<=[.!?]["”’)]?)\s+(?=["“(]?[A-Z0-9])|\n\s*\n|\n\s*-\s/).map((s) => s.trim()).filter(Boolean);
}

/** Lower-case words; a number keeps its decimal point or thousands separator ("3.5" is one word). */
export function words(text: string): string[] {
  return text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+(?:[.,]\p{N}+)*%?/gu) ?? [];
}

/** Sentences of the `summary` field and the body's Summary section, shared by two entries. */
export function sharedSummarySentences(papers: readonly LinkedPaper[], minWords = 6): string[] {
  const owners = new Map<string, Set<string>>();
  for (const paper of papers) {
    for (const s of sentences(`${paper.meta.summary ?? ''}\n\n${section(paper.body, 'Summary')}`)) {
      const w = words(s);
      if (w.length < minWords) continue;
      const key = w.join(' ');
      owners.set(key, (owners.get(key) ?? new Set()).add(paper.slug));
    }
  }
  return [...owners].filter(([, slugs]) => slugs.size > 1).map(([s, slugs]) => `"${s}" appears in ${[...slugs].sort().join(', ')}`);
}

function ngrams(tokens: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) out.push(tokens.slice(i, i + n).join(' '));
  return out;
}

/** Runs of `n` or more words in an entry (summary or body) copied from any corpus record's notes or topics. */
export function copiedCorpusRuns(papers: readonly LinkedPaper[], records: readonly CorpusPaper[], n = 8): string[] {
  const source = new Map<string, string>();
  for (const r of records) {
    for (const text of [...(r.topics ?? []), r.notes ?? '']) {
      for (const g of ngrams(words(text), n)) source.set(g, r.id);
    }
  }
  const problems: string[] = [];
  for (const paper of papers) {
    const seen = new Set<string>();
    for (const g of ngrams(words(`${paper.meta.summary ?? ''}\n${paper.body}`), n)) {
      const from = source.get(g);
      if (from && !seen.has(g)) {
        seen.add(g);
        problems.push(`${paper.file}: "${g}" is copied from the notes/topics of ${from}`);
      }
    }
  }
  return problems;
}

/** Taxonomy terms with fewer non-draft papers labelled with them (directly) than the minimum. */
export function underusedTerms(atlas: Atlas, minimum: Readonly<Record<string, number>>): string[] {
  const problems: string[] = [];
  for (const vocab of atlas.taxonomies.values()) {
    const min = minimum[vocab.id] ?? 1;
    for (const term of vocab.terms.values()) {
      // A model family counts the papers filed under its versions, as its page lists them.
      const count = atlas.papers.filter((p) => !p.meta.draft && filedUnder(vocab, p.terms[vocab.id] ?? []).includes(term.slug)).length;
      if (count < min) problems.push(`${vocab.id}/${term.slug} has ${count} non-draft papers (needs ${min})`);
    }
  }
  return problems;
}

/** Every diagnostic, errors and warnings alike, as `validate --strict` counts them. */
export function strictDiagnostics(atlas: Atlas): string[] {
  return atlas.diagnostics.map((d) => formatHuman([d], false));
}

/** Commentary `about:` refs that name no atlas paper, and editorial essays with no `[@id]` in the text. */
export function commentaryProblems(atlas: Atlas): string[] {
  const problems: string[] = [];
  for (const c of atlas.commentary) {
    for (const ref of c.meta.about) if (!atlas.refs.resolve(ref)) problems.push(`${c.file}: about "${ref}" is not an atlas paper`);
    if (c.meta.kind === 'editorial-essay' && c.cites.length === 0) problems.push(`${c.file}: an editorial essay cites no atlas paper with [@id]`);
  }
  return problems;
}

/**
 * Every record of what others wrote matches its verified record in commentary.yaml: title, URL
 * and date as seen, and the same papers (by arXiv ID).
 */
export function commentaryMismatches(atlas: Atlas, corpus: Corpus): string[] {
  const byId = new Map(corpus.commentary.map((r) => [r.id, r]));
  const problems: string[] = [];
  for (const c of atlas.commentary) {
    if (c.meta.kind === 'editorial-essay') continue;
    const record = byId.get(c.meta.id);
    if (!record) {
      problems.push(`${c.file}: no record "${c.meta.id}" in verified-metadata/commentary.yaml`);
      continue;
    }
    const fields: [string, string, string][] = [['title', c.meta.title, record.title], ['url', c.meta.url, record.url ?? ''], ['date', c.meta.date, record.date ?? '']];
    for (const [field, entry, verified] of fields) if (entry !== verified) problems.push(`${c.file}: ${field} is "${entry}", verified "${verified}"`);
    const arxivOf = (ref: string) => {
      const slug = atlas.refs.resolve(ref);
      return atlas.papers.find((p) => p.slug === slug)?.meta.arxiv ?? ref;
    };
    const about = [...new Set(c.meta.about.map(arxivOf))].sort();
    if (JSON.stringify(about) !== JSON.stringify([...record.about].sort())) problems.push(`${c.file}: about ${about.join(', ')}, verified ${record.about.join(', ')}`);
  }
  return problems;
}

/** The counts issue #15 set: papers, records of what others wrote, the papers they cover, essays. */
export function contentCounts(atlas: Atlas) {
  const published = atlas.papers.filter((p) => !p.meta.draft);
  const others = atlas.commentary.filter((c) => c.meta.kind !== 'editorial-essay');
  const essays = atlas.commentary.filter((c) => c.meta.kind === 'editorial-essay');
  return {
    papers: published.length,
    records: others.length,
    papersDiscussed: new Set(others.flatMap((c) => c.meta.about.map((ref) => atlas.refs.resolve(ref)))).size,
    critical: others.filter((c) => c.meta.stance === 'criticises').length,
    essays: essays.length,
    /** The fewest distinct atlas papers an essay cites in its text. */
    fewestEssayCitations: Math.min(...essays.map((e) => new Set(e.cites).size)),
  };
}
