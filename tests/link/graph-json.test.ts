import { describe, expect, test } from 'vitest';
import { buildCitationGraph } from '../../src/lib/link/graph.ts';
import { GRAPH_JSON_VERSION, toGraphJson } from '../../src/lib/link/graph-json.ts';
import { layoutCitationGraph } from '../../src/lib/link/graph-layout.ts';
import { atlasOf, entryText } from '../helpers/atlas-fixture.ts';

const WORDS = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon'];
const paper = (n: number, fields: Record<string, string> = {}) => entryText({ arxiv: `"2401.0000${n}"`, title: `"${WORDS[n]} Paper"`, ...fields });
const post = `---\nid: "post"\nkind: "newsletter"\ntitle: "A <b>post</b>"\noutlet: "Letters"\nurl: "https://example.org/post"\ndate: ""\nabout: ["a"]\ndescription: "A post."\nstance: "mixed"\ncredibility:\n  rating: "high"\n  reason: "Why."\n---\n\n## Summary\n\nText.\n`;

const atlas = atlasOf(
  {
    'papers/a.md': paper(0),
    'papers/b.md': paper(1, { cites: '["a"]' }),
    'papers/c.md': paper(2, { cites: '["a", "b"]' }),
    'papers/d.md': paper(3, { cites: '["c"]' }),
    'papers/e.md': paper(4),
  },
  { 'commentary/post.md': post },
);
const graph = buildCitationGraph(atlas);

describe('build-time layout', () => {
  test('gives every paper finite coordinates within ±1000, the same on every run', () => {
    const first = layoutCitationGraph(graph);
    expect([...first.keys()]).toEqual(['a', 'b', 'c', 'd', 'e']);
    for (const { x, y } of first.values()) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.max(Math.abs(x), Math.abs(y))).toBeLessThanOrEqual(1000);
    }
    expect(Math.max(...[...first.values()].flatMap((p) => [Math.abs(p.x), Math.abs(p.y)]))).toBe(1000);
    expect([...layoutCitationGraph(graph)]).toEqual([...first]);
  });

  test('pulls citing papers closer than unrelated ones', () => {
    const at = layoutCitationGraph(graph);
    const dist = (s: string, t: string) => Math.hypot(at.get(s)!.x - at.get(t)!.x, at.get(s)!.y - at.get(t)!.y);
    expect(dist('a', 'b')).toBeLessThan(dist('a', 'e'));
  });
});

describe('/graph.json', () => {
  test('has the documented shape: version, counts, typed nodes with urls, typed edges', () => {
    const json = toGraphJson(graph, layoutCitationGraph(graph));
    expect(json.version).toBe(GRAPH_JSON_VERSION);
    expect(json.counts).toMatchObject({ papers: 5, commentary: 1, cites: 4, discusses: 1 });
    expect(json.counts.terms).toBe(json.nodes.filter((n) => n.type === 'term').length);
    const a = json.nodes.find((n) => n.id === 'paper:a')!;
    expect(a).toMatchObject({ type: 'paper', label: 'Alpha Paper', url: '/papers/a/', slug: 'a', citekey: 'tester2024alpha', year: 2024, primaryDeceptionType: 'sycophancy', citedBy: 2, cites: 0, discussedBy: 1 });
    expect(typeof (a as { x: number }).x).toBe('number');
    expect(json.nodes.find((n) => n.id === 'commentary:post')).toEqual({
      id: 'commentary:post', type: 'commentary', label: 'A <b>post</b>', url: '/commentary/post/', kind: 'newsletter', outlet: 'Letters', sourceUrl: 'https://example.org/post', rating: 'high',
    });
    expect(json.nodes.find((n) => n.id === 'term:deception-types/sycophancy')).toEqual({
      id: 'term:deception-types/sycophancy', type: 'term', label: 'Sycophancy', url: '/deception-types/sycophancy/', taxonomy: 'deception-types', slug: 'sycophancy', papers: 5,
    });
    expect(json.edges[0]).toEqual({ type: 'cites', source: 'paper:b', target: 'paper:a', weight: 1 });
    for (const edge of json.edges) {
      expect(json.nodes.some((n) => n.id === edge.source)).toBe(true);
      expect(json.nodes.some((n) => n.id === edge.target)).toBe(true);
    }
  });

  test('without a layout, coordinates are null rather than missing', () => {
    const a = toGraphJson(graph).nodes.find((n) => n.id === 'paper:a')!;
    expect(a).toMatchObject({ x: null, y: null });
  });

  test('serialises to the same bytes twice', () => {
    const once = JSON.stringify(toGraphJson(buildCitationGraph(atlas), layoutCitationGraph(buildCitationGraph(atlas))));
    const twice = JSON.stringify(toGraphJson(buildCitationGraph(atlas), layoutCitationGraph(buildCitationGraph(atlas))));
    expect(twice).toBe(once);
  });
});
