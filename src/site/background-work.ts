/**
 * Work a cold build starts in a worker thread (integrations/background-worker.ts), and the pages' way
 * to its results. The worker (workers/derive.ts) loads the atlas on its own and builds the
 * search index, which no page waits for (the build writes its files when the pages are done),
 * and the graph layout; then, walking the paper pages from the last one back while the main
 * thread renders them from the first, it renders their bodies (into the Markdown render cache,
 * where the pages find them). Whatever the worker
 * does not deliver (the dev server, an incremental build, a large atlas, a worker that failed or
 * is behind), the main thread computes itself: the worker only saves time, never decides what
 * a page shows.
 * The integration starts it and the pages read it, through the build session (build-session.ts).
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SearchIndexFiles } from '../lib/export/search-index.ts';
import { session } from './build-session.ts';
import type { GraphLayout } from './derived-data.ts';

/**
 * The worker's heap limit. A build must stay under 2 GB at 10,000 entries (issue #4) and the
 * main thread may use 1.5 GB (the build script's --max-old-space-size): without a limit V8 lets
 * an idle-looking worker's heap grow to gigabytes before collecting. A worker that reaches the
 * limit stops, and the main thread does the rest of its work.
 */
const WORKER_HEAP_MB = 448;

/** What the worker posts: the search index, the layout. */
export type WorkerMessage = { search: SearchIndexFiles } | { layout: GraphLayout } | { error: string };

export interface Background {
  worker: Worker;
  search: Promise<SearchIndexFiles | null>;
  layout: Promise<GraphLayout | null>;
}

/** Starts the worker for the atlas at `contentRoot`; `srcDir` is the project's src/ folder. */
export function startBackgroundWork(contentRoot: string, srcDir: string): void {
  stopBackgroundWork();
  const worker = new Worker(path.join(srcDir, 'site/workers/derive.ts'), {
    workerData: { root: contentRoot },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  // The build's end does not wait for a worker still formatting.
  worker.unref();
  let settleSearch!: (files: SearchIndexFiles | null) => void;
  let settleLayout!: (layout: GraphLayout | null) => void;
  const search = new Promise<SearchIndexFiles | null>((resolve) => (settleSearch = resolve));
  const layout = new Promise<GraphLayout | null>((resolve) => (settleLayout = resolve));
  const fail = () => {
    settleSearch(null);
    settleLayout(null);
  };
  worker.on('message', (message: WorkerMessage) => {
    if ('search' in message) settleSearch(message.search);
    else if ('layout' in message) settleLayout(message.layout);
    else fail();
  });
  worker.once('error', fail);
  worker.once('exit', fail);
  session.background = { worker, search, layout };
}

/** Waits for the worker's search index, then stops the worker; its results stay readable until the session closes. */
export async function endBackgroundWork(): Promise<void> {
  const background = session.background;
  if (!background) return;
  await background.search;
  void background.worker.terminate();
}

export function stopBackgroundWork(): void {
  void session.background?.worker.terminate();
  session.background = undefined;
}

/** The worker's search index, or null when there is no worker or it failed. */
export function backgroundSearchIndex(): Promise<SearchIndexFiles | null> {
  return session.background?.search ?? Promise.resolve(null);
}

/** The worker's graph layout, or null when there is no worker or it failed. */
export function backgroundLayout(): Promise<GraphLayout | null> {
  return session.background?.layout ?? Promise.resolve(null);
}
