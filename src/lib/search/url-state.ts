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

const VALID: Record<FilterParam, RegExp> = { type: /^[a-z0-9-]{1,80}$/, area: /^[a-z0-9-]{1,80}$/, system: /^[a-z0-9-]{1,80}$/, year: /^\d{4}$/ };

export function emptyFilters(): Record<FilterParam, string[]> {
  return { type: [], area: [], system: [], year: [] };
}

export function readState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  for (const param of FILTER_PARAMS) {
    filters[param] = [...new Set(params.getAll(param).filter((v) => VALID[param].test(v)))].sort();
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
