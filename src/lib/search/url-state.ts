/**
 * The results page keeps its whole state in the URL (`/search/?q=…&type=…&year=…`), so a
 * search can be shared and the back button works. Reading is forgiving (unknown or malformed
 * values are dropped); writing is canonical (fixed parameter order, sorted values).
 */
import { FACETS } from './fields.ts';
import { MAX_QUERY_LENGTH } from './query.ts';

export const FILTER_PARAMS = [...FACETS.map((f) => f.param), 'year'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

export interface SearchState {
  q: string;
  filters: Record<FilterParam, string[]>;
}

const TERM_SLUG = /^[a-z0-9-]{1,80}$/;
const validValue = (param: FilterParam) => (param === 'year' ? /^\d{4}$/ : TERM_SLUG);

export function emptyFilters(): Record<FilterParam, string[]> {
  return Object.fromEntries(FILTER_PARAMS.map((param) => [param, []])) as unknown as Record<FilterParam, string[]>;
}

export function readState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  for (const param of FILTER_PARAMS) {
    filters[param] = [...new Set(params.getAll(param).filter((v) => validValue(param).test(v)))].sort();
  }
  return { q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH), filters };
}

/** "?q=…&type=…" (or "" for the empty state). */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  for (const param of FILTER_PARAMS) for (const value of [...new Set(state.filters[param])].sort()) params.append(param, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
