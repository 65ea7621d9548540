/**
 * Checks the `type` of each item of an entry's `relations:` against RELATION_TYPES. Runs on the raw
 * frontmatter, like the term check, so a misspelt type is reported in the same run as everything
 * else, including the linker's checks of the item's paper.
 */
import { isRelationType, RELATION_TYPES } from '../../../schemas/paper.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import type { Positions } from '../load/parse-yaml.ts';
import { nearest } from '../suggest.ts';

const TYPES = Object.keys(RELATION_TYPES);

export function checkRelationTypes(file: string, data: Record<string, unknown>, positions: Positions): Diagnostic[] {
  if (!Array.isArray(data.relations)) return [];
  const diagnostics: Diagnostic[] = [];
  data.relations.forEach((item: unknown, i: number) => {
    const type = item !== null && typeof item === 'object' ? (item as Record<string, unknown>).type : undefined;
    if (typeof type !== 'string' || type.trim() === '' || isRelationType(type.trim())) return;
    const guess = nearest(type, TYPES);
    const at = positions.get(`relations.${i}.type`) ?? positions.get(`relations.${i}`) ?? positions.get('relations') ?? { line: 1, column: 1 };
    diagnostics.push(diagnostic(file, at, 'error', 'unknown-relation-type', `relations.${i}.type`,
      `"${type}" is not a relation type${guess ? `; did you mean "${guess}"?` : ''}`,
      `Use one of: ${TYPES.join(', ')} (CONTRIBUTING.md, "Relations to other papers").`));
  });
  return diagnostics;
}
