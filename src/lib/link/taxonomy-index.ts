/**
 * The vocabularies, resolved once: label, slug or alias → term, plus checks that parents and
 * related terms exist and that no parent chain loops.
 */
import { ROLLUP_TAXONOMIES, TAXONOMY_FIELDS, type Taxonomy, type TaxonomyId, type TaxonomyTerm } from '../../../schemas/taxonomy.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { fold, nearest } from '../suggest.ts';
import type { TaxonomyFile } from '../validate/taxonomy-file.ts';

export interface Vocabulary {
  id: string;
  field: string;
  file: string;
  taxonomy: Taxonomy;
  terms: Map<string, TaxonomyTerm>;
  /** folded label/slug/alias → slug */
  lookup: Map<string, string>;
}

export type TaxonomyIndex = Map<string, Vocabulary>;

export function fieldForTaxonomy(id: string): string {
  return (TAXONOMY_FIELDS as Record<string, string>)[id] ?? id.replace(/-/g, '_');
}

export function buildTaxonomyIndex(files: readonly TaxonomyFile[]): { index: TaxonomyIndex; diagnostics: Diagnostic[] } {
  const index: TaxonomyIndex = new Map();
  const diagnostics: Diagnostic[] = [];
  for (const { file, taxonomy, positions } of files) {
    if (index.has(taxonomy.id)) {
      diagnostics.push(diagnostic(file, positions.get('id') ?? { line: 1, column: 1 }, 'error', 'duplicate-id', 'id', `taxonomy id "${taxonomy.id}" is used by two files`, 'Give each vocabulary file its own id.'));
      continue;
    }
    const vocab: Vocabulary = { id: taxonomy.id, field: fieldForTaxonomy(taxonomy.id), file, taxonomy, terms: new Map(), lookup: new Map() };
    taxonomy.terms.forEach((term, i) => {
      const at = positions.get(`terms.${i}`) ?? { line: 1, column: 1 };
      if (vocab.terms.has(term.slug)) {
        diagnostics.push(diagnostic(file, at, 'error', 'duplicate-term', `terms.${i}.slug`, `term slug "${term.slug}" is defined twice`, 'Each slug must be unique within its vocabulary.'));
        return;
      }
      vocab.terms.set(term.slug, term);
      for (const name of [term.slug, term.label, ...term.aliases]) {
        const key = fold(name);
        const owner = vocab.lookup.get(key);
        if (owner && owner !== term.slug) {
          diagnostics.push(diagnostic(file, at, 'error', 'duplicate-term', `terms.${i}`, `"${name}" names both "${owner}" and "${term.slug}"`, 'A label or alias may belong to one term only.'));
        } else {
          vocab.lookup.set(key, term.slug);
        }
      }
    });
    taxonomy.terms.forEach((term, i) => {
      if (term.parent && !vocab.terms.has(term.parent)) {
        diagnostics.push(diagnostic(file, positions.get(`terms.${i}.parent`) ?? { line: 1, column: 1 }, 'error', 'unknown-parent', `terms.${i}.parent`,
          `parent "${term.parent}" of "${term.slug}" is not a term of ${taxonomy.id}`, hintTerm(vocab, term.parent)));
      }
      term.related.forEach((rel, r) => {
        if (!vocab.terms.has(rel)) {
          diagnostics.push(diagnostic(file, positions.get(`terms.${i}.related.${r}`) ?? { line: 1, column: 1 }, 'error', 'unknown-related', `terms.${i}.related.${r}`,
            `related term "${rel}" of "${term.slug}" is not a term of ${taxonomy.id}`, hintTerm(vocab, rel)));
        }
      });
    });
    // Parent cycles: follow each chain; a slug seen twice on one walk is a loop.
    taxonomy.terms.forEach((term, i) => {
      const seen = new Set<string>([term.slug]);
      let cursor = term.parent ? vocab.terms.get(term.parent) : undefined;
      while (cursor) {
        if (seen.has(cursor.slug)) {
          if (cursor.slug === term.slug) {
            diagnostics.push(diagnostic(file, positions.get(`terms.${i}.parent`) ?? { line: 1, column: 1 }, 'error', 'taxonomy-cycle', `terms.${i}.parent`,
              `parent chain of "${term.slug}" loops back to itself (${[...seen, term.slug].join(' → ')})`, 'Break the loop: a term cannot be its own ancestor.'));
          }
          break;
        }
        seen.add(cursor.slug);
        cursor = cursor.parent ? vocab.terms.get(cursor.parent) : undefined;
      }
    });
    index.set(taxonomy.id, vocab);
  }
  for (const id of Object.keys(TAXONOMY_FIELDS) as TaxonomyId[]) {
    if (!index.has(id)) {
      diagnostics.push(diagnostic(`taxonomies/${id}.yaml`, { line: 1, column: 1 }, 'error', 'taxonomy-missing', '', `vocabulary "${id}" is missing`, `Restore taxonomies/${id}.yaml.`));
    }
  }
  return { index, diagnostics };
}

export function resolveTerm(vocab: Vocabulary, value: string): TaxonomyTerm | undefined {
  const slug = vocab.lookup.get(fold(value));
  return slug ? vocab.terms.get(slug) : undefined;
}

export function suggestTerm(vocab: Vocabulary, value: string): string | null {
  const labels = [...vocab.terms.values()].flatMap((t) => [t.label, ...t.aliases]);
  const guess = nearest(value, labels);
  if (!guess) return null;
  const slug = vocab.lookup.get(fold(guess));
  return slug ? vocab.terms.get(slug)!.label : guess;
}

function hintTerm(vocab: Vocabulary, value: string): string {
  const guess = suggestTerm(vocab, value);
  return guess ? `Did you mean "${guess}" (${vocab.lookup.get(fold(guess))})?` : `Use the slug of a term defined in ${vocab.file}.`;
}

/** Parent first: [root, …, term]. */
export function ancestry(vocab: Vocabulary, slug: string): TaxonomyTerm[] {
  const chain: TaxonomyTerm[] = [];
  const seen = new Set<string>();
  let cursor = vocab.terms.get(slug);
  while (cursor && !seen.has(cursor.slug)) {
    seen.add(cursor.slug);
    chain.unshift(cursor);
    cursor = cursor.parent ? vocab.terms.get(cursor.parent) : undefined;
  }
  return chain;
}

/**
 * Terms in tree order, each followed by its narrower terms, with its depth (0 for a root). A term
 * whose parent is missing, or that sits on a parent cycle, is listed as a root after the others,
 * so every term appears exactly once even in a vocabulary that does not validate.
 */
export function termsInTreeOrder(terms: readonly TaxonomyTerm[]): { term: TaxonomyTerm; depth: number }[] {
  const slugs = new Set(terms.map((t) => t.slug));
  const out: { term: TaxonomyTerm; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | undefined, depth: number) => {
    for (const term of terms) {
      const effective = term.parent && slugs.has(term.parent) ? term.parent : undefined;
      if (effective !== parent || seen.has(term.slug)) continue;
      seen.add(term.slug);
      out.push({ term, depth });
      visit(term.slug, depth + 1);
    }
  };
  visit(undefined, 0);
  for (const term of terms) if (!seen.has(term.slug)) out.push({ term, depth: 0 });
  return out;
}

/**
 * The slugs a paper with these terms is filed under: the terms themselves and, in a rollup
 * vocabulary (models), every broader term too, each once, in first-seen order.
 */
export function filedUnder(vocab: Vocabulary, terms: readonly TaxonomyTerm[]): string[] {
  if (!ROLLUP_TAXONOMIES.includes(vocab.id as TaxonomyId)) return [...new Set(terms.map((t) => t.slug))];
  return [...new Set(terms.flatMap((t) => ancestry(vocab, t.slug).reverse().map((a) => a.slug)))];
}
