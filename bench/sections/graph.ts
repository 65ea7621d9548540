/**
 * Citation graph (issue #5): time to build the graph model, to lay it out (ForceAtlas2, at build
 * time) and the size of /graph.json, on the synthetic corpora (5 `cites:` drawn per paper).
 */
import { median, runProbe, type BenchContext, type Row } from '../measure.ts';

interface GraphProbe { buildMs: number; layoutMs: number; serialiseMs: number; bytes: number; gzipBytes: number; papers: number; cites: number; edges: number; peakMB: number }

export async function bench(ctx: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const size of ctx.sizes) {
    const runs = Array.from({ length: ctx.runs }, () => runProbe<GraphProbe>('graph.ts', [ctx.corpus(size)]));
    const first = runs[0];
    if (first.papers !== size) throw new Error(`graph of the ${size}-entry corpus has ${first.papers} papers`);
    const row = (metric: string, value: number, unit: string, note?: string) => rows.push({ section: 'graph', metric, size, value, unit, note });
    row('citation edges', first.cites, 'edges');
    row('graph model build (median)', median(runs.map((r) => r.buildMs)), 'ms');
    row('layout, ForceAtlas2 (median)', median(runs.map((r) => r.layoutMs)) / 1000, 's');
    row('/graph.json serialise (median)', median(runs.map((r) => r.serialiseMs)), 'ms');
    row('/graph.json size', first.bytes / 1e6, 'MB', `${(first.gzipBytes / 1e6).toFixed(2)} MB gzip`);
    row('peak memory (median)', Math.round(median(runs.map((r) => r.peakMB))), 'MB');
  }
  return rows;
}
