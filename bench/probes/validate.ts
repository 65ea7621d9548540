/** Probe: load → validate → link a content root; prints elapsed ms and peak RSS. */
import { loadAtlas } from '../../src/lib/atlas.ts';

const root = process.argv[2];
const started = performance.now();
const atlas = await loadAtlas(root);
const ms = performance.now() - started;
const errors = atlas.diagnostics.filter((d) => d.severity === 'error').length;
console.log(JSON.stringify({ ms, peakMB: process.resourceUsage().maxRSS / 1024, papers: atlas.papers.length, errors }));
