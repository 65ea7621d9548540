/**
 * Runs a Zod schema over parsed YAML and turns every issue into a Diagnostic placed on the
 * offending YAML node. Unknown fields are warnings with a did-you-mean, not silent drops.
 */
import type { Positions } from '../load/parse-yaml.ts';
import type { z } from 'zod';
import { suggestAuthorName } from '../../../schemas/author.ts';
import { authorFromFullName } from '../scaffold/author-names.ts';
import { diagnostic, type Diagnostic, type Located } from '../diagnostics.ts';
import { locate } from '../load/parse-yaml.ts';
import { nearest } from '../suggest.ts';

type AnyObjectSchema = z.ZodObject<z.ZodRawShape>;

export interface SchemaResult<T> {
  value: T | null;
  diagnostics: Diagnostic[];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cursor: unknown = data;
  for (const key of path) {
    if (cursor === null || typeof cursor !== 'object') return undefined;
    cursor = (cursor as Record<PropertyKey, unknown>)[key];
  }
  return cursor;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

type FieldMeta = { description?: string; examples?: unknown[] };

/** Field metadata (description, examples) as declared in schemas/. */
export function fieldMeta(schema: AnyObjectSchema, field: string): FieldMeta {
  const child = schema.shape[field] as z.ZodType | undefined;
  return (child?.meta() as FieldMeta | undefined) ?? {};
}

/** The metadata of the deepest field on `path` that has some ("credibility.rating" → rating's own). */
function metaAt(schema: AnyObjectSchema, path: readonly PropertyKey[]): { field: string; meta: FieldMeta } {
  let found = { field: String(path[0]), meta: fieldMeta(schema, String(path[0])) };
  let cursor = schema.shape[String(path[0])] as z.ZodType | undefined;
  for (const key of path.slice(1)) {
    // Through .optional()/.default() wrappers to the object holding the next field.
    while (cursor && 'innerType' in cursor.def) cursor = (cursor.def as { innerType: z.ZodType }).innerType;
    if (typeof key !== 'string' || !cursor || !('shape' in cursor)) break;
    cursor = (cursor as AnyObjectSchema).shape[key] as z.ZodType | undefined;
    const meta = (cursor?.meta() as FieldMeta | undefined) ?? {};
    if (meta.description) found = { field: key, meta };
  }
  return found;
}

/** "Evan Hubinger" → ["Hubinger, E.", "Hubinger, Evan"]; "Hubinger E." → ["Hubinger, E."]. */
function authorSuggestions(value: string): string[] {
  const surnameThenInitials = /^(\p{Lu}[\p{L}\p{M}'’-]+),? ((?:\p{Lu}\.? ?)+)$/u.exec(value.trim());
  if (surnameThenInitials) {
    const initials = [...surnameThenInitials[2].replace(/[.\s]/g, '')].map((c) => `${c}.`).join(' ');
    return [`${surnameThenInitials[1]}, ${initials}`];
  }
  const converted = authorFromFullName(value);
  if (!converted.ok || value.includes(',')) return [];
  const full = suggestAuthorName(value);
  return full && full !== converted.name ? [converted.name, full] : [converted.name];
}

function hintFor(schema: AnyObjectSchema, path: readonly PropertyKey[], value: unknown): string {
  const field = String(path[0]);
  if (field === 'authors' && typeof value === 'string') {
    const [initials, full] = authorSuggestions(value);
    const rule = 'surname first, then a comma and the initials or given names; only an organisation goes in braces, e.g. "{OpenAI}".';
    if (initials) return `Write "${initials}"${full ? ` (or "${full}")` : ''}: ${rule}`;
    return `Write "Surname, Given", e.g. "Hubinger, E." or "van der Weij, Teun": ${rule}`;
  }
  if (field === 'arxiv' && typeof value === 'string' && /^arxiv:/i.test(value)) return `Drop the prefix: "${value.replace(/^arxiv:\s*/i, '')}".`;
  if (field === 'doi' && typeof value === 'string' && /doi\.org\//i.test(value)) return `Drop the resolver: "${value.replace(/^.*doi\.org\//i, '')}".`;
  if (field === 'arxiv' && typeof value === 'number') return `Put the ID in double quotes: arxiv: "${value}" (check the digits: YAML drops trailing zeros).`;
  const { field: named, meta } = metaAt(schema, path);
  const example = meta.examples?.[0];
  const parts = [];
  if (meta.description) parts.push(meta.description);
  if (example !== undefined) parts.push(`Example: ${named}: ${JSON.stringify(example).replace(/","/g, '", "')}`);
  return parts.join(' ') || `See the field reference in CONTRIBUTING.md for "${named}".`;
}

export function checkSchema<S extends AnyObjectSchema>(
  file: string,
  schema: S,
  data: Record<string, unknown>,
  positions: Positions,
  what: string,
): SchemaResult<z.output<S>> {
  const diagnostics: Diagnostic[] = [];
  const known = Object.keys(schema.shape);
  for (const key of Object.keys(data)) {
    if (known.includes(key)) continue;
    const guess = nearest(key, known);
    diagnostics.push(diagnostic(file, positions.get(`${key}#key`) ?? locate(positions, [key]), 'warning', 'unknown-field', key,
      `unknown field "${key}" in a ${what}${guess ? `; did you mean "${guess}"?` : ''}`,
      guess ? `Rename it to "${guess}".` : `Remove it, or see the field reference in CONTRIBUTING.md for the ${what} fields.`));
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { value: parsed.data, diagnostics };
  for (const issue of parsed.error.issues) {
    const path = issue.path;
    const field = path.map(String).join('.');
    const value = valueAt(data, path);
    const missing = value === undefined;
    const at = locate(positions, path.map((p) => (typeof p === 'number' ? p : String(p))));
    // List items are counted from 1 for people ("item 2 of authors"); `field` keeps the 0-based path.
    const index = path.length === 2 && typeof path[1] === 'number' ? path[1] : -1;
    const message = missing
      ? `${field} is required`
      : index >= 0
        ? `item ${index + 1} of ${String(path[0])}, ${show(value)}, ${issue.message}`
        : `${field} ${show(value)} ${issue.message}`;
    diagnostics.push(diagnostic(file, at, 'error', missing ? 'field-required' : 'field-invalid', field, message, hintFor(schema, path, value)));
  }
  return { value: null, diagnostics };
}
