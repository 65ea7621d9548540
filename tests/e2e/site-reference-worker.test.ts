/**
 * A cold build of a large atlas formats references in a worker (src/site/reference-work.ts).
 * Forced on for the real atlas (ATLAS_BACKGROUND_MAX_PAPERS=0), the build must give exactly the
 * files, byte for byte, of the ordinary build the browser tests use, with the worker having
 * formatted some of the references.
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

  const expected = siteFiles(inject('realSite'));
  const actual = siteFiles(built.outDir);
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  const differing = [...expected].filter(([name, bytes]) => !bytes.equals(actual.get(name)!)).map(([name]) => name);
  expect(differing).toEqual([]);
});
