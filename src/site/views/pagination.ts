/** Long lists are split into pages of a fixed size, so no page grows with the corpus. */
import { pageUrl } from './urls.ts';

export const PAGE_SIZE = 100;

export interface Page<T> {
  items: T[];
  number: number;
  count: number;
  total: number;
  /** URL of page 1 (the list's own URL). */
  base: string;
  prev?: string;
  next?: string;
}

/** All pages of a list (at least one, even when the list is empty). */
export function paginate<T>(items: readonly T[], base: string, size = PAGE_SIZE): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    count,
    total: items.length,
    base,
    prev: i > 0 ? pageUrl(base, i) : undefined,
    next: i + 1 < count ? pageUrl(base, i + 2) : undefined,
  }));
}
