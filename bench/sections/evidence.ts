/**
 * Evidence layer (issue #16): the matrix and model pages stay bounded as the atlas grows (cells
 * and groups list a fixed number of papers). Reports the time to compute them and their sizes.
 */
import { runProbe, type BenchContext, type Row } from '../measure.ts';

interface EvidenceProbe { matrixMs: number; modelPagesMs: number; models: number; rows: number; matrixBytes: number; matrixGzip: number; largestModel: string; largestModelBytes: number }

export async function bench(ctx: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const size of ctx.sizes) {
    const probe = runProbe<EvidenceProbe>('evidence.ts', [ctx.corpus(size), ctx.site(size)]);
    const row = (metric: string, value: number, unit: string, note?: string) => rows.push({ section: 'evidence', metric, size, value, unit, note });
    row('behaviour × model matrix view', Math.round(probe.matrixMs), 'ms', `${probe.rows} rows`);
    row('every model page\'s groups', Math.round(probe.modelPagesMs), 'ms', `${probe.models} model terms`);
    row('/matrix/ page', Math.round(probe.matrixBytes / 1024), 'KB', `${Math.round(probe.matrixGzip / 1024)} KB gzip`);
    row('largest model page', Math.round(probe.largestModelBytes / 1024), 'KB', `/models/${probe.largestModel}/`);
  }
  return rows;
}
