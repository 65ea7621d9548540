/**
 * The evidence fields (models, elicitation, relations): each bad case is reported at the file and
 * line of the offending item, with a hint, all in one run.
 */
import { describe, expect, test } from 'vitest';
import { atlasOf, entryText } from '../helpers/atlas-fixture.ts';

const relations = (items: string) => `\n${items}`;
const other = () => entryText({ arxiv: '"2401.00002"', title: '"The Other Paper"', paper_url: '"https://arxiv.org/abs/2401.00002"' });

function codes(atlas: ReturnType<typeof atlasOf>) {
  return atlas.diagnostics.map(({ file, line, field, code, severity }) => ({ file, line, field, code, severity }));
}

describe('models and elicitation', () => {
  test('labels, slugs and API aliases resolve to one model term', () => {
    const atlas = atlasOf({ 'papers/p.md': entryText({ models: '["Claude 3 Opus", "claude-3-opus-20240229", "o1", "gpt-4o"]', elicitation: '["Goal or Pressure in Context"]' }) });
    expect(atlas.diagnostics).toEqual([]);
    const paper = atlas.papers[0];
    expect(paper.terms.models.map((t) => t.slug)).toEqual(['claude-3-opus', 'o1', 'gpt-4o']);
    expect(paper.terms.elicitation.map((t) => t.slug)).toEqual(['in-context-pressure']);
  });

  test('an unknown model is an error at its item with a did-you-mean', () => {
    const atlas = atlasOf({ 'papers/p.md': entryText({ models: '["Claude 3 Opsu"]' }) });
    const [d] = atlas.diagnostics;
    expect(codes(atlas)).toEqual([{ file: 'papers/p.md', line: 16, field: 'models.0', code: 'unknown-term', severity: 'error' }]);
    expect(d.message).toBe('"Claude 3 Opsu" is not a term in taxonomies/models.yaml; did you mean "Claude 3 Opus"?');
  });

  test('an unknown elicitation is an error at its item', () => {
    const atlas = atlasOf({ 'papers/p.md': entryText({ elicitation: '["Instructed", "Trained Inn on Purpose"]' }) });
    expect(codes(atlas)).toEqual([{ file: 'papers/p.md', line: 16, field: 'elicitation.1', code: 'unknown-term', severity: 'error' }]);
    expect(atlas.diagnostics[0].message).toContain('did you mean "Trained In on Purpose"');
  });
});

describe('relations', () => {
  test('a valid relation resolves its paper by arXiv ID and keeps its note', () => {
    const atlas = atlasOf({
      'papers/p.md': entryText({ relations: relations('  - type: extends\n    paper: "2401.00002"\n    note: "Section 2 says it extends the setup."') }),
      'papers/other.md': other(),
    });
    expect(atlas.diagnostics).toEqual([]);
    expect(atlas.papers.find((p) => p.slug === 'p')!.relations).toEqual([{ type: 'extends', slug: 'other', note: 'Section 2 says it extends the setup.' }]);
  });

  test('unknown type, unknown paper, itself and a repeat are each reported at their own line, all at once', () => {
    const atlas = atlasOf({
      'papers/p.md': entryText({
        relations: relations([
          '  - type: refutes', '    paper: other', '    note: "n"',
          '  - type: extends', '    paper: nosuchpaper', '    note: "n"',
          '  - type: critiques', '    paper: p', '    note: "n"',
          '  - type: extends', '    paper: other', '    note: "n"',
          '  - type: extends', '    paper: "2401.00002"', '    note: "n"',
        ].join('\n')),
      }),
      'papers/other.md': other(),
    });
    expect(codes(atlas)).toEqual(expect.arrayContaining([
      { file: 'papers/p.md', line: 17, field: 'relations.0.type', code: 'unknown-relation-type', severity: 'error' },
      { file: 'papers/p.md', line: 21, field: 'relations.1.paper', code: 'unknown-paper', severity: 'error' },
      { file: 'papers/p.md', line: 24, field: 'relations.2.paper', code: 'self-relation', severity: 'error' },
      { file: 'papers/p.md', line: 30, field: 'relations.4.paper', code: 'duplicate-relation', severity: 'error' },
    ]));
    const byCode = (c: string) => atlas.diagnostics.find((d) => d.code === c)!;
    expect(byCode('unknown-relation-type').hint).toContain('replicates, fails-to-replicate, extends, critiques, responds-to, uses-benchmark-of');
    expect(byCode('unknown-paper').message).toBe('related paper "nosuchpaper" matches no paper in the atlas');
    expect(byCode('duplicate-relation').message).toBe('"extends" 2401.00002 repeats relation 4 of this entry');
    expect(atlas.diagnostics.every((d) => d.hint.trim().length > 0)).toBe(true);
  });

  test('a relation without a note is refused: a relation is a claim the paper makes', () => {
    const atlas = atlasOf({ 'papers/p.md': entryText({ relations: relations('  - type: extends\n    paper: other') }), 'papers/other.md': other() });
    expect(codes(atlas)).toEqual([{ file: 'papers/p.md', line: 17, field: 'relations.0.note', code: expect.any(String), severity: 'error' }]);
  });
});
