/**
 * The bench's synthetic corpus is in the entry format: it validates with no error, so the bench
 * measures real builds, and it exercises every evidence field.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeSyntheticCorpus } from '../../bench/synthetic-corpus.ts';
import { loadAtlas } from '../../src/lib/atlas.ts';
import { REPO_ROOT } from '../helpers/build-site.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'atlas-synthetic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a 200-entry synthetic corpus validates, with models, elicitation, relations and commentary', async () => {
  writeSyntheticCorpus(REPO_ROOT, dir, { entries: 200 });
  const atlas = await loadAtlas(dir);
  expect(atlas.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(atlas.papers).toHaveLength(200);
  expect(atlas.papers.filter((p) => p.terms.models.length > 0).length).toBeGreaterThan(100);
  expect(atlas.papers.filter((p) => p.relations.length > 0).length).toBeGreaterThan(5);
  expect(atlas.commentary.length).toBeGreaterThan(0);
});

test('the realistic-authors corpus differs only in its author lists, which have diacritics and long lists', async () => {
  const realistic = mkdtempSync(path.join(tmpdir(), 'atlas-synthetic-'));
  try {
    writeSyntheticCorpus(REPO_ROOT, realistic, { entries: 200, authors: 'realistic' });
    const [plain, rich] = await Promise.all([loadAtlas(dir), loadAtlas(realistic)]);
    expect(rich.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(rich.papers.map((p) => p.meta.title)).toEqual(plain.papers.map((p) => p.meta.title));
    const authors = rich.papers.map((p) => p.meta.authors);
    expect(authors.some((a) => a.length > 20)).toBe(true);
    expect(authors.flat().some((name) => /[^\x00-\x7f]/.test(name))).toBe(true);
    expect(authors.flat().length / authors.length).toBeGreaterThan(plain.papers.flatMap((p) => p.meta.authors).length / plain.papers.length);
  } finally {
    rmSync(realistic, { recursive: true, force: true });
  }
});
