/**
 * APA and Chicago references for the Cite block, kept in the build cache by a digest of the
 * paper's CSL-JSON item and the style: citeproc takes milliseconds a paper (and 100 ms to
 * start), and a paper's metadata changes far less often than its page is rendered.
 */
import { toCslItem } from '../../lib/export/csl-json.ts';
import { formatReference, REFERENCE_STYLES, type ReferenceStyle } from '../../lib/export/formatted-reference.ts';
import type { PaperRecord } from '../../lib/link/link-atlas.ts';
import { prefetchedReference } from '../background-work.ts';
import { keyedStoreOnDisk } from '../build-cache.ts';
import { cacheKeyOf } from './cache-key.ts';

const kept = keyedStoreOnDisk<string>('formatted-references');

export const referenceKey = (paper: PaperRecord, style: ReferenceStyle): string => cacheKeyOf([style, toCslItem(paper)]);

/**
 * Keeps a paper's references in the cache through this build, whether or not its page is
 * rendered (the cache drops what a build does not use). paper-page.ts calls it for every paper.
 */
export function keepReferences(paper: PaperRecord): void {
  for (const style of Object.keys(REFERENCE_STYLES) as ReferenceStyle[]) kept.touch(referenceKey(paper, style));
}

export async function formattedReference(paper: PaperRecord, style: ReferenceStyle): Promise<string> {
  const key = referenceKey(paper, style);
  const known = kept.get(key);
  if (known !== undefined) return known;
  // Formatted by this build's background worker (a cold build's worker formats from the end).
  const prefetched = prefetchedReference(key);
  if (prefetched !== undefined) {
    kept.set(key, prefetched);
    return prefetched;
  }
  const text = await formatReference(paper, style);
  kept.set(key, text);
  return text;
}
