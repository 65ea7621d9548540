import { describe, expect, test } from 'vitest';
import { atlasOf, brief, entryText, taxonomySources } from '../helpers/atlas-fixture.ts';

const realTaxonomies = Object.fromEntries(taxonomySources().map((s) => [s.file, s.text]));

function withDeceptionTypes(yaml: string) {
  return { ...realTaxonomies, 'taxonomies/deception-types.yaml': yaml };
}

describe('taxonomy vocabularies', () => {
  test('a label, a slug or an alias (any case, any diacritics) resolves to the term', () => {
    for (const value of ['Sycophancy', 'sycophancy', 'Flattery', 'SYCOPHANTIC BEHAVIOR']) {
      const atlas = atlasOf({ 'papers/p.md': entryText({ deception_types: JSON.stringify([value]) }) });
      expect(atlas.diagnostics).toEqual([]);
      expect(atlas.papers[0].terms['deception-types'].map((t) => t.slug)).toEqual(['sycophancy']);
    }
  });

  test('an unknown term is an error on its own line, with the nearest term suggested', () => {
    const atlas = atlasOf({ 'papers/p.md': entryText({ deception_types: '["Sandbaging"]' }) });
    expect(brief(atlas)).toEqual([{ file: 'papers/p.md', line: 11, field: 'deception_types.0', code: 'unknown-term', severity: 'error' }]);
    expect(atlas.diagnostics[0].message).toContain('did you mean "Sandbagging"?');
  });

  test('a parent that does not exist is reported on the parent line', () => {
    const yaml = 'id: deception-types\nlabel: D\ndescription: d\nterms:\n  - slug: a\n    label: A\n    definition: x\n    parent: nowhere\n';
    const atlas = atlasOf({}, {}, withDeceptionTypes(yaml));
    expect(brief(atlas)).toEqual([{ file: 'taxonomies/deception-types.yaml', line: 8, field: 'terms.0.parent', code: 'unknown-parent', severity: 'error' }]);
  });

  test('a parent cycle is reported for each term on it', () => {
    const yaml = [
      'id: deception-types', 'label: D', 'description: d', 'terms:',
      '  - slug: a', '    label: A', '    definition: x', '    parent: b',
      '  - slug: b', '    label: B', '    definition: x', '    parent: a',
      '  - slug: c', '    label: C', '    definition: x', '    parent: a',
    ].join('\n');
    const atlas = atlasOf({}, {}, withDeceptionTypes(yaml));
    expect(brief(atlas).filter((d) => d.code === 'taxonomy-cycle')).toEqual([
      { file: 'taxonomies/deception-types.yaml', line: 8, field: 'terms.0.parent', code: 'taxonomy-cycle', severity: 'error' },
      { file: 'taxonomies/deception-types.yaml', line: 12, field: 'terms.1.parent', code: 'taxonomy-cycle', severity: 'error' },
    ]);
  });

  test('an alias claimed by two terms and an unknown related term are errors', () => {
    const yaml = [
      'id: deception-types', 'label: D', 'description: d', 'terms:',
      '  - slug: a', '    label: A', '    definition: x', '    aliases: [Shared]', '    related: [zzz]',
      '  - slug: b', '    label: B', '    definition: x', '    aliases: [shared]',
    ].join('\n');
    const codes = brief(atlasOf({}, {}, withDeceptionTypes(yaml))).map((d) => d.code).sort();
    expect(codes).toEqual(['duplicate-term', 'unknown-related']);
  });

  test('the repository vocabularies are clean', () => {
    expect(atlasOf({}).diagnostics).toEqual([]);
  });
});
