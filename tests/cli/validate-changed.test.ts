/**
 * `npm run validate -- --changed` in real temporary git repositories: it reports the files changed
 * against the main branch (committed, uncommitted or untracked), plus the errors those changes
 * cause in other files, and says plainly when there is no branch to compare with.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { npmRun, tempAtlas } from './recorded-api.ts';

const GIT_ENV = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A git repository holding a copy of the atlas on main, checked out on a feature branch. */
function repo(): string {
  const { root, remove } = tempAtlas();
  cleanups.push(remove);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'atlas');
  git(root, 'checkout', '-q', '-b', 'feature');
  return root;
}

const edit = (root: string, file: string, from: string, to: string) => {
  const full = path.join(root, file);
  const text = readFileSync(full, 'utf8');
  expect(text).toContain(from);
  writeFileSync(full, text.replace(from, to));
};

type Reported = { file: string; code: string; severity: string };
async function validateChanged(root: string, ...extra: string[]): Promise<{ status: number; reported: Reported[]; stderr: string }> {
  const run = await npmRun('validate', ['--root', root, '--changed', '--format', 'json', ...extra]);
  const reported = run.stdout ? (JSON.parse(run.stdout) as Reported[]).map(({ file, code, severity }) => ({ file, code, severity })) : [];
  return { status: run.status, reported, stderr: run.stderr.trim() };
}

describe('npm run validate -- --changed', () => {
  test('reports committed, uncommitted and untracked changes, and nothing from files left alone', async () => {
    const root = repo();
    // On main, a warning in a file this branch does not touch: a full run shows it, --changed must not.
    edit(root, 'papers/wei2023simple.md', '### Cognitive Parallels', '### Parallels');
    git(root, 'checkout', '-q', 'main');
    git(root, 'commit', '-qam', 'a warning on main');
    git(root, 'checkout', '-q', 'feature');
    git(root, 'merge', '-q', 'main');

    edit(root, 'papers/marks2023geometry.md', '"Marks, S."', '"Samuel Marks"');
    git(root, 'commit', '-qam', 'committed change');
    edit(root, 'papers/burns2022discovering.md', 'draft: false', 'draft: maybe');
    writeFileSync(path.join(root, 'papers/new-paper.md'), readFileSync(path.join(root, 'papers/ward2023honesty.md'), 'utf8')
      .replace(/arxiv: "[^"]*"/, 'arxiv: ""').replace(/doi: "[^"]*"/, 'doi: ""').replace(/title: "[^"]*"/, 'title: "A New Paper"').replace(/added: \S+/, 'added: 2099-01-01').replace('## Key Findings', '## Findings'));

    const full = await npmRun('validate', ['--root', root, '--format', 'json']);
    expect((JSON.parse(full.stdout) as Reported[]).some((d) => d.file === 'papers/wei2023simple.md')).toBe(true);

    const { status, reported } = await validateChanged(root);
    expect(status).toBe(1);
    expect([...new Set(reported.map((d) => d.file))]).toEqual(['papers/burns2022discovering.md', 'papers/marks2023geometry.md', 'papers/new-paper.md']);
    expect(reported.filter((d) => d.file === 'papers/new-paper.md').map((d) => d.code)).toEqual(expect.arrayContaining(['section-unknown']));
  });

  test('a clean branch passes and counts only its changed files', async () => {
    const root = repo();
    edit(root, 'papers/marks2023geometry.md', 'tags: [', 'tags: ["linear probes", ');
    const run = await npmRun('validate', ['--root', root, '--changed']);
    expect(run.stdout.trim()).toMatch(/^1 files checked: 0 errors, 0 warnings in \d+\.\d\ds$/);
    expect(run.status).toBe(0);
  });

  test('once the changed files are clean, also reports the errors the change causes elsewhere', async () => {
    const root = repo();
    // Deleting a paper leaves every citation of it dangling in files this branch did not touch.
    rmSync(path.join(root, 'papers/park2023ai.md'));
    const { status, reported } = await validateChanged(root);
    expect(status).toBe(1);
    expect(reported.length).toBeGreaterThan(0);
    for (const d of reported) expect([d.code, d.severity]).toEqual([expect.stringMatching(/^unknown-(paper|citation)$/), 'error']);
  });

  test('while a changed file has errors, only its own problems are shown, not their echoes elsewhere', async () => {
    const root = repo();
    // An invalid entry drops out of linking, so its citations elsewhere dangle until it is fixed.
    edit(root, 'papers/park2023ai.md', 'publication_year: 2023', 'publication_year: "2023"');
    const { reported } = await validateChanged(root);
    expect(reported).toEqual([{ file: 'papers/park2023ai.md', code: 'field-invalid', severity: 'error' }]);
  });

  test('compares with origin/main in a clone, so work committed on a local main still counts', async () => {
    const upstream = repo();
    git(upstream, 'checkout', '-q', 'main');
    const clone = `${upstream}-clone`;
    cleanups.push(() => rmSync(clone, { recursive: true, force: true }));
    git(path.dirname(upstream), 'clone', '-q', upstream, clone);
    edit(clone, 'papers/marks2023geometry.md', '"Marks, S."', '"Samuel Marks"');
    git(clone, 'commit', '-qam', 'local work on main');
    const { reported } = await validateChanged(clone);
    expect([...new Set(reported.map((d) => d.file))]).toEqual(['papers/marks2023geometry.md']);
  });

  test('works when the atlas is a folder inside the repository', async () => {
    const outer = repo();
    const root = path.join(outer, 'site');
    mkdirSync(root);
    for (const dir of ['papers', 'commentary', 'taxonomies']) renameSync(path.join(outer, dir), path.join(root, dir));
    git(outer, 'add', '-A');
    git(outer, 'commit', '-qm', 'move into site/');
    git(outer, 'branch', '-f', 'main', 'HEAD');
    edit(root, 'papers/marks2023geometry.md', '"Marks, S."', '"Samuel Marks"');
    const { reported } = await validateChanged(root);
    expect([...new Set(reported.map((d) => d.file))]).toEqual(['papers/marks2023geometry.md']);
  });

  test('outside a git repository it says what is needed and exits 2', async () => {
    const { root, remove } = tempAtlas();
    cleanups.push(remove);
    const run = await validateChanged(root);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^--changed compares your files with the main branch, but git could not: .*\nRun it in a git clone that has a main \(or origin\/main\) branch, or name the files: npm run validate -- papers\/<file>\.md$/);
  });
});
