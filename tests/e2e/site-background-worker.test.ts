/**
 * The worker of a cold build (src/site/background-work.ts) only saves time: the build it helps
 * must give, byte for byte, the files of the reference build the browser tests use (no cache,
 * no worker: tests/helpers/build-site.ts).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { buildSite, REPO_ROOT, siteFiles } from '../helpers/build-site.ts';

test('the background worker of a cold build changes nothing in the built site', () => {
  const out = path.join(REPO_ROOT, '.cache/e2e/background-worker');
  const cache = `${out}.build-cache`;
  rmSync(cache, { recursive: true, force: true });
  const built = buildSite(REPO_ROOT, out, { verbose: true, env: { ATLAS_CACHE_DIR: cache } });
  expect(built.status, built.output).toBe(0);
  expectSameFiles(built.outDir, inject('realSite'));
});

function expectSameFiles(actualDir: string, expectedDir: string): void {
  const expected = siteFiles(expectedDir);
  const actual = siteFiles(actualDir);
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  const differing = [...expected].filter(([name, bytes]) => !bytes.equals(actual.get(name)!)).map(([name]) => name);
  expect(differing).toEqual([]);
}
