/**
 * APA and Chicago references for the Cite block, kept in the build cache by a digest of the
 * paper's CSL-JSON item and the style: citeproc takes milliseconds a paper (and 100 ms to
 * start), and a paper's metadata changes far less often than its page is rendered.
 */
import { toCslItem, type CslItem } from '../../lib/export/csl-json.ts';
import { formatReference, REFERENCE_STYLES, type ReferenceStyle } from '../../lib/export/formatted-reference.ts';
import type { PaperRecord } from '../../lib/link/link-atlas.ts';
import { prefetchedReference } from '../background-work.ts';
import { keyedStoreOnDisk } from '../build-cache.ts';
import { referenceFromWorker, startReferenceWork, type ReferenceJob } from '../reference-work.ts';
import { cacheKeyOf } from './cache-key.ts';

const kept = keyedStoreOnDisk<string>('formatted-references');

const STYLES = Object.keys(REFERENCE_STYLES) as ReferenceStyle[];

/** The cache key of a reference: its style and CSL-JSON item. */
export const referenceKeyOfItem = (item: CslItem, style: ReferenceStyle): string => cacheKeyOf([style, item]);

export const referenceKey = (paper: PaperRecord, style: ReferenceStyle): string => referenceKeyOfItem(toCslItem(paper), style);

/**
 * Keeps every paper's references in the cache through this build, whether or not its page is
 * rendered (the cache drops what a build does not use), and hands those the cache does not hold
 * to a worker when the build allows one (reference-work.ts: cold builds of large atlases), in
 * the order of `papers`, the order their pages are rendered. One pass: each reference's key is
 * computed once. paper-page.ts calls it once per build, with every paper.
 */
export function prepareReferences(papers: readonly PaperRecord[]): void {
  const missing: ReferenceJob[] = [];
  for (const paper of papers) {
    const item = toCslItem(paper);
    for (const style of STYLES) {
      const key = referenceKeyOfItem(item, style);
      if (!kept.touch(key)) missing.push({ key, style, item });
    }
  }
  startReferenceWork(() => missing);
}

/** A paper's references in every style, with their keys (the build's worker posts these). */
export async function formattedReferences(paper: PaperRecord): Promise<[key: string, text: string][]> {
  const all: [string, string][] = [];
  for (const style of STYLES) {
    const key = referenceKey(paper, style);
    all.push([key, await formattedByKey(paper, style, key)]);
  }
  return all;
}

export function formattedReference(paper: PaperRecord, style: ReferenceStyle): Promise<string> {
  return formattedByKey(paper, style, referenceKey(paper, style));
}

async function formattedByKey(paper: PaperRecord, style: ReferenceStyle, key: string): Promise<string> {
  const known = kept.get(key);
  if (known !== undefined) return known;
  // Formatted by this build's background worker (a cold build's worker formats from the end).
  const prefetched = prefetchedReference(key) ?? (await referenceFromWorker(key));
  if (prefetched !== undefined) {
    kept.set(key, prefetched);
    return prefetched;
  }
  const text = await formatReference(paper, style);
  kept.set(key, text);
  return text;
}
