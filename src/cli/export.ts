/**
 * `npm run export -- --format bibtex|csl|ris [--deception-type X] [--research-area Y]
 *   [--system-type Z] [--year-from N] [--year-to N] [--encoding ascii|utf8] [-o file] [papers…]`
 *
 * Papers are named by slug, citekey, arXiv ID or DOI; filters narrow the selection (a term by
 * label, slug or alias; repeat a flag to allow several terms of one taxonomy; the year is
 * publication_year). Drafts are never exported. Writes to stdout or -o; the count to stderr.
 * Exit 0 on success, 1 when the atlas has errors or a paper or term is unknown, 2 on bad usage.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadAtlas } from '../lib/atlas.ts';
import { countBySeverity } from '../lib/diagnostics.ts';
import { toBibtex } from '../lib/export/bibtex.ts';
import { toCslJsonText } from '../lib/export/csl-json.ts';
import { nonAscii, type BibEncoding } from '../lib/export/latex-text.ts';
import { toRis } from '../lib/export/ris.ts';
import { selectPapers } from '../lib/export/select-papers.ts';
import { formatHuman } from '../lib/format-diagnostics.ts';

const USAGE = 'usage: npm run export -- --format bibtex|csl|ris [--deception-type X] [--research-area Y] [--system-type Z] [--year-from N] [--year-to N] [--encoding ascii|utf8] [-o file] [papers…]\n';
const FORMATS = ['bibtex', 'csl', 'ris'] as const;

function parseYear(value: string | undefined, flag: string): number | undefined | Error {
  if (value === undefined) return undefined;
  return /^\d{4}$/.test(value) ? Number(value) : new Error(`${flag} must be a year such as 2023 (got "${value}")`);
}

export async function runExport(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'bibtex' },
        'deception-type': { type: 'string', multiple: true, default: [] },
        'research-area': { type: 'string', multiple: true, default: [] },
        'system-type': { type: 'string', multiple: true, default: [] },
        'year-from': { type: 'string' },
        'year-to': { type: 'string' },
        encoding: { type: 'string', default: 'ascii' },
        output: { type: 'string', short: 'o' },
        root: { type: 'string', default: process.cwd() },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) {
    process.stderr.write(`--format must be bibtex, csl or ris (got "${values.format}")\n${USAGE}`);
    return 2;
  }
  if (values.encoding !== 'ascii' && values.encoding !== 'utf8') {
    process.stderr.write(`--encoding must be ascii or utf8 (got "${values.encoding}")\n${USAGE}`);
    return 2;
  }
  const yearFrom = parseYear(values['year-from'], '--year-from');
  const yearTo = parseYear(values['year-to'], '--year-to');
  for (const year of [yearFrom, yearTo]) {
    if (year instanceof Error) {
      process.stderr.write(`${year.message}\n${USAGE}`);
      return 2;
    }
  }

  const atlas = await loadAtlas(path.resolve(values.root!));
  const errors = atlas.diagnostics.filter((d) => d.severity === 'error');
  if (countBySeverity(errors).errors > 0) {
    process.stderr.write(`${formatHuman(errors, false)}\n\nThe atlas has ${errors.length} validation error(s); fix them before exporting (npm run validate).\n`);
    return 1;
  }
  const { papers, problems } = selectPapers(atlas, {
    refs: positionals,
    terms: { 'deception-types': values['deception-type']!, 'research-areas': values['research-area']!, 'system-types': values['system-type']! },
    yearFrom: yearFrom as number | undefined,
    yearTo: yearTo as number | undefined,
  });
  if (problems.length > 0) {
    process.stderr.write(problems.map((p) => `error: ${p}\n`).join(''));
    return 1;
  }

  const encoding = values.encoding as BibEncoding;
  const text = format === 'bibtex' ? toBibtex(papers, { encoding }) : format === 'csl' ? toCslJsonText(papers) : toRis(papers);
  if (format === 'bibtex' && encoding === 'ascii') {
    const left = nonAscii(text);
    if (left.length > 0) process.stderr.write(`warning: no LaTeX form for ${left.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}; kept as UTF-8. Use --encoding utf8 with biber, or ask for the character to be added.\n`);
  }
  if (values.output) await writeFile(values.output, text, 'utf8');
  else process.stdout.write(text);
  const where = values.output ? ` to ${values.output}` : '';
  process.stderr.write(`${papers.length} ${papers.length === 1 ? 'paper' : 'papers'} exported as ${format}${where}\n`);
  return 0;
}
