/**
 * JSON Schema files generated from the Zod schemas, for editors' frontmatter completion
 * (e.g. the VS Code YAML extension) and for other tools. Deterministic, so a test can say
 * when the committed files are stale.
 */
import { z } from 'zod';
import { CommentarySchema } from '../../../schemas/commentary.ts';
import { PaperSchema } from '../../../schemas/paper.ts';
import { TaxonomySchema } from '../../../schemas/taxonomy.ts';

export const JSON_SCHEMA_FILES = {
  'paper.schema.json': { schema: PaperSchema, title: 'Deception Atlas paper entry (frontmatter)' },
  'commentary.schema.json': { schema: CommentarySchema, title: 'Deception Atlas commentary record (frontmatter)' },
  'taxonomy.schema.json': { schema: TaxonomySchema, title: 'Deception Atlas taxonomy file' },
} as const;

export function renderJsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, { schema, title }] of Object.entries(JSON_SCHEMA_FILES)) {
    // io: 'input' describes what a contributor writes (defaults make fields optional).
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    out[name] = JSON.stringify({ $id: `https://deception-atlas.org/schemas/${name}`, title, ...json }, null, 2) + '\n';
  }
  return out;
}
