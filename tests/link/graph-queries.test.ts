import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildCitationGraph } from '../../src/lib/link/graph.ts';
import { firstInOrder, mostCited, mostDiscussed, neighbourhood } from '../../src/lib/link/graph-queries.ts';
import { atlasOf, entryText } from '../helpers/atlas-fixture.ts';

const WORDS = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta'];
const paper = (n: number, fields: Record<string, string> = {}) =>
  entryText({ arxiv: `"2401.0000${n}"`, title: `"${WORDS[n]} Paper"`, publication_year: String(2018 + n), date: `${2018 + n}-01-10`, ...fields });

const post = (id: string, about: string) =>
  `---\nid: "${id}"\nkind: "blog-post"\ntitle: "Post"\nurl: ""\ndate: ""\nabout: ${about}\ndescription: "A post."\nstance: "summarises"\ncredibility:\n  rating: "low"\n  reason: "Why."\n---\n\n## Summary\n\nText.\n`;

// a is cited by b, c, d; b by c, d; d by e; e and f cite each other (a cycle).
const atlas = atlasOf(
  {
    'papers/a.md': paper(0),
    'papers/b.md': paper(1, { cites: '["a"]' }),
    'papers/c.md': paper(2, { cites: '["a", "b"]' }),
    'papers/d.md': paper(3, { cites: '["a", "b"]', deception_types: '["Lying"]' }),
    'papers/e.md': paper(4, { cites: '["d", "f"]', deception_types: '["Lying"]' }),
    'papers/f.md': paper(5, { cites: '["e"]' }),
  },
  { 'commentary/one.md': post('one', '["b", "f"]'), 'commentary/two.md': post('two', '["f"]') },
);
const graph = buildCitationGraph(atlas);
const slugs = (list: { paper: { slug: string }; count: number }[]) => list.map((r) => `${r.paper.slug}:${r.count}`);

describe('rankings', () => {
  test('most cited counts citing atlas papers, ties broken by newer year, and leaves out the uncited', () => {
    expect(atlas.diagnostics).toEqual([]);
    expect(slugs(mostCited(graph))).toEqual(['a:3', 'b:2', 'f:1', 'e:1', 'd:1']);
    expect(slugs(mostCited(graph, 2))).toEqual(['a:3', 'b:2']);
  });

  test('most cited within a term counts all citations but ranks only the term\'s papers', () => {
    expect(slugs(mostCited(graph, 10, graph.papersOfTerm.get('term:deception-types/lying')))).toEqual(['e:1', 'd:1']);
  });

  test('most discussed counts commentary records', () => {
    expect(slugs(mostDiscussed(graph))).toEqual(['f:2', 'b:1']);
  });
});

describe('neighbourhood', () => {
  test('lists what a paper cites and what cites it, newest first', () => {
    const n = neighbourhood(graph, 'b')!;
    expect(n.cites.map((p) => p.slug)).toEqual(['a']);
    expect(n.citedBy.map((p) => p.slug)).toEqual(['d', 'c']);
  });

  test('nearby papers are two steps away, ranked by the number of paths, never direct neighbours or itself', () => {
    // From d: direct a, b, e. Two steps: c (via a and via b), f (via e).
    expect(slugs(neighbourhood(graph, 'd')!.nearby)).toEqual(['c:2', 'f:1']);
  });

  test('a citation cycle (e ↔ f) neither loops nor lists a paper as its own neighbour', () => {
    const n = neighbourhood(graph, 'f')!;
    expect(n.cites.map((p) => p.slug)).toEqual(['e']);
    expect(n.citedBy.map((p) => p.slug)).toEqual(['e']);
    expect(slugs(n.nearby)).toEqual(['d:1']);
  });

  test('an unknown slug has no neighbourhood', () => {
    expect(neighbourhood(graph, 'nope')).toBeNull();
  });
});

describe('firstInOrder', () => {
  test('gives what sorting everything and slicing gives, for any input order and limit', () => {
    // Ties on the count are broken by the unique name, as the rankings break ties by slug.
    const order = (a: [number, string], b: [number, string]) => b[0] - a[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
    fc.assert(
      fc.property(fc.array(fc.nat(5)), fc.nat(50), (counts, limit) => {
        const items = counts.map((count, i): [number, string] => [count, `s${i}`]);
        expect(firstInOrder(items, limit, order)).toEqual([...items].sort(order).slice(0, limit));
      }),
      { numRuns: 500 },
    );
  });
});
