/**
 * Facets on the results page: deception type, research area, system type and year. Values
 * of one facet combine with OR, facets with AND; each facet's counts ignore its own
 * selection (the usual "disjunctive" counting), so ticking a second value shows what it adds.
 */
import type { MetaBundle } from './bundle.ts';
import { FACETS } from './fields.ts';
import { FILTER_PARAMS, type FilterParam } from './url-state.ts';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface Facet {
  param: FilterParam;
  label: string;
  values: FacetValue[];
}

/** The values document `doc` has for each facet, as strings (term slugs, year). */
function valuesOf(meta: MetaBundle, doc: number): Record<FilterParam, string[]> {
  const out = { year: [String(meta.docs[doc][3])] } as Record<FilterParam, string[]>;
  FACETS.forEach((f, v) => {
    out[f.param] = (meta.terms[doc]?.[v] ?? []).map((t) => meta.vocabularies[v].terms[t][0]);
  });
  return out;
}

export function applyFacets(meta: MetaBundle, docs: readonly number[], filters: Record<FilterParam, string[]>): { docs: number[]; facets: Facet[] } {
  const active = FILTER_PARAMS.filter((p) => filters[p].length > 0);
  const selected = Object.fromEntries(FILTER_PARAMS.map((p) => [p, new Set(filters[p])])) as Record<FilterParam, Set<string>>;
  const counts = Object.fromEntries(FILTER_PARAMS.map((p) => [p, new Map<string, number>()])) as Record<FilterParam, Map<string, number>>;
  const kept: number[] = [];
  for (const doc of docs) {
    const values = valuesOf(meta, doc);
    const failing = active.filter((p) => !values[p].some((v) => selected[p].has(v)));
    if (failing.length === 0) kept.push(doc);
    // A facet counts the documents that pass every other facet's filter.
    for (const param of FILTER_PARAMS) {
      if (failing.length > 1 || (failing.length === 1 && failing[0] !== param)) continue;
      for (const v of new Set(values[param])) counts[param].set(v, (counts[param].get(v) ?? 0) + 1);
    }
  }
  const facets: Facet[] = FACETS.map((f, v) => ({
    param: f.param,
    label: f.label,
    values: meta.vocabularies[v].terms
      .map(([slug, label]) => ({ value: slug, label, count: counts[f.param].get(slug) ?? 0, selected: selected[f.param].has(slug) }))
      .filter((x) => x.count > 0 || x.selected),
  }));
  const years = new Set([...counts.year.keys(), ...filters.year]);
  facets.push({
    param: 'year',
    label: 'Year',
    values: [...years].sort((a, b) => b.localeCompare(a)).map((y) => ({ value: y, label: y, count: counts.year.get(y) ?? 0, selected: selected.year.has(y) })),
  });
  return { docs: kept, facets };
}
