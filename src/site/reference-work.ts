/**
 * The APA and Chicago references of a cold build of a large atlas, shared between the pages and
 * a worker thread (workers/format-references.ts). Above 3,000 papers the build has no room for
 * the background worker of background-work.ts (it loads its own copy of the atlas), yet citeproc
 * is the largest single cost of such a build: this worker gets only the references' CSL-JSON
 * items, a few megabytes, and formats them from the last paper page back while the pages are
 * rendered from the first.
 *
 * Each reference is claimed in a shared array before it is formatted, by whichever side comes to
 * it first, so none is formatted twice and each side stops where the other has been. A page that
 * finds its reference claimed by the worker waits for it; if the worker fails, the page formats
 * the reference itself. The worker only saves time, never decides what a page shows.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CslItem } from '../lib/export/csl-json.ts';
import type { ReferenceStyle } from '../lib/export/formatted-reference.ts';

export const UNCLAIMED = 0;
export const CLAIMED_BY_PAGES = 1;
export const CLAIMED_BY_WORKER = 2;

/** One reference to format: its cache key (views/formatted-references.ts), style and item. */
export interface ReferenceJob {
  key: string;
  style: ReferenceStyle;
  item: CslItem;
}

/** What the worker posts: formatted references by their index in the job list. */
export type FormattedBatch = [index: number, text: string][];

/** The worker's heap limit: it holds the CSL items and citeproc, never the atlas. */
const WORKER_HEAP_MB = 256;

// The integration (in Astro's config) allows the worker for a build and lets it go at the end;
// the pages (another module instance, in the prerender bundle) start it: hence global symbols.
const ALLOWED = Symbol.for('deception-atlas.reference-work.allowed');
const WORK = Symbol.for('deception-atlas.reference-work');

interface ReferenceWork {
  claims: Int32Array;
  indexOf: Map<string, number>;
  /** Posted by the worker, not yet taken by a page. */
  texts: Map<number, string>;
  waiting: Map<number, (text: string | undefined) => void>;
  ended: boolean;
}

type Holder = { [ALLOWED]?: string; [WORK]?: ReferenceWork };
const holder = globalThis as Holder;

/**
 * Lets this build's pages format references in a worker (`srcDir`: the project's src/ folder,
 * where the worker's module is), or, with undefined, stops letting them and forgets the worker's
 * results (the worker itself ends when its jobs are done).
 */
export function allowReferenceWork(srcDir: string | undefined): void {
  if (srcDir !== undefined) {
    holder[ALLOWED] = srcDir;
    return;
  }
  delete holder[ALLOWED];
  delete holder[WORK];
}

/**
 * Starts the worker on the jobs `makeJobs` lists, in the order the pages will ask for them, when
 * this build allows it (allowReferenceWork); otherwise does nothing (not even list the jobs) and
 * the pages format every reference.
 */
export function startReferenceWork(makeJobs: () => readonly ReferenceJob[]): void {
  const srcDir = holder[ALLOWED];
  if (srcDir === undefined || holder[WORK]) return;
  const jobs = makeJobs();
  if (jobs.length === 0) return;
  const claims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * jobs.length));
  const started: ReferenceWork = { claims, indexOf: new Map(jobs.map((job, i) => [job.key, i])), texts: new Map(), waiting: new Map(), ended: false };
  const worker = new Worker(path.join(srcDir, 'site/workers/format-references.ts'), {
    workerData: { jobs, claims },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  // The build's end never waits for it (it has nothing left to do by then).
  worker.unref();
  worker.on('message', (batch: FormattedBatch) => {
    for (const [index, text] of batch) {
      const resolve = started.waiting.get(index);
      if (resolve) {
        started.waiting.delete(index);
        resolve(text);
      } else {
        started.texts.set(index, text);
      }
    }
  });
  const end = () => {
    started.ended = true;
    // A reference the worker claimed but never posted: the page formats it itself.
    for (const resolve of started.waiting.values()) resolve(undefined);
    started.waiting.clear();
  };
  worker.once('error', end);
  worker.once('exit', end);
  holder[WORK] = started;
}

/**
 * The worker's text of the reference with this key, if the worker has it or is formatting it;
 * undefined when the page is to format it itself (there is no worker, the key is not one of its
 * jobs, or the page claimed it first). A promise of undefined: the worker failed, format it.
 */
export function referenceFromWorker(key: string): Promise<string | undefined> | undefined {
  const work = holder[WORK];
  if (!work) return undefined;
  const index = work.indexOf.get(key);
  if (index === undefined) return undefined;
  if (Atomics.compareExchange(work.claims, index, UNCLAIMED, CLAIMED_BY_PAGES) !== CLAIMED_BY_WORKER) return undefined;
  const text = work.texts.get(index);
  if (text !== undefined) {
    work.texts.delete(index);
    return Promise.resolve(text);
  }
  if (work.ended) return Promise.resolve(undefined);
  const { waiting } = work;
  return new Promise((resolve) => waiting.set(index, resolve));
}

/** How this build's references were shared out so far, or undefined without a worker. */
export function referenceWorkStats(): { jobs: number; byWorker: number; byPages: number } | undefined {
  const work = holder[WORK];
  if (!work) return undefined;
  let byWorker = 0;
  let byPages = 0;
  for (let i = 0; i < work.claims.length; i++) {
    const claim = Atomics.load(work.claims, i);
    if (claim === CLAIMED_BY_WORKER) byWorker++;
    else if (claim === CLAIMED_BY_PAGES) byPages++;
  }
  return { jobs: work.claims.length, byWorker, byPages };
}
