/**
 * APA and Chicago references for the Cite block, kept in the build cache by a digest of the
 * paper's CSL-JSON item and the style: citeproc takes milliseconds a paper (and 100 ms to
 * start), and a paper's metadata changes far less often than its page is rendered.
 */
import { toCslItem } from '../../lib/export/csl-json.ts';
import { formatReference, type ReferenceStyle } from '../../lib/export/formatted-reference.ts';
import type { PaperRecord } from '../../lib/link/link-atlas.ts';
import { keyedStoreOnDisk } from '../build-cache.ts';
import { cacheKeyOf } from './cache-key.ts';

const kept = keyedStoreOnDisk<string>('formatted-references');

export async function formattedReference(paper: PaperRecord, style: ReferenceStyle): Promise<string> {
  const key = cacheKeyOf([style, toCslItem(paper)]);
  const known = kept.get(key);
  if (known !== undefined) return known;
  const text = await formatReference(paper, style);
  kept.set(key, text);
  return text;
}
