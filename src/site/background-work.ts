/**
 * Work a build starts in a worker thread at build start (integrations/site-output.ts), and
 * the pages' way to its results. The worker (workers/derive.ts) loads the atlas itself and
 * derives the search index and the graph layout while the main thread bundles and renders.
 * Pages that find no worker (the dev server, or a worker that failed) compute the same results
 * in their own thread: the worker only saves time, never decides what a page shows.
 *
 * The integration and the pages are different module instances, hence the global symbol.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SearchIndexFiles } from '../lib/export/search-index.ts';
import type { GraphLayout } from './derived-data.ts';

export interface DerivedData {
  search: SearchIndexFiles;
  layout: GraphLayout;
}

const RESULT = Symbol.for('deception-atlas.background-work');
type Holder = { [RESULT]?: Promise<DerivedData | null> };

/** Starts the worker for the atlas at `contentRoot`; `srcDir` is the project's src/ folder. */
export function startBackgroundWork(contentRoot: string, srcDir: string): void {
  const worker = new Worker(path.join(srcDir, 'site/workers/derive.ts'), { workerData: { root: contentRoot } });
  (globalThis as Holder)[RESULT] = new Promise<DerivedData | null>((resolve) => {
    worker.once('message', (message: DerivedData | { error: string }) => resolve('error' in message ? null : message));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  }).finally(() => void worker.terminate());
}

export function stopBackgroundWork(): void {
  delete (globalThis as Holder)[RESULT];
}

/** The worker's results, or null when there is no worker or it failed. */
export function backgroundWork(): Promise<DerivedData | null> {
  return (globalThis as Holder)[RESULT] ?? Promise.resolve(null);
}
