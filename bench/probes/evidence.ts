/**
 * Probe: the evidence views on a content root: time to compute the behaviour × model matrix and
 * every model page's groups (the atlas already loaded and linked), and the sizes of /matrix/ and
 * of the largest model page in a built site. argv: <content root> <site dir>.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadAtlas } from '../../src/lib/atlas.ts';
import { buildCitationGraph } from '../../src/lib/link/graph.ts';
import { evidenceMatrix, modelEvidence } from '../../src/site/views/evidence.ts';
import { siteIndex } from '../../src/site/views/site-index.ts';

const [root, site] = process.argv.slice(2);
const atlas = await loadAtlas(root);
const index = siteIndex(atlas);
const graph = buildCitationGraph(atlas);
let t = performance.now();
const matrix = evidenceMatrix(index, graph);
const matrixMs = performance.now() - t;
const models = [...index.atlas.taxonomies.get('models')!.terms.keys()];
t = performance.now();
for (const slug of models) modelEvidence(index, graph, slug);
const modelPagesMs = performance.now() - t;
const page = (dir: string) => path.join(site, dir, 'index.html');
const matrixHtml = readFileSync(page('matrix'));
const largest = readdirSync(path.join(site, 'models')).filter((d) => statSync(path.join(site, 'models', d)).isDirectory())
  .map((d) => ({ d, bytes: statSync(page(`models/${d}`)).size })).sort((a, b) => b.bytes - a.bytes)[0];
console.log(JSON.stringify({
  matrixMs, modelPagesMs, models: models.length, rows: matrix.rows.length,
  matrixBytes: matrixHtml.length, matrixGzip: gzipSync(matrixHtml).length,
  largestModel: largest.d, largestModelBytes: largest.bytes,
}));
