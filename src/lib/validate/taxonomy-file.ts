/** Validates one vocabulary file; links between terms are checked in link/taxonomy-index.ts. */
import type { Positions } from '../load/parse-yaml.ts';
import { TaxonomySchema, type Taxonomy } from '../../../schemas/taxonomy.ts';
import type { Diagnostic, Located } from '../diagnostics.ts';
import type { SourceText } from '../load/decode-source.ts';
import { parseYaml } from '../load/parse-yaml.ts';
import { diagnostic } from '../diagnostics.ts';
import { checkSchema } from './schema-issues.ts';

export interface TaxonomyFile {
  file: string;
  taxonomy: Taxonomy;
  positions: Positions;
}

export function validateTaxonomy(source: SourceText): { entry: TaxonomyFile | null; diagnostics: Diagnostic[] } {
  const yaml = parseYaml(source.file, source.text);
  if (yaml.data === undefined) return { entry: null, diagnostics: yaml.diagnostics };
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    return { entry: null, diagnostics: [diagnostic(source.file, { line: 1, column: 1 }, 'error', 'yaml-not-mapping', '', 'a taxonomy file must be a mapping with id, label, description and terms', 'See taxonomies/deception-types.yaml for the shape.')] };
  }
  const checked = checkSchema(source.file, TaxonomySchema, yaml.data as Record<string, unknown>, yaml.positions, 'taxonomy');
  if (!checked.value) return { entry: null, diagnostics: checked.diagnostics };
  return { entry: { file: source.file, taxonomy: checked.value, positions: yaml.positions }, diagnostics: checked.diagnostics };
}
