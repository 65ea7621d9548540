/**
 * The YAML reader has a fast path (js-yaml, core schema) and a careful one (yaml, with positions).
 * They must read the same data from any entry: for generated frontmatter of every value shape an
 * entry uses, and for every real entry, the two paths agree whenever the careful path accepts it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseYaml, parseYamlCarefully } from '../../src/lib/load/parse-yaml.ts';
import { splitFrontmatter } from '../../src/lib/load/split-frontmatter.ts';
import { REPO_ROOT } from '../helpers/build-site.ts';

const KEYS = ['title', 'date', 'draft', 'authors', 'publication_year', 'doi', 'arxiv', 'tags', 'summary', 'models', 'note', 'x'];
// Every way a value is written in entries: quoted text, plain words, numbers, booleans, dates,
// flow lists of quoted text, null, and block lists and maps (relations, credibility).
const quoted = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => JSON.stringify(s));
const plain = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .,()'-]{0,30}[A-Za-z0-9)]$/);
const scalar = fc.oneof(quoted, plain, fc.integer({ min: -5000, max: 5000 }).map(String), fc.constantFrom('true', 'false', 'null', '~', '""', '2024-01-10', '2401.05566', '1e3', '0x1F', '.5'));
const flowList = fc.array(quoted, { maxLength: 5 }).map((items) => `[${items.join(', ')}]`);
const blockList = fc.array(fc.tuple(scalar, scalar), { minLength: 1, maxLength: 3 }).map((items) => items.map(([a, b]) => `\n  - type: ${a}\n    note: ${b}`).join(''));
const value = fc.oneof(scalar, flowList, blockList);
const frontmatter = fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), value), { selector: ([k]) => k, maxLength: KEYS.length })
  .map((fields) => fields.map(([k, v]) => `${k}: ${v}`).join('\n'));

function agree(text: string): void {
  const careful = parseYamlCarefully('papers/x.md', text);
  if (careful.diagnostics.length > 0) return;
  expect(parseYaml('papers/x.md', text).data).toEqual(careful.data);
}

describe('fast and careful YAML paths', () => {
  test('read the same data from any generated frontmatter', () => {
    fc.assert(fc.property(frontmatter, (text) => agree(text)), { numRuns: 2000 });
  });

  test('read the same data from every real entry and record', () => {
    let checked = 0;
    for (const dir of ['papers', 'commentary']) {
      for (const name of readdirSync(path.join(REPO_ROOT, dir)).filter((f) => f.endsWith('.md'))) {
        const split = splitFrontmatter(`${dir}/${name}`, readFileSync(path.join(REPO_ROOT, dir, name), 'utf8'));
        expect(split.data, name).toBeDefined();
        const raw = readFileSync(path.join(REPO_ROOT, dir, name), 'utf8').split(/^---\s*$/m)[1];
        agree(raw);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });
});
