import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderJsonSchemas } from '../../src/lib/export/json-schemas.ts';
import { REPO_ROOT } from '../helpers/build-site.ts';

describe('schemas/json', () => {
  test.each(Object.entries(renderJsonSchemas()))('%s matches the Zod schema (run `npm run schemas` if not)', (name, text) => {
    expect(readFileSync(path.join(REPO_ROOT, 'schemas/json', name), 'utf8')).toBe(text);
  });

  test('the paper schema lists every field with a description', () => {
    const schema = JSON.parse(renderJsonSchemas()['paper.schema.json']);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['title', 'authors', 'arxiv', 'deception_types', 'cites', 'citekey']));
    for (const [field, prop] of Object.entries<{ description?: string }>(schema.properties)) expect(prop.description, field).toBeTruthy();
    expect(schema.required).toEqual(['title', 'authors', 'publication_year']);
  });
});
