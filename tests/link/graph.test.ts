import { describe, expect, test } from 'vitest';
import { buildCitationGraph, type CitationGraph } from '../../src/lib/link/graph.ts';
import { atlasOf, brief, entryText } from '../helpers/atlas-fixture.ts';

const commentaryText = (id: string, about: string, extra: Record<string, string | null> = {}, body = '## Summary\n\nText.\n') => {
  const fields: Record<string, string | null> = {
    id: `"${id}"`, kind: '"blog-post"', title: `"Post ${id}"`, authors: '["Someone"]', url: '""', date: '""',
    about, description: '"A post."', stance: '"supports"', credibility: '\n  rating: "good"\n  reason: "Why."', ...extra,
  };
  return `---\n${Object.entries(fields).filter(([, v]) => v !== null).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n${body}`;
};

/** Paper entries distinct enough not to collide: own arXiv ID, own title (so own citekey). */
const paper = (n: number, fields: Record<string, string> = {}, body?: string) =>
  entryText({ arxiv: `"2401.0000${n}"`, title: `"${['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta'][n]} Paper"`, ...fields }, body);

const cites = (g: CitationGraph) => g.edges.filter((e) => e.type === 'cites').map((e) => `${e.source} -> ${e.target}`);

describe('citation graph: paper → paper edges', () => {
  test('a cite by slug, citekey, arXiv ID (prefixed, versioned) and DOI each gives one cites edge', () => {
    const atlas = atlasOf({
      'papers/target.md': paper(0, { doi: '"10.1234/target"' }),
      'papers/by-slug.md': paper(1, { cites: '["target"]' }),
      'papers/by-key.md': paper(2, { cites: '["tester2024alpha"]' }),
      'papers/by-arxiv.md': paper(3, { cites: '["arXiv:2401.00000v2"]' }),
      'papers/by-doi.md': paper(4, { cites: '["https://doi.org/10.1234/TARGET"]' }),
    });
    expect(atlas.diagnostics).toEqual([]);
    const graph = buildCitationGraph(atlas);
    expect(cites(graph)).toEqual(['paper:by-arxiv -> paper:target', 'paper:by-doi -> paper:target', 'paper:by-key -> paper:target', 'paper:by-slug -> paper:target']);
    expect(graph.citedBy.get('target')).toEqual(['by-arxiv', 'by-doi', 'by-key', 'by-slug']);
  });

  test('in-text [@key] citations become cites edges, merged with cites: into one edge per pair', () => {
    const body = '\n## Summary\n\nAs shown [@target; @2401.00002, p. 3], and again [@target].\n\n## Key Findings\n\n- One.\n\n## Philosophical & CogSci Commentary\n\n### Conceptual Issues\n\nT.\n\n### Cognitive Parallels\n\nT.\n\n### Broader Implications\n\nT.\n';
    const atlas = atlasOf({
      'papers/target.md': paper(0),
      'papers/other.md': paper(2),
      'papers/citing.md': paper(1, { cites: '["target"]' }, body),
    });
    expect(atlas.diagnostics).toEqual([]);
    expect(cites(buildCitationGraph(atlas))).toEqual(['paper:citing -> paper:other', 'paper:citing -> paper:target']);
  });

  test('a dangling key is an error with file and line, and leaves no edge', () => {
    const body = '\n## Summary\n\nSee [@nobody2020ghost].\n\n## Key Findings\n\n- One.\n\n## Philosophical & CogSci Commentary\n\n### Conceptual Issues\n\nT.\n\n### Cognitive Parallels\n\nT.\n\n### Broader Implications\n\nT.\n';
    const atlas = atlasOf({ 'papers/a.md': paper(0, { cites: '["missing-paper"]' }, body), 'papers/b.md': paper(1) });
    expect(brief(atlas)).toEqual([
      { file: 'papers/a.md', line: 16, field: 'cites.0', code: 'unknown-paper', severity: 'error' },
      { file: 'papers/a.md', line: 21, field: '', code: 'unknown-citation', severity: 'error' },
    ]);
    expect(atlas.diagnostics[1].column).toBe(6);
    expect(cites(buildCitationGraph(atlas))).toEqual([]);
  });

  test('a self-citation is a warning and never an edge; a repeated cite gives one edge', () => {
    const atlas = atlasOf({ 'papers/a.md': paper(0, { cites: '["a", "b", "2401.00001", "tester2024beta"]' }), 'papers/b.md': paper(1) });
    expect(brief(atlas).map((d) => d.code)).toEqual(['self-citation', 'duplicate-citation', 'duplicate-citation']);
    const graph = buildCitationGraph(atlas);
    expect(cites(graph)).toEqual(['paper:a -> paper:b']);
    expect(graph.citedBy.get('a')).toBeUndefined();
  });

  test('one paper cited under two keys in one text is a warning at the later key, which names the first', () => {
    const body = '\n## Summary\n\nSee [@b] and [@tester2024beta], then [@b] again and [@arXiv:2401.00001].\n\n## Key Findings\n\n- One.\n\n## Philosophical & CogSci Commentary\n\n### Conceptual Issues\n\nT.\n\n### Cognitive Parallels\n\nT.\n\n### Broader Implications\n\nT.\n';
    const atlas = atlasOf({ 'papers/a.md': paper(0, {}, body), 'papers/b.md': paper(1) });
    const warnings = atlas.diagnostics.filter((d) => d.code === 'citation-key-varies');
    expect(warnings.map((d) => [d.file, d.line, d.severity])).toEqual([['papers/a.md', 20, 'warning'], ['papers/a.md', 20, 'warning']]);
    expect(warnings[0].message).toContain('[@tester2024beta] names the same paper as [@b]');
    expect(warnings[0].hint).toBe('Cite it as [@b] throughout.');
    expect(warnings[1].message).toContain('[@arXiv:2401.00001]');
    expect(cites(buildCitationGraph(atlas))).toEqual(['paper:a -> paper:b']);
  });

  test('cycles are kept as they are (a → b → c → a, and a ↔ b)', () => {
    const atlas = atlasOf({
      'papers/a.md': paper(0, { cites: '["b"]' }),
      'papers/b.md': paper(1, { cites: '["c", "a"]' }),
      'papers/c.md': paper(2, { cites: '["a"]' }),
    });
    const graph = buildCitationGraph(atlas);
    expect(cites(graph)).toEqual(['paper:a -> paper:b', 'paper:b -> paper:a', 'paper:b -> paper:c', 'paper:c -> paper:a']);
    expect(graph.citedBy.get('a')).toEqual(['b', 'c']);
    expect(graph.cites.get('b')).toEqual(['a', 'c']);
  });

  test('drafts are left out, with every edge that touches them, unless asked for', () => {
    const atlas = atlasOf({
      'papers/a.md': paper(0, { cites: '["d"]' }),
      'papers/d.md': paper(1, { draft: 'true', cites: '["a"]' }),
    });
    expect(brief(atlas)).toEqual([]);
    const published = buildCitationGraph(atlas);
    expect([...published.papers.keys()]).toEqual(['a']);
    expect(cites(published)).toEqual([]);
    expect(cites(buildCitationGraph(atlas, { includeDrafts: true }))).toEqual(['paper:a -> paper:d', 'paper:d -> paper:a']);
  });
});

describe('citation graph: commentary and terms', () => {
  test('commentary discusses what its about: names and what its text cites, once per paper', () => {
    const atlas = atlasOf(
      { 'papers/a.md': paper(0), 'papers/b.md': paper(1), 'papers/c.md': paper(2) },
      {
        'commentary/post.md': commentaryText('post', '["a", "2401.00001"]'),
        'commentary/essay.md': commentaryText('essay', '["a"]', { kind: '"editorial-essay"', credibility: null }, '## Summary\n\nCompare [@c] with [@a].\n'),
      },
    );
    expect(brief(atlas)).toEqual([]);
    const graph = buildCitationGraph(atlas);
    expect(graph.edges.filter((e) => e.type === 'discusses').map((e) => `${e.source} -> ${e.target}`)).toEqual([
      'commentary:essay -> paper:a', 'commentary:essay -> paper:c', 'commentary:post -> paper:a', 'commentary:post -> paper:b',
    ]);
    expect(graph.discussedIn.get('a')).toEqual(['essay', 'post']);
    expect(graph.commentary.get('post')!.rating).toBe('good');
    expect(graph.commentary.get('essay')!.rating).toBeNull();
  });

  test('papers are classified as their terms, and terms on the same paper co-occur with a count', () => {
    const atlas = atlasOf({
      'papers/a.md': paper(0, { deception_types: '["Sycophancy", "Lying"]' }),
      'papers/b.md': paper(1, { deception_types: '["Sycophancy", "Lying"]' }),
      'papers/c.md': paper(2, { deception_types: '["Sycophancy"]' }),
    });
    const graph = buildCitationGraph(atlas);
    const classified = graph.edges.filter((e) => e.type === 'classified-as' && e.source === 'paper:a').map((e) => e.target);
    expect(classified).toEqual(['term:deception-types/lying', 'term:deception-types/sycophancy', 'term:research-areas/ai-safety', 'term:system-types/large-language-models']);
    const weight = (s: string, t: string) => graph.edges.find((e) => e.type === 'co-occurs' && e.source === s && e.target === t)?.weight;
    expect(weight('term:deception-types/lying', 'term:deception-types/sycophancy')).toBe(2);
    expect(weight('term:deception-types/sycophancy', 'term:research-areas/ai-safety')).toBe(3);
    expect(graph.papersOfTerm.get('term:deception-types/lying')).toEqual(['a', 'b']);
    // Every term of every vocabulary is a node, used or not.
    expect(graph.nodes.some((n) => n.id === 'term:deception-types/backdoors')).toBe(true);
  });

  test('nodes and edges come out in one order whatever the input order', () => {
    const files = {
      'papers/a.md': paper(0, { cites: '["b", "c"]' }),
      'papers/b.md': paper(1, { cites: '["c"]' }),
      'papers/c.md': paper(2),
    };
    const forward = atlasOf(files);
    const reversed = { ...forward, papers: [...forward.papers].reverse() };
    expect(JSON.stringify(buildCitationGraph(reversed).edges)).toBe(JSON.stringify(buildCitationGraph(forward).edges));
    expect(buildCitationGraph(forward).nodes.map((n) => n.id)).toEqual([...buildCitationGraph(forward).nodes.map((n) => n.id)].sort());
  });
});
