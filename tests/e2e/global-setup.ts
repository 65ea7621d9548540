/**
 * Builds the sites the browser tests need once per run: the real atlas (as a reference build,
 * without cache or worker threads), and a fixture atlas
 * holding the original seed entry verbatim plus hostile entries. Their folders are provided to
 * tests as `realSite` and `fixtureSite`.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSiteInBackground, checkedBuild, REFERENCE_BUILD, REPO_ROOT } from '../helpers/build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    realSite: string;
    fixtureSite: string;
  }
}

export default async function setup(project: TestProject) {
  const out = path.join(REPO_ROOT, '.cache/e2e');
  // The fixture atlas uses the real vocabularies, so it is assembled rather than kept as a copy.
  const fixtureRoot = path.join(out, 'fixture-content');
  rmSync(fixtureRoot, { recursive: true, force: true });
  mkdirSync(fixtureRoot, { recursive: true });
  cpSync(path.join(REPO_ROOT, 'taxonomies'), path.join(fixtureRoot, 'taxonomies'), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'tests/fixtures/site'), fixtureRoot, { recursive: true });
  // Both at once: each build is mostly one thread, and the machines have two cores.
  const [real, fixture] = await Promise.all([
    // The reference build (no cache, no worker): the worker test compares worker builds with it.
    buildSiteInBackground(REPO_ROOT, path.join(out, 'real'), REFERENCE_BUILD).then((built) => checkedBuild(built, 'the real site')),
    buildSiteInBackground(fixtureRoot, path.join(out, 'fixture')).then((built) => checkedBuild(built, 'the fixture site')),
  ]);
  project.provide('realSite', real);
  project.provide('fixtureSite', fixture);
}
