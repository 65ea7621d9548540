/** Validation time and peak memory (issue: foundation). Target: 10,000 entries < 3 s, < 500 MB. */
import { median, runProbe, type BenchContext, type Row } from '../measure.ts';

export async function bench(ctx: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const size of ctx.sizes) {
    const runs = Array.from({ length: ctx.runs }, () => runProbe<{ ms: number; peakMB: number; errors: number; papers: number }>('validate.ts', [ctx.corpus(size)]));
    if (runs[0].errors > 0 || runs[0].papers !== size) throw new Error(`synthetic corpus of ${size} did not validate cleanly (${runs[0].errors} errors, ${runs[0].papers} papers)`);
    rows.push({ section: 'validate', metric: 'load+validate+link (median)', size, value: median(runs.map((r) => r.ms)) / 1000, unit: 's' });
    rows.push({ section: 'validate', metric: 'peak memory (median)', size, value: Math.round(median(runs.map((r) => r.peakMB))), unit: 'MB' });
  }
  return rows;
}
