/**
 * Live preview (issue #18): time from saving an entry to the open page showing the change, in
 * `npm run dev`, at 51 entries (the atlas's first size) and at the run's sizes up to 1,000.
 * The dev server renders on request, so larger atlases cost the reload of the whole atlas.
 */
import { median, runProbe, type BenchContext, type Row } from '../measure.ts';

interface PreviewProbe { startMs: number; saveToPageMs: number[] }

export async function bench(ctx: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  const sizes = [...new Set([51, ...ctx.sizes.filter((s) => s <= 1000)])];
  for (const size of sizes) {
    const probe = runProbe<PreviewProbe>('preview.ts', [ctx.corpus(size), String(Math.max(3, ctx.runs))]);
    const row = (metric: string, value: number, unit: string, note?: string) => rows.push({ section: 'preview', metric, size, value, unit, note });
    row('npm run dev: start to first paper page', probe.startMs / 1000, 's');
    row('save to updated page (median)', Math.round(median(probe.saveToPageMs)), 'ms', `${probe.saveToPageMs.length} saves; worst ${Math.round(Math.max(...probe.saveToPageMs))} ms`);
  }
  return rows;
}
