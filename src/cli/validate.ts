/**
 * `npm run validate [paths…] [--format human|json|github] [--strict] [--changed]`
 * Exit 1 on any error (or warning with --strict), 0 otherwise.
 */
import { execFileSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildAtlas } from '../lib/atlas.ts';
import { countBySeverity, promoteWarnings, sortDiagnostics } from '../lib/diagnostics.ts';
import { formatGithub, formatHuman, formatJson } from '../lib/format-diagnostics.ts';
import { kindOfPath, loadSources, readSources } from '../lib/load/list-sources.ts';

/** Errors a change to one file can cause in another, unchanged one (a deleted paper, a renamed term…). */
const CROSS_FILE_CODES = new Set(['duplicate-arxiv', 'duplicate-doi', 'duplicate-citekey', 'duplicate-id', 'unknown-paper', 'unknown-citation', 'unknown-term', 'taxonomy-missing']);

/** Paths relative to `root` (--relative), which is what diagnostics use even when root is a subfolder. */
export function changedFiles(root: string, base = 'origin/main'): string[] {
  const run = (args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  let ref = base;
  try {
    run(['rev-parse', '--verify', ref]);
  } catch {
    ref = 'main';
  }
  const tracked = run(['diff', '--name-only', '--relative', '--diff-filter=ACMR', `${ref}...HEAD`]).split('\n');
  const working = run(['diff', '--name-only', '--relative', '--diff-filter=ACMR', 'HEAD']).split('\n');
  const untracked = run(['ls-files', '--others', '--exclude-standard']).split('\n');
  return [...new Set([...tracked, ...working, ...untracked])].filter((f) => /^(papers|commentary)\/.+\.md$|^taxonomies\/.+\.ya?ml$/.test(f)).sort();
}

export async function runValidate(argv: string[]): Promise<number> {
  const started = performance.now();
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'human' },
      strict: { type: 'boolean', default: false },
      changed: { type: 'boolean', default: false },
      base: { type: 'string', default: 'origin/main' },
      root: { type: 'string', default: process.cwd() },
    },
  });
  const root = path.resolve(values.root!);
  const format = values.format as string;
  if (!['human', 'json', 'github'].includes(format)) {
    process.stderr.write(`--format must be human, json or github (got "${format}")\n`);
    return 2;
  }

  // The whole repository is always loaded: cross-file checks (duplicates, citations) need it.
  const sources = await loadSources(root);
  let only: Set<string> | null = null;
  if (values.changed) {
    try {
      only = new Set(changedFiles(root, values.base));
    } catch (error) {
      const detail = String((error as { stderr?: string }).stderr ?? '').trim().split('\n')[0] || (error as Error).message.split('\n')[0];
      process.stderr.write(`--changed compares your files with the main branch, but git could not: ${detail}\n`
        + 'Run it in a git clone that has a main (or origin/main) branch, or name the files: npm run validate -- papers/<file>.md\n');
      return 2;
    }
  }
  const changedMode = only !== null;
  if (positionals.length > 0) {
    // A folder stands for the atlas files in it: the repository's own folders select what was
    // loaded; any other folder has its .md and .yaml files read as if each were named.
    const loaded = [...sources.papers, ...sources.commentary, ...sources.taxonomies].map((s) => s.file).concat(sources.diagnostics.map((d) => d.file));
    const extra: string[] = [];
    const inFolders: string[] = [];
    for (const given of positionals.map((p) => path.resolve(p))) {
      const isFolder = await stat(given).then((i) => i.isDirectory(), () => false);
      if (!isFolder) {
        extra.push(given);
        continue;
      }
      const rel = path.relative(root, given).split(path.sep).join('/');
      const inside = !rel.startsWith('..') && !path.isAbsolute(rel);
      const selected = inside ? loaded.filter((f) => rel === '' || f === rel || f.startsWith(`${rel}/`)) : [];
      if (selected.length > 0) inFolders.push(...selected);
      else extra.push(...(await readdir(given)).filter((n) => /\.(md|ya?ml)$/.test(n) && !n.startsWith('.') && n !== 'README.md').sort().map((n) => path.join(given, n)));
    }
    const read = await readSources(root, extra);
    const given = new Set(read.sources.map((s) => s.file).concat(read.diagnostics.map((d) => d.file)));
    only = new Set([...(only ?? []), ...given, ...inFolders]);
    // A named file outside the usual folders is validated as the kind its path suggests.
    for (const s of read.sources) {
      const list = sources[kindOfPath(s.file) === 'paper' ? 'papers' : kindOfPath(s.file) === 'commentary' ? 'commentary' : 'taxonomies'];
      if (!list.some((x) => x.file === s.file)) list.push(s);
    }
    sources.diagnostics.push(...read.diagnostics);
  }
  const atlas = buildAtlas(sources);
  let diagnostics = atlas.diagnostics;
  if (only) {
    const own = diagnostics.filter((d) => only!.has(d.file));
    // Once the changed files are clean, --changed also reports the errors the change causes in
    // other files (a deleted paper still cited, a renamed term still used), as the full run in CI
    // would. Not before: an invalid entry drops out of linking, and every citation of it would dangle.
    const causedElsewhere = changedMode && !own.some((d) => d.severity === 'error')
      ? diagnostics.filter((d) => !only!.has(d.file) && d.severity === 'error' && CROSS_FILE_CODES.has(d.code))
      : [];
    diagnostics = [...own, ...causedElsewhere];
  }
  if (values.strict) diagnostics = promoteWarnings(diagnostics);
  diagnostics = sortDiagnostics(diagnostics);
  const { errors, warnings } = countBySeverity(diagnostics);
  const checked = only ? only.size : sources.papers.length + sources.commentary.length + sources.taxonomies.length;
  const elapsed = ((performance.now() - started) / 1000).toFixed(2);

  if (format === 'json') {
    process.stdout.write(formatJson(diagnostics) + '\n');
  } else if (format === 'github') {
    if (diagnostics.length) process.stdout.write(formatGithub(diagnostics) + '\n');
    process.stdout.write(`${checked} files checked: ${errors} errors, ${warnings} warnings in ${elapsed}s\n`);
  } else {
    const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    if (diagnostics.length) process.stdout.write(formatHuman(diagnostics, colour) + '\n\n');
    process.stdout.write(`${checked} files checked: ${errors} errors, ${warnings} warnings in ${elapsed}s\n`);
  }
  return errors > 0 ? 1 : 0;
}
