/**
 * Finds the atlas's source files and reads them (through readSource, which refuses symlinks out
 * of the repository and oversized or binary files).
 */
import { lstatSync } from 'node:fs';
import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import { diagnostic } from '../diagnostics.ts';
import type { SourceText } from './decode-source.ts';
import { isInside, readSource, toRepoPath } from './read-source.ts';

export type SourceKind = 'paper' | 'commentary' | 'taxonomy';

export interface AtlasSources {
  papers: SourceText[];
  commentary: SourceText[];
  taxonomies: SourceText[];
  /** references.bib at the root, when there is one. */
  references: SourceText | null;
  diagnostics: Diagnostic[];
}

/** Optional BibTeX file of works without an entry; in-text citations may name its keys. */
export const REFERENCES_FILE = 'references.bib';
/** 4 MiB holds some 10,000 BibTeX entries. */
const MAX_REFERENCES_BYTES = 4 * 1024 * 1024;

async function readReferences(root: string): Promise<{ source: SourceText | null; diagnostics: Diagnostic[] }> {
  const absolute = path.join(root, REFERENCES_FILE);
  try {
    lstatSync(absolute);
  } catch {
    return { source: null, diagnostics: [] };
  }
  const read = await readSource(root, absolute, MAX_REFERENCES_BYTES);
  return { source: read.source, diagnostics: read.diagnostics };
}

export const SOURCE_DIRS: Record<SourceKind, { dir: string; ext: string }> = {
  paper: { dir: 'papers', ext: '.md' },
  commentary: { dir: 'commentary', ext: '.md' },
  taxonomy: { dir: 'taxonomies', ext: '.yaml' },
};

/** Which kind of source a repository path is, judged by its folder and extension. */
export function kindOfPath(file: string): SourceKind {
  const parts = file.split(/[\\/]/);
  if (file.endsWith('.yaml') || file.endsWith('.yml')) return 'taxonomy';
  if (parts.includes('commentary')) return 'commentary';
  return 'paper';
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  });
  await Promise.all(workers);
  return out;
}

export async function readSources(root: string, absolutePaths: readonly string[]): Promise<{ sources: SourceText[]; diagnostics: Diagnostic[] }> {
  const decoded = await mapLimit(absolutePaths, 64, (p) => readSource(root, p));
  return {
    sources: decoded.flatMap((d) => (d.source ? [d.source] : [])),
    diagnostics: decoded.flatMap((d) => d.diagnostics),
  };
}

export async function listSourcePaths(root: string, kind: SourceKind): Promise<{ paths: string[]; diagnostics: Diagnostic[] }> {
  const { dir, ext } = SOURCE_DIRS[kind];
  const absoluteDir = path.join(root, dir);
  let names: string[];
  try {
    // A folder replaced by a link to elsewhere (papers -> /etc) is refused as a whole.
    if (!isInside(await realpath(root), await realpath(absoluteDir))) {
      return { paths: [], diagnostics: [diagnostic(dir, { line: 1, column: 1 }, 'error', 'file-symlink', '', `folder ${dir}/ links outside the repository; it was not read`, `Make ${dir}/ a real folder.`)] };
    }
    names = await readdir(absoluteDir);
  } catch {
    return { paths: [], diagnostics: [] };
  }
  const diagnostics: Diagnostic[] = [];
  const paths: string[] = [];
  for (const name of names.sort()) {
    if (name.startsWith('.') || name === 'README.md') continue;
    const absolute = path.join(absoluteDir, name);
    if (name.endsWith(ext) || (kind === 'taxonomy' && name.endsWith('.yml'))) paths.push(absolute);
    else diagnostics.push(diagnostic(toRepoPath(root, absolute), { line: 1, column: 1 }, 'warning', 'unexpected-file', '', `"${name}" is not a ${ext} file and was ignored`, `Files in ${dir}/ must end in ${ext}.`));
  }
  return { paths, diagnostics };
}

export async function loadSources(root: string): Promise<AtlasSources> {
  const [p, c, t] = await Promise.all([listSourcePaths(root, 'paper'), listSourcePaths(root, 'commentary'), listSourcePaths(root, 'taxonomy')]);
  const [papers, commentary, taxonomies] = await Promise.all([readSources(root, p.paths), readSources(root, c.paths), readSources(root, t.paths)]);
  const references = await readReferences(root);
  return {
    papers: papers.sources,
    commentary: commentary.sources,
    taxonomies: taxonomies.sources,
    references: references.source,
    diagnostics: [...p.diagnostics, ...c.diagnostics, ...t.diagnostics, ...papers.diagnostics, ...commentary.diagnostics, ...taxonomies.diagnostics, ...references.diagnostics],
  };
}
