/** Helpers shared by the benchmark sections: child-process probes, medians, table rendering. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');

export interface Row {
  section: string;
  metric: string;
  size: number;
  value: number;
  unit: string;
  note?: string;
}

export interface BenchContext {
  sizes: number[];
  runs: number;
  /** Content root of the synthetic corpus with `size` entries (generated once per run). */
  corpus(size: number): string;
  /** Scratch folder for a section's outputs. */
  scratch(name: string): string;
  /**
   * Moves a file or folder out of the way, to be deleted once every figure is measured. On the
   * bench machines' disk, creating files is up to 20× slower for tens of seconds after
   * thousands were deleted (measured), so a deletion between timed builds would be charged to
   * the next build: the harness renames instead, and deletes at the end.
   */
  discard(target: string): void;
  /**
   * The site built from corpus(size), built once per run and shared by the sections that
   * measure a built site (search, graph panning, page sizes). Not a timed build.
   */
  site(size: number): string;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/**
 * Runs a probe script (bench/probes/*.ts) in a fresh Node process, so peak memory is that of
 * the measured work alone; the probe prints one JSON object on its last line.
 */
export function runProbe<T>(probe: string, args: string[], env: NodeJS.ProcessEnv = {}): T {
  const result = spawnSync(process.execPath, ['--expose-gc', path.join(REPO_ROOT, 'bench/probes', probe), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`probe ${probe} failed:\n${result.stdout}\n${result.stderr}`);
  const last = result.stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as T;
}

export function renderTable(rows: Row[]): string {
  const sizes = [...new Set(rows.map((r) => r.size))].sort((a, b) => a - b);
  const keys = [...new Set(rows.map((r) => `${r.section}\u0000${r.metric}\u0000${r.unit}`))];
  const head = `| section | metric | ${sizes.map((s) => `${s.toLocaleString('en')} entries`).join(' | ')} |`;
  const rule = `|---|---|${sizes.map(() => '---:').join('|')}|`;
  const lines = keys.map((k) => {
    const [section, metric, unit] = k.split('\u0000');
    const cells = sizes.map((s) => {
      const row = rows.find((r) => r.section === section && r.metric === metric && r.size === s);
      if (!row) return '–';
      // A figure that could not be measured (a tool is missing) shows why instead of a number.
      if (Number.isNaN(row.value)) return row.note ?? '–';
      const v = Number.isInteger(row.value) ? row.value.toLocaleString('en') : row.value.toFixed(row.value < 10 ? 2 : 1);
      return `${v} ${unit}${row.note ? ` (${row.note})` : ''}`;
    });
    return `| ${section} | ${metric} | ${cells.join(' | ')} |`;
  });
  return [head, rule, ...lines].join('\n');
}
