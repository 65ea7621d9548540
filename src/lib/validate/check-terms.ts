/**
 * Checks an entry's taxonomy fields against the vocabularies. Runs on the raw frontmatter, so a
 * misspelt term is reported in the same run as any other mistake in the entry.
 */
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import type { Positions } from '../load/parse-yaml.ts';
import { resolveTerm, suggestTerm, type TaxonomyIndex } from '../link/taxonomy-index.ts';

export function checkTerms(file: string, data: Record<string, unknown>, positions: Positions, taxonomies: TaxonomyIndex): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const vocab of taxonomies.values()) {
    const values = data[vocab.field];
    if (!Array.isArray(values)) continue;
    values.forEach((value: unknown, i: number) => {
      if (typeof value !== 'string' || resolveTerm(vocab, value)) return;
      const guess = suggestTerm(vocab, value);
      const at = positions.get(`${vocab.field}.${i}`) ?? positions.get(vocab.field) ?? { line: 1, column: 1 };
      diagnostics.push(diagnostic(file, at, 'error', 'unknown-term', `${vocab.field}.${i}`,
        `"${value}" is not a term in ${vocab.file}${guess ? `; did you mean "${guess}"?` : ''}`,
        guess
          ? `Write "${guess}". If no existing term fits, propose one (CONTRIBUTING.md, "Proposing a taxonomy term").`
          : `Use a label, slug or alias from ${vocab.file}; CONTRIBUTING.md lists every term with its definition. If none fits, propose one (CONTRIBUTING.md, "Proposing a taxonomy term").`));
    });
  }
  const deception = taxonomies.get('deception-types');
  if (deception && data.draft !== true && Array.isArray(data.deception_types) && data.deception_types.length === 0) {
    diagnostics.push(diagnostic(file, positions.get('deception_types') ?? { line: 1, column: 1 }, 'error', 'field-required', 'deception_types',
      'deception_types must name at least one deception type', `Pick one to three terms from ${deception.file}; CONTRIBUTING.md, "Choosing deception types", explains how.`));
  }
  return diagnostics;
}
