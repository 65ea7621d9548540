/**
 * The workers of a cold build only save time: each must give, byte for byte, the files of the
 * reference build the browser tests use (no cache, no worker: tests/helpers/build-site.ts).
 * - the references worker of a large atlas (src/site/reference-work.ts), forced on for the real
 *   atlas with ATLAS_BACKGROUND_MAX_PAPERS=0, having formatted some of the references;
 * - the background worker of an ordinary cold build (src/site/background-work.ts).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { buildSite, REPO_ROOT, siteFiles } from '../helpers/build-site.ts';

test('the references worker changes nothing in the built site', () => {
  const out = path.join(REPO_ROOT, '.cache/e2e/reference-worker');
  // An empty cache: the references are formatted, not read back from an earlier build.
  const cache = `${out}.build-cache`;
  rmSync(cache, { recursive: true, force: true });
  const built = buildSite(REPO_ROOT, out, { verbose: true, env: { ATLAS_BACKGROUND_MAX_PAPERS: '0', ATLAS_CACHE_DIR: cache } });
  expect(built.status, built.output).toBe(0);
  const shared = /a worker formatted (\d+) of (\d+) references, the pages (\d+)/.exec(built.output);
  expect(shared, built.output).not.toBeNull();
  const [byWorker, jobs, byPages] = shared!.slice(1).map(Number);
  expect(byWorker).toBeGreaterThan(0);
  expect(byWorker + byPages).toBe(jobs);

  expectSameFiles(built.outDir, inject('realSite'));
});

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
