import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { EXAMPLE_COMMENTARY, EXAMPLE_PAPER } from '../../src/cli/docs.ts';
import { npmRun } from '../cli/recorded-api.ts';
import { REPO_ROOT } from '../helpers/build-site.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('npm run docs -- --check fails on a stale guide, and npm run docs brings it back', async () => {
  root = mkdtempSync(path.join(tmpdir(), 'atlas-docs-'));
  cpSync(path.join(REPO_ROOT, 'taxonomies'), path.join(root, 'taxonomies'), { recursive: true });
  for (const file of [EXAMPLE_PAPER, EXAMPLE_COMMENTARY, 'CONTRIBUTING.md']) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    cpSync(path.join(REPO_ROOT, file), path.join(root, file));
  }
  const guide = path.join(root, 'CONTRIBUTING.md');
  const current = readFileSync(guide, 'utf8');
  writeFileSync(guide, current.replace('| `title` | yes |', '| `title` | no |'));

  const check = await npmRun('docs', ['--root', root, '--check']);
  expect(check.status).toBe(1);
  expect(check.stderr.trim()).toBe('CONTRIBUTING.md is out of date with schemas/, taxonomies/ or its example entries: run npm run docs and commit the result');

  const fix = await npmRun('docs', ['--root', root]);
  expect(fix.status).toBe(0);
  expect(readFileSync(guide, 'utf8')).toBe(current);
});
