/**
 * The real toolchain: a LaTeX document citing every entry of /atlas.bib (and every hostile
 * fixture) is compiled with pdfLaTeX + classic BibTeX (natbib's plainnat, which prints doi,
 * eprint and url) and with pdfLaTeX + biber + biblatex, from the ASCII and the UTF-8 export.
 * Zero errors and zero bibliography warnings are required.
 *
 * Outside CI a missing tool skips these tests and says so in the output; in CI (process.env.CI)
 * a missing tool fails. .ci/run installs: texlive-binaries texlive-latex-base
 * texlive-latex-recommended texlive-bibtex-extra biber.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { toBibtex } from '../../src/lib/export/bibtex.ts';
import type { BibEncoding } from '../../src/lib/export/latex-text.ts';
import { publishedOnly } from '../../src/lib/export/select-papers.ts';
import { fixtureAtlas, realAtlas } from './fixture-atlas.ts';

const run = (cmd: string, args: string[], cwd?: string) => spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 180_000 });
const has = (cmd: string, args = ['--version']) => !run(cmd, args).error;
const kpse = (file: string) => run('kpsewhich', [file]).stdout?.trim() ?? '';

const tools = {
  pdflatex: has('pdflatex'),
  bibtex: has('bibtex'),
  natbib: has('kpsewhich') && kpse('natbib.sty') !== '' && kpse('plainnat.bst') !== '',
  biber: has('biber'),
  biblatex: has('kpsewhich') && kpse('biblatex.sty') !== '',
};
const missing = (names: (keyof typeof tools)[]) => names.filter((n) => !tools[n]);
const INSTALL = 'apt-get install texlive-binaries texlive-latex-base texlive-latex-recommended texlive-bibtex-extra biber';

function toolchainTest(title: string, needs: (keyof typeof tools)[], body: () => Promise<void>) {
  const lacking = missing(needs);
  if (lacking.length > 0 && !process.env.CI) {
    console.warn(`SKIPPED "${title}": ${lacking.join(', ')} not installed on this machine (${INSTALL}).`);
    test.skip(`${title} [skipped: ${lacking.join(', ')} not installed]`, () => {});
    return;
  }
  test(title, async () => {
    expect(lacking, `missing TeX tools in CI: ${lacking.join(', ')} (.ci/run must install them: ${INSTALL})`).toEqual([]);
    await body();
  }, 300_000);
}

const workDirs: string[] = [];
afterAll(() => {
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
});

async function writeBibs(encoding: BibEncoding): Promise<{ dir: string; keys: string[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-latex-'));
  workDirs.push(dir);
  const real = publishedOnly((await realAtlas()).papers);
  const fixtures = fixtureAtlas().papers;
  writeFileSync(path.join(dir, 'atlas.bib'), toBibtex(real, { encoding }));
  writeFileSync(path.join(dir, 'fixtures.bib'), toBibtex(fixtures, { encoding }));
  return { dir, keys: [...real, ...fixtures].map((p) => p.citekey) };
}

function document(keys: string[], bibliography: string, preamble: string): string {
  return [
    '\\documentclass{article}',
    '\\usepackage[T1]{fontenc}',
    preamble,
    '\\begin{document}',
    `Every entry: \\cite{${keys.join(',')}}.`,
    bibliography,
    '\\end{document}',
    '',
  ].join('\n');
}

function pdflatex(dir: string): void {
  const result = run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', '-file-line-error', 'doc.tex'], dir);
  const log = readFileSync(path.join(dir, 'doc.log'), 'latin1');
  expect(result.status, `pdflatex failed:\n${log.split('\n').filter((l) => /^!|:\d+:/.test(l)).join('\n')}`).toBe(0);
}

/** Warnings in the final LaTeX log (font substitutions aside: they are not about the bibliography). */
function latexWarnings(dir: string): string[] {
  return readFileSync(path.join(dir, 'doc.log'), 'latin1').split('\n').filter((l) => /Warning|^!/.test(l) && !/Font Warning/.test(l));
}

describe('LaTeX toolchain', () => {
  toolchainTest('classic BibTeX (plainnat) compiles the ASCII export of the whole atlas with no error or warning', ['pdflatex', 'bibtex', 'natbib'], async () => {
    const { dir, keys } = await writeBibs('ascii');
    writeFileSync(path.join(dir, 'doc.tex'), document(keys, '\\bibliographystyle{plainnat}\n\\bibliography{atlas,fixtures}', '\\usepackage{url}\n\\usepackage[numbers]{natbib}'));
    pdflatex(dir);
    const bibtex = run('bibtex', ['doc'], dir);
    const blg = readFileSync(path.join(dir, 'doc.blg'), 'latin1');
    expect(bibtex.status, blg).toBe(0);
    expect(blg.split('\n').filter((l) => /Warning|error/i.test(l) && !/^warning\$ -- 0$/.test(l.trim()))).toEqual([]);
    const bbl = readFileSync(path.join(dir, 'doc.bbl'), 'latin1');
    for (const key of keys) expect(bbl).toContain(`]{${key}}`);
    pdflatex(dir);
    pdflatex(dir);
    expect(latexWarnings(dir)).toEqual([]);
  });

  for (const encoding of ['ascii', 'utf8'] as BibEncoding[]) {
    toolchainTest(`biber + biblatex compile the ${encoding === 'ascii' ? 'ASCII' : 'UTF-8'} export of the whole atlas with no error or warning`, ['pdflatex', 'biber', 'biblatex'], async () => {
      const { dir, keys } = await writeBibs(encoding);
      writeFileSync(path.join(dir, 'doc.tex'), document(keys, '\\printbibliography', '\\usepackage[backend=biber,style=authoryear]{biblatex}\n\\addbibresource{atlas.bib}\n\\addbibresource{fixtures.bib}'));
      pdflatex(dir);
      const biber = run('biber', ['doc'], dir);
      const blg = readFileSync(path.join(dir, 'doc.blg'), 'utf8');
      expect(biber.status, blg).toBe(0);
      expect(blg.split('\n').filter((l) => /\b(WARN|ERROR)\b/.test(l))).toEqual([]);
      const bbl = readFileSync(path.join(dir, 'doc.bbl'), 'utf8');
      for (const key of keys) expect(bbl).toContain(`\\entry{${key}}`);
      pdflatex(dir);
      pdflatex(dir);
      expect(latexWarnings(dir)).toEqual([]);
    });
  }
});
