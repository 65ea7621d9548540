/**
 * Atlases for the export tests: the real one, and the hostile fixtures of
 * tests/fixtures/export/papers linked against the real vocabularies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildAtlas, loadAtlas, type Atlas } from '../../src/lib/atlas.ts';
import { REPO_ROOT } from '../helpers/build-site.ts';

export const FIXTURE_DIR = path.join(REPO_ROOT, 'tests/fixtures/export');

function readFolder(dir: string, ext: string, as: string) {
  return readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => ({ file: `${as}/${f}`, text: readFileSync(path.join(dir, f), 'utf8') }));
}

export function fixtureAtlas(): Atlas {
  return buildAtlas({
    papers: readFolder(path.join(FIXTURE_DIR, 'papers'), '.md', 'papers'),
    commentary: [],
    taxonomies: readFolder(path.join(REPO_ROOT, 'taxonomies'), '.yaml', 'taxonomies'),
  });
}

export function realAtlas(): Promise<Atlas> {
  return loadAtlas(REPO_ROOT);
}

export function errorsOf(atlas: Atlas): string[] {
  return atlas.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.message}`);
}
