import { expect, test } from 'vitest';
import type { TaxonomyTerm } from '../../schemas/taxonomy.ts';
import { termsInTreeOrder } from '../../src/lib/link/taxonomy-index.ts';

const term = (slug: string, parent?: string) => ({ slug, label: slug, definition: slug, aliases: [], related: [], ...(parent ? { parent } : {}) }) as unknown as TaxonomyTerm;

test('terms come in tree order with their depth; missing parents and cycles are listed once, as roots', () => {
  const order = termsInTreeOrder([term('b', 'a'), term('a'), term('c', 'b'), term('d'), term('x', 'gone'), term('p', 'q'), term('q', 'p')]);
  expect(order.map(({ term: t, depth }) => `${t.slug}:${depth}`)).toEqual(['a:0', 'b:1', 'c:2', 'd:0', 'x:0', 'p:0', 'q:0']);
});
