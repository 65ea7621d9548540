/**
 * The evidence views: a model page groups its papers (its versions' too) by deception type with
 * elicitation and later responses, and the matrix counts papers per deception type and family.
 */
import { describe, expect, test } from 'vitest';
import { buildCitationGraph } from '../../src/lib/link/graph.ts';
import { evidenceMatrix, MATRIX_FAMILIES, modelEvidence, PAPERS_PER_GROUP } from '../../src/site/views/evidence.ts';
import { siteIndex } from '../../src/site/views/site-index.ts';
import { atlasOf, entryText } from '../helpers/atlas-fixture.ts';

const paper = (n: number, fields: Record<string, string>) => entryText({
  title: `"Paper ${n}"`, arxiv: `"2401.${String(n).padStart(5, '0')}"`, paper_url: `"https://arxiv.org/abs/2401.${String(n).padStart(5, '0')}"`,
  date: `2024-01-${String(10 + (n % 18)).padStart(2, '0')}`, ...fields,
});

function views(papers: Record<string, string>) {
  const atlas = atlasOf(papers);
  expect(atlas.diagnostics).toEqual([]);
  const index = siteIndex(atlas);
  const graph = buildCitationGraph(atlas);
  return { index, graph };
}

describe('what has been shown in a model', () => {
  const { index, graph } = views({
    'papers/opus-faking.md': paper(1, { deception_types: '["Alignment Faking"]', models: '["Claude 3 Opus"]', elicitation: '["Goal or Pressure in Context"]' }),
    'papers/sonnet-scheming.md': paper(2, { deception_types: '["Scheming", "Sandbagging"]', models: '["Claude 3.5 Sonnet", "GPT-4o"]', elicitation: '["Instructed"]' }),
    'papers/gpt-only.md': paper(3, { deception_types: '["Sycophancy"]', models: '["GPT-4"]' }),
    'papers/replication.md': paper(4, { deception_types: '["Alignment Faking"]', models: '["Llama 3"]', relations: '\n  - type: replicates\n    paper: opus-faking\n    note: "Section 3 re-runs the setup."' }),
  });

  test('a family page gathers its versions\' papers, grouped by deception type in tree order', () => {
    const groups = modelEvidence(index, graph, 'claude');
    expect(groups.map((g) => [g.type.slug, g.papers.map((p) => p.slug)])).toEqual([
      ['alignment-faking', ['opus-faking']],
      ['scheming', ['sonnet-scheming']],
      ['sandbagging', ['sonnet-scheming']],
    ]);
  });

  test('each paper says how the behaviour was obtained and what later papers state about it', () => {
    const [faking] = modelEvidence(index, graph, 'claude-3-opus');
    expect(faking.papers).toEqual([{ slug: 'opus-faking', title: 'Paper 1', year: 2024, elicitation: ['Goal or Pressure in Context'],
      responses: [{ heading: 'Replicated by', slug: 'replication', title: 'Paper 4' }], moreResponses: 0 }]);
  });

  test('a version page does not list its siblings\' papers', () => {
    expect(modelEvidence(index, graph, 'claude-3-opus').flatMap((g) => g.papers.map((p) => p.slug))).toEqual(['opus-faking']);
    expect(modelEvidence(index, graph, 'gemini')).toEqual([]);
  });

  test('a group lists at most a fixed number of papers and counts them all', () => {
    const many = Object.fromEntries(Array.from({ length: PAPERS_PER_GROUP + 3 }, (_, i) => [`papers/p${i}.md`, paper(i + 10, { models: '["GPT-4"]' })]));
    const v = views(many);
    const [group] = modelEvidence(v.index, v.graph, 'gpt');
    expect([group.total, group.papers.length]).toEqual([PAPERS_PER_GROUP + 3, PAPERS_PER_GROUP]);
  });
});

describe('the behaviour × model matrix', () => {
  test('counts papers per deception type and family; each cell links to the family page at the type', () => {
    const { index, graph } = views({
      'papers/a.md': paper(1, { deception_types: '["Sycophancy"]', models: '["Claude 3 Opus", "GPT-4"]' }),
      'papers/b.md': paper(2, { deception_types: '["Sycophancy"]', models: '["Claude 2"]' }),
      'papers/c.md': paper(3, { deception_types: '["Lying"]', models: '["GPT-4o"]', elicitation: '["Instructed"]' }),
      'papers/d.md': paper(4, { deception_types: '["Lying"]' }),
    });
    const m = evidenceMatrix(index, graph);
    expect(m.families.map((f) => [f.slug, f.papers])).toEqual([['claude', 2], ['gpt', 2]]);
    expect([m.papersWithModels, m.papers]).toEqual([3, 4]);
    const row = (slug: string) => m.rows.find((r) => r.type.slug === slug)!;
    expect(row('sycophancy').cells.map((c) => c.total)).toEqual([2, 1]);
    expect(row('lying').cells.map((c) => [c.total, c.href, c.papers.map((p) => p.elicitation)])).toEqual([[0, '/models/claude/#lying', []], [1, '/models/gpt/#lying', [['Instructed']]]]);
    // Types no paper with models carries have no row.
    expect(m.rows.map((r) => r.type.slug)).toEqual(['lying', 'sycophancy']);
  });

  test(`past ${MATRIX_FAMILIES} families, the rest share one column`, () => {
    const families = ['Claude 3 Opus', 'GPT-4', 'o1', 'Gemini', 'Llama 3', 'DeepSeek-R1', 'Gemma', 'PaLM', 'Vicuna', 'Mistral', 'Qwen', 'Grok', 'Pythia', 'GPT-J'];
    const { index, graph } = views(Object.fromEntries(families.map((m, i) => [`papers/m${i}.md`, paper(i + 1, { models: JSON.stringify([m]) })])));
    const m = evidenceMatrix(index, graph);
    expect(m.families).toHaveLength(MATRIX_FAMILIES);
    const [row] = m.rows;
    expect(row.other.total).toBe(families.length - MATRIX_FAMILIES);
    expect(row.other.href).toBeNull();
  });
});
