import { describe, expect, test } from 'vitest';
import { applyFacets } from '../../src/lib/search/facets.ts';
import { emptyFilters } from '../../src/lib/search/url-state.ts';
import { atlasOf, entryText } from '../helpers/atlas-fixture.ts';
import { engineFor } from './engine-fixture.ts';

const atlas = atlasOf({
  'papers/a.md': entryText({ arxiv: '"2401.00001"', publication_year: '2023', deception_types: '["Sycophancy"]', research_areas: '["AI Safety"]' }),
  'papers/b.md': entryText({ arxiv: '"2401.00002"', publication_year: '2024', deception_types: '["Sycophancy", "Lying"]', research_areas: '["Interpretability"]' }),
  'papers/c.md': entryText({ arxiv: '"2401.00003"', publication_year: '2024', deception_types: '["Backdoors"]', research_areas: '["AI Safety"]' }),
});
const { meta } = engineFor(atlas).engine;
const all = [0, 1, 2];
const counts = (facets: ReturnType<typeof applyFacets>['facets'], param: string) =>
  Object.fromEntries(facets.find((f) => f.param === param)!.values.map((v) => [v.value, [v.count, v.selected]]));

describe('facets', () => {
  test('without filters, every document is kept and counted', () => {
    const { docs, facets } = applyFacets(meta, all, emptyFilters());
    expect(docs).toEqual(all);
    expect(counts(facets, 'type')).toEqual({ sycophancy: [2, false], lying: [1, false], backdoors: [1, false] });
    expect(counts(facets, 'year')).toEqual({ 2024: [2, false], 2023: [1, false] });
    expect(facets.find((f) => f.param === 'year')!.values.map((v) => v.value)).toEqual(['2024', '2023']);
  });

  test('values of one facet combine with OR, facets with AND', () => {
    expect(applyFacets(meta, all, { ...emptyFilters(), type: ['lying', 'backdoors'] }).docs).toEqual([1, 2]);
    expect(applyFacets(meta, all, { ...emptyFilters(), type: ['sycophancy'], year: ['2024'] }).docs).toEqual([1]);
    expect(applyFacets(meta, all, { ...emptyFilters(), area: ['interpretability'], year: ['2023'] }).docs).toEqual([]);
  });

  test('a facet’s counts ignore its own selection but honour the others', () => {
    const { facets } = applyFacets(meta, all, { ...emptyFilters(), type: ['sycophancy'], year: ['2024'] });
    expect(counts(facets, 'type')).toEqual({ sycophancy: [1, true], lying: [1, false], backdoors: [1, false] });
    expect(counts(facets, 'year')).toEqual({ 2024: [1, true], 2023: [1, false] });
    expect(counts(facets, 'area')).toEqual({ interpretability: [1, false] });
  });

  test('a selected value with no documents stays visible, so it can be unticked', () => {
    const { docs, facets } = applyFacets(meta, [0], { ...emptyFilters(), type: ['backdoors'], year: ['1999'] });
    expect(docs).toEqual([]);
    expect(counts(facets, 'type').backdoors).toEqual([0, true]);
    expect(counts(facets, 'year')['1999']).toEqual([0, true]);
  });

  test('only the documents given are counted (the hits of a query)', () => {
    const { facets } = applyFacets(meta, [2], emptyFilters());
    expect(counts(facets, 'type')).toEqual({ backdoors: [1, false] });
  });
});
