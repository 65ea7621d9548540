/**
 * The references worker of a cold build of a large atlas (src/site/reference-work.ts and
 * workers/format-references.ts), run for real on the atlas's own papers: every reference comes
 * out exactly as the main thread formats it, each is formatted by one side only, and the pages
 * never depend on the worker (without it, or when it cannot start, they format everything).
 */
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadAtlas } from '../../src/lib/atlas.ts';
import { toCslItem } from '../../src/lib/export/csl-json.ts';
import { formatCslItem, REFERENCE_STYLES, type ReferenceStyle } from '../../src/lib/export/formatted-reference.ts';
import { allowReferenceWork, referenceFromWorker, referenceWorkStats, startReferenceWork, type ReferenceJob } from '../../src/site/reference-work.ts';
import { referenceKeyOfItem } from '../../src/site/views/formatted-references.ts';
import { REPO_ROOT } from '../helpers/build-site.ts';

const atlas = await loadAtlas(REPO_ROOT);
const jobs: ReferenceJob[] = atlas.papers.flatMap((paper) => {
  const item = toCslItem(paper);
  return (Object.keys(REFERENCE_STYLES) as ReferenceStyle[]).map((style) => ({ key: referenceKeyOfItem(item, style), style, item }));
});
const expected = await Promise.all(jobs.map((job) => formatCslItem(job.item, job.style)));
const SRC = path.join(REPO_ROOT, 'src');

/** What a page does: the worker's text if it has claimed the reference, else its own. */
async function asPages(): Promise<{ texts: string[]; fromWorker: boolean[] }> {
  const texts: string[] = [];
  const fromWorker: boolean[] = [];
  for (const job of jobs) {
    const pending = referenceFromWorker(job.key);
    const text = pending === undefined ? undefined : await pending;
    fromWorker.push(text !== undefined);
    texts.push(text ?? (await formatCslItem(job.item, job.style)));
  }
  return { texts, fromWorker };
}

afterEach(() => allowReferenceWork(undefined));

describe('references worker', () => {
  test('the atlas has enough references for the test to mean something', () => {
    expect(jobs.length).toBeGreaterThanOrEqual(80);
    expect(new Set(jobs.map((j) => j.key)).size).toBe(jobs.length);
  });

  test('alone, it formats every reference as the main thread does', async () => {
    allowReferenceWork(SRC);
    startReferenceWork(() => jobs);
    await expect.poll(() => referenceWorkStats()?.byWorker, { timeout: 60_000, interval: 50 }).toBe(jobs.length);
    const { texts, fromWorker } = await asPages();
    expect(fromWorker.every(Boolean)).toBe(true);
    expect(texts).toEqual(expected);
  }, 90_000);

  test('with the pages working from the first, they meet: each reference formatted once, by one side', async () => {
    allowReferenceWork(SRC);
    startReferenceWork(() => jobs);
    // Once it has claimed its first job (the last page's), the pages start from the first.
    await expect.poll(() => referenceWorkStats()?.byWorker, { timeout: 60_000, interval: 10 }).toBeGreaterThan(0);
    const { texts, fromWorker } = await asPages();
    expect(texts).toEqual(expected);
    const stats = referenceWorkStats()!;
    expect(stats.byWorker + stats.byPages).toBe(jobs.length);
    expect(stats.byPages).toBeGreaterThan(0);
    expect(fromWorker.filter(Boolean).length).toBe(stats.byWorker);
    // The pages took a first run of the jobs, the worker the rest.
    const meet = fromWorker.indexOf(true);
    expect(meet).toBeGreaterThan(0);
    expect(fromWorker.slice(meet).every(Boolean)).toBe(true);
  }, 90_000);

  test('not allowed for this build, there is no worker (its jobs are not even listed) and the pages format everything', async () => {
    startReferenceWork(() => {
      throw new Error('jobs listed for a build that allows no worker');
    });
    expect(referenceWorkStats()).toBeUndefined();
    const { texts, fromWorker } = await asPages();
    expect(fromWorker.some(Boolean)).toBe(false);
    expect(texts).toEqual(expected);
  });

  test('a worker that cannot start leaves every reference to the pages', async () => {
    allowReferenceWork(path.join(REPO_ROOT, 'no-such-src-folder'));
    startReferenceWork(() => jobs);
    const { texts, fromWorker } = await asPages();
    expect(fromWorker.some(Boolean)).toBe(false);
    expect(texts).toEqual(expected);
    expect(referenceWorkStats()).toEqual({ jobs: jobs.length, byWorker: 0, byPages: jobs.length });
  });
});
