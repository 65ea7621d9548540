/**
 * Reads a Zod object schema as documentation: for each field, whether it is required, what kind
 * of value it takes, and the description and examples declared with `.meta()` in schemas/.
 */
import type { z } from 'zod';
import { AuthorSchema } from '../../../schemas/author.ts';
import { HttpUrlSchema, IsoDateSchema, OptionalHttpUrlSchema, OptionalIsoDateSchema, SlugSchema, StringListSchema } from '../../../schemas/common.ts';

export interface FieldDoc {
  name: string;
  required: 'yes' | 'no';
  /** The default a missing field takes, as YAML would write it; '' when none. */
  defaultValue: string;
  type: string;
  description: string;
  example: string;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
  checks?: unknown[];
  defaultValue?: unknown;
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;

// Shared building blocks, named as a contributor thinks of them. `.meta()` clones a schema but
// keeps its checks, so a clone is recognised by its first check.
const NAMED: [z.ZodType, string][] = [
  [IsoDateSchema, 'date YYYY-MM-DD'],
  [OptionalIsoDateSchema, 'date YYYY-MM-DD, or ""'],
  [HttpUrlSchema, 'web address (https://…)'],
  [OptionalHttpUrlSchema, 'web address (https://…), or ""'],
  [SlugSchema, 'slug (a-z, 0-9, -)'],
  [AuthorSchema, 'author'],
  [StringListSchema, 'list of text'],
];

const PLURALS: Record<string, string> = { 'author': 'authors', 'slug (a-z, 0-9, -)': 'slugs (a-z, 0-9, -)', 'text': 'text' };

function named(schema: z.ZodType): string | undefined {
  const def = defOf(schema);
  for (const [known, label] of NAMED) {
    if (schema === known) return label;
    const knownDef = defOf(known);
    if (def.type === knownDef.type && def.checks?.length && def.checks[0] === knownDef.checks?.[0]) return label;
  }
  return undefined;
}

function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; defaultValue: unknown } {
  let inner = schema;
  let optional = false;
  let defaultValue: unknown;
  for (let def = defOf(inner); (def.type === 'optional' || def.type === 'default') && def.innerType; def = defOf(inner)) {
    optional = true;
    if (def.type === 'default') defaultValue = def.defaultValue;
    inner = def.innerType;
  }
  return { inner, optional, defaultValue };
}

export function describeType(schema: z.ZodType): string {
  const { inner } = unwrap(schema);
  const known = named(inner);
  if (known) return known;
  const def = defOf(inner);
  switch (def.type) {
    case 'string': return 'text';
    case 'number': return 'number';
    case 'boolean': return 'true or false';
    case 'enum': return `one of: ${Object.values(def.entries ?? {}).join(', ')}`;
    case 'array': {
      const item = def.element ? describeType(def.element) : 'item';
      return `list of ${PLURALS[item] ?? item}`;
    }
    case 'object': return 'block (see below)';
    default: return def.type;
  }
}

function inline(value: unknown): string {
  return typeof value === 'string' || Array.isArray(value) ? JSON.stringify(value).replace(/","/g, '", "') : String(value);
}

export function describeFields(schema: z.ZodObject<z.ZodRawShape>): FieldDoc[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const child = field as z.ZodType;
    const meta = (child.meta() ?? {}) as { description?: string; examples?: unknown[] };
    const { optional, defaultValue } = unwrap(child);
    return {
      name,
      required: optional ? 'no' : 'yes',
      defaultValue: defaultValue === undefined ? '' : inline(defaultValue),
      type: describeType(child),
      description: meta.description ?? '',
      example: meta.examples?.length ? `${name}: ${inline(meta.examples[0])}` : '',
    };
  });
}
