/**
 * The fixture atlas in tests/fixtures/graph (fictional papers, commentary and a references.bib)
 * against its expected /graph.json: the documented shape, byte for byte. A missing expected
 * file fails; it is never written by the test.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadAtlas, type Atlas } from '../../src/lib/atlas.ts';
import { buildCitationGraph } from '../../src/lib/link/graph.ts';
import { toGraphJson } from '../../src/lib/link/graph-json.ts';
import { layoutCitationGraph } from '../../src/lib/link/graph-layout.ts';
import { REPO_ROOT } from '../helpers/build-site.ts';

const FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/graph');
let root: string;
let atlas: Atlas;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'atlas-graph-fixture-'));
  cpSync(FIXTURE, root, { recursive: true });
  cpSync(path.join(REPO_ROOT, 'taxonomies'), path.join(root, 'taxonomies'), { recursive: true });
  atlas = await loadAtlas(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('fixture atlas', () => {
  test('validates cleanly, with its references.bib works known', () => {
    expect(atlas.diagnostics).toEqual([]);
    expect(atlas.references.map((w) => w.key)).toEqual(['outside2000classic', 'hostile1999title']);
  });

  test('gives the expected /graph.json', () => {
    const expectedFile = path.join(FIXTURE, 'expected/graph.json');
    expect(existsSync(expectedFile), 'tests/fixtures/graph/expected/graph.json is missing').toBe(true);
    const graph = buildCitationGraph(atlas);
    const actual = `${JSON.stringify(toGraphJson(graph, layoutCitationGraph(graph)), null, 2)}\n`;
    expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
  });
});
