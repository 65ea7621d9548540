/**
 * Builds the sites the browser tests need once per run: the real atlas (as a reference build,
 * without cache or worker threads), and a fixture atlas
 * holding the original seed entry verbatim plus hostile entries. Their folders are provided to
 * tests as `realSite` and `fixtureSite`.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { builtSite, REFERENCE_BUILD, REPO_ROOT } from '../helpers/build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    realSite: string;
    fixtureSite: string;
  }
}

export default function setup(project: TestProject) {
  const out = path.join(REPO_ROOT, '.cache/e2e');
  // The reference build (no cache, no worker): the worker test compares worker builds with it.
  const real = builtSite(REPO_ROOT, path.join(out, 'real'), 'the real site', REFERENCE_BUILD);
  // The fixture atlas uses the real vocabularies, so it is assembled rather than kept as a copy.
  const fixtureRoot = path.join(out, 'fixture-content');
  rmSync(fixtureRoot, { recursive: true, force: true });
  mkdirSync(fixtureRoot, { recursive: true });
  cpSync(path.join(REPO_ROOT, 'taxonomies'), path.join(fixtureRoot, 'taxonomies'), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'tests/fixtures/site'), fixtureRoot, { recursive: true });
  const fixture = builtSite(fixtureRoot, path.join(out, 'fixture'), 'the fixture site');
  project.provide('realSite', real);
  project.provide('fixtureSite', fixture);
}
