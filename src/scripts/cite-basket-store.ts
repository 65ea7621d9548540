/**
 * The cite basket's contents: papers a reader ticked, kept in this browser's localStorage only
 * (nothing leaves the browser). What is read back is treated as untrusted: anything that is not
 * a well-formed item is dropped.
 */

// The schemas' SLUG_PATTERN and CITEKEY_PATTERN, restated so that zod stays out of the page's
// script (tests/export/cite-basket-store.test.ts checks they are the same).
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CITEKEY = /^[A-Za-z0-9][A-Za-z0-9_:.+-]*$/;

export interface BasketItem {
  slug: string;
  /** For display only; '' when the list that offered the paper did not say. */
  citekey: string;
  title: string;
}

export const STORAGE_KEY = 'deception-atlas:cite-basket';
const MAX_ITEMS = 1000;
const MAX_TITLE = 500;

function isItem(value: unknown): value is BasketItem {
  if (!value || typeof value !== 'object') return false;
  const { slug, citekey, title } = value as Record<string, unknown>;
  return typeof slug === 'string' && SLUG.test(slug)
    && typeof citekey === 'string' && (citekey === '' || CITEKEY.test(citekey))
    && typeof title === 'string' && title.length <= MAX_TITLE;
}

/** The basket stored as JSON text → its items (well-formed, unique by slug, in the order added). */
export function parseBasket(text: string | null): BasketItem[] {
  if (!text) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const seen = new Set<string>();
  const items: BasketItem[] = [];
  for (const value of data.slice(0, MAX_ITEMS)) {
    if (!isItem(value) || seen.has(value.slug)) continue;
    seen.add(value.slug);
    items.push({ slug: value.slug, citekey: value.citekey, title: value.title });
  }
  return items;
}

export function withItem(items: readonly BasketItem[], item: BasketItem): BasketItem[] {
  if (!isItem(item) || items.some((i) => i.slug === item.slug) || items.length >= MAX_ITEMS) return [...items];
  return [...items, item];
}

export function withoutItem(items: readonly BasketItem[], slug: string): BasketItem[] {
  return items.filter((i) => i.slug !== slug);
}

const entryKey = (entry: string) => /^@\w+\{([^,\s]+),/.exec(entry)?.[1] ?? '';

/** The basket's .bib: the papers' own .bib files, in citation-key order as /atlas.bib orders them. */
export function joinBibtex(entries: readonly string[]): string {
  return entries
    .filter((e) => e.trim() !== '')
    .map((e) => ({ e: e.endsWith('\n') ? e : `${e}\n`, key: entryKey(e) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.e)
    .join('\n');
}
