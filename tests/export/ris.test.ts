import { beforeAll, describe, expect, test } from 'vitest';
import type { Atlas } from '../../src/lib/atlas.ts';
import { risName, toRis, toRisRecord } from '../../src/lib/export/ris.ts';
import { publishedOnly } from '../../src/lib/export/select-papers.ts';
import { fixtureAtlas, realAtlas } from './fixture-atlas.ts';

let real: Atlas;
beforeAll(async () => {
  real = await realAtlas();
});
const paper = (atlas: Atlas, slug: string) => atlas.papers.find((p) => p.slug === slug)!;

describe('RIS export', () => {
  test('a preprint record, line by line', () => {
    expect(toRisRecord(paper(real, 'vanderweij2024ai')).split('\r\n')).toEqual([
      'TY  - GEN', 'ID  - vanderweij2024ai', 'TI  - AI Sandbagging: Language Models can Strategically Underperform on Evaluations',
      'AU  - van der Weij, T.', 'AU  - Hofstätter, F.', 'AU  - Jaffe, O.', 'AU  - Brown, S. F.', 'AU  - Ward, F. R.',
      'PY  - 2024', 'DA  - 2024/06/11', 'PB  - arXiv', 'AN  - arXiv:2406.07358', 'UR  - https://arxiv.org/abs/2406.07358', 'ER  - ', '',
    ]);
  });

  test('journal and conference papers are JOUR and CPAPER with the venue as T2', () => {
    expect(toRisRecord(paper(real, 'metafair2022human'))).toMatch(/^TY {2}- JOUR\r\n[\s\S]*T2 {2}- Science\r\nDO {2}- 10\.1126\/science\.ade9097\r\n/);
    expect(toRisRecord(paper(real, 'burns2022discovering'))).toMatch(/^TY {2}- CPAPER\r\n[\s\S]*PY {2}- 2023\r\nT2 {2}- ICLR 2023\r\n/);
  });

  test('names put the suffix last; organisations are written whole', () => {
    expect(risName('King, Jr., M. L.')).toBe('King, M. L., Jr.');
    expect(risName('{AT&T Labs Research}')).toBe('AT&T Labs Research');
  });

  test('every line of every record is a tag line, and every record ends with ER', () => {
    const text = toRis([...publishedOnly(real.papers), ...fixtureAtlas().papers]);
    const records = text.split('\r\n\r\n');
    expect(records.length).toBe(publishedOnly(real.papers).length + fixtureAtlas().papers.length);
    for (const record of records) {
      const lines = record.replace(/\r\n$/, '').split('\r\n');
      expect(lines[0]).toMatch(/^TY {2}- [A-Z]+$/);
      expect(lines[lines.length - 1]).toBe('ER  - ');
      for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- .*$/);
    }
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
