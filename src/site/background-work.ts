/**
 * Work a cold build starts in a worker thread (integrations/site-output.ts), and the pages' way
 * to its results. The worker (workers/derive.ts) loads the atlas on its own and derives the
 * search index and the graph layout while Vite bundles; then, walking the paper pages from the
 * last one back while the main thread renders them from the first, it renders their bodies
 * (into the Markdown render cache, where the pages find them) and formats their references
 * (posted here). Pages that find nothing from the worker (the dev server, an incremental build,
 * a worker that failed or is behind) compute the same results themselves: the worker only saves
 * time, never decides what a page shows.
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

/**
 * The worker's heap limit. A build must stay under 2 GB at 10,000 entries (issue #4) and the
 * main thread may use 1.5 GB (the build script's --max-old-space-size): without a limit V8 lets
 * an idle-looking worker's heap grow to gigabytes before collecting. A worker that reaches the
 * limit stops, and the main thread does the rest of its work.
 */
const WORKER_HEAP_MB = 448;

/** What the worker posts: its derived data once, then references as it formats them. */
export type WorkerMessage = DerivedData | { references: [key: string, text: string][] } | { error: string };

interface Background {
  worker: Worker;
  derived: Promise<DerivedData | null>;
  references: Map<string, string>;
}

const BACKGROUND = Symbol.for('deception-atlas.background-work');
type Holder = { [BACKGROUND]?: Background };
const holder = globalThis as Holder;

/** Starts the worker for the atlas at `contentRoot`; `srcDir` is the project's src/ folder. */
export function startBackgroundWork(contentRoot: string, srcDir: string): void {
  stopBackgroundWork();
  const worker = new Worker(path.join(srcDir, 'site/workers/derive.ts'), {
    workerData: { root: contentRoot },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  // The build's end does not wait for a worker still formatting.
  worker.unref();
  const references = new Map<string, string>();
  const derived = new Promise<DerivedData | null>((resolve) => {
    worker.on('message', (message: WorkerMessage) => {
      if ('references' in message) for (const [key, text] of message.references) references.set(key, text);
      else resolve('error' in message ? null : message);
    });
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
  holder[BACKGROUND] = { worker, derived, references };
}

export function stopBackgroundWork(): void {
  void holder[BACKGROUND]?.worker.terminate();
  delete holder[BACKGROUND];
}

/** The worker's search index and layout, or null when there is no worker or it failed. */
export function backgroundWork(): Promise<DerivedData | null> {
  return holder[BACKGROUND]?.derived ?? Promise.resolve(null);
}

/** A reference the worker has formatted, by its key (views/formatted-references.ts). */
export function prefetchedReference(key: string): string | undefined {
  return holder[BACKGROUND]?.references.get(key);
}
