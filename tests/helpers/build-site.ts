/**
 * Builds the Astro site for a content root into an output folder, as `npm run build` does,
 * and returns the build's output so a test can assert on failures too.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

export interface BuildResult {
  status: number;
  output: string;
  outDir: string;
}

export interface BuildOptions {
  env?: Record<string, string>;
  /** Keep Astro's and the integrations' log lines (builds are --silent otherwise). */
  verbose?: boolean;
}

/**
 * Each output folder gets its own build cache beside it (<outDir>.build-cache), so sites built
 * by different tests never share an incremental-build record. `env` may override it.
 */
function buildCommand(contentRoot: string, outDir: string, options: BuildOptions) {
  const astro = path.join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');
  return {
    args: [astro, 'build', ...(options.verbose ? [] : ['--silent'])],
    cwd: REPO_ROOT,
    env: { ...process.env, ATLAS_ROOT: path.resolve(contentRoot), ATLAS_OUT_DIR: path.resolve(outDir), ATLAS_CACHE_DIR: `${path.resolve(outDir)}.build-cache`, ...options.env },
  };
}

export function buildSite(contentRoot: string, outDir: string, options: BuildOptions = {}): BuildResult {
  const { args, ...spawnOptions } = buildCommand(contentRoot, outDir, options);
  const result = spawnSync(process.execPath, args, { ...spawnOptions, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}`, outDir: path.resolve(outDir) };
}

/** buildSite without blocking: several sites can build at once (each build is mostly one thread). */
export function buildSiteInBackground(contentRoot: string, outDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const { args, ...spawnOptions } = buildCommand(contentRoot, outDir, options);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, spawnOptions);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', (error) => resolve({ status: 1, output: `${output}\n${String(error)}`, outDir: path.resolve(outDir) }));
    child.on('close', (code) => resolve({ status: code ?? 1, output, outDir: path.resolve(outDir) }));
  });
}

/**
 * The reference build: no cache, so every byte comes from this build's own work. Tests compare
 * the output of cached builds with it, never with each other.
 */
export const REFERENCE_BUILD: BuildOptions = { env: { ATLAS_CACHE: 'off' } };

/** Builds as buildSite does and returns the output folder; a failed build throws with its output. */
export function builtSite(contentRoot: string, outDir: string, what: string, options: BuildOptions = {}): string {
  return checkedBuild(buildSite(contentRoot, outDir, options), what);
}

/** The output folder of a build that succeeded; a failed build throws with its output. */
export function checkedBuild(built: BuildResult, what: string): string {
  if (built.status !== 0) throw new Error(`building ${what} failed:\n${built.output}`);
  return built.outDir;
}

/** Every file of a built site, by path relative to it (with / separators), with its bytes. */
export function siteFiles(dir: string): Map<string, Buffer> {
  const all = new Map<string, Buffer>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(dir, name);
    if (statSync(full).isFile()) all.set(name.split(path.sep).join('/'), readFileSync(full));
  }
  return all;
}

/**
 * How two built sites differ: the files only one of them has, and the files both have with
 * different bytes. Both lists are empty when the sites are byte-identical.
 */
export function siteDifferences(got: string, want: string): { missing: string[]; extra: string[]; differing: string[] } {
  const a = siteFiles(got);
  const b = siteFiles(want);
  return {
    missing: [...b.keys()].filter((f) => !a.has(f)).sort(),
    extra: [...a.keys()].filter((f) => !b.has(f)).sort(),
    differing: [...b].filter(([f, bytes]) => a.has(f) && !a.get(f)!.equals(bytes)).map(([f]) => f).sort(),
  };
}
