/**
 * Tags are free keywords, so their URL slug is derived with the core's one slug function.
 * A tag that has no letters or digits in Latin script (e.g. "欺骗") gets a slug from a hash of
 * its text, so it still has a stable page.
 */
import { createHash } from 'node:crypto';
import { slugify } from '../../lib/fold.ts';

export function tagSlug(tag: string): string {
  const slug = slugify(tag);
  return slug || `tag-${createHash('sha256').update(tag.normalize('NFC')).digest('hex').slice(0, 10)}`;
}

/** Tags are short, so their index lists more per page than paper lists do. */
export const TAG_PAGE_SIZE = 400;
