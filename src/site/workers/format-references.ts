/**
 * Worker of a cold build of a large atlas (started by ../reference-work.ts): formats the jobs'
 * references from the last one back, claiming each in the shared array first, and posts them in
 * small batches. A job the pages have claimed is theirs; once the pages have claimed every job
 * left, the worker ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { formatCslItem } from '../../lib/export/formatted-reference.ts';
import { CLAIMED_BY_WORKER, UNCLAIMED, type FormattedBatch, type ReferenceJob } from '../reference-work.ts';

// Small, so a page that waits for a reference waits for few others.
const BATCH = 8;

const { jobs, claims } = workerData as { jobs: ReferenceJob[]; claims: Int32Array };
let batch: FormattedBatch = [];
for (let index = jobs.length - 1; index >= 0; index--) {
  if (Atomics.compareExchange(claims, index, UNCLAIMED, CLAIMED_BY_WORKER) !== UNCLAIMED) continue;
  const { item, style } = jobs[index];
  batch.push([index, await formatCslItem(item, style)]);
  if (batch.length === BATCH) {
    parentPort!.postMessage(batch);
    batch = [];
  }
}
if (batch.length > 0) parentPort!.postMessage(batch);
