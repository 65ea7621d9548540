/**
 * Property tests: whatever bytes arrive, the loader returns diagnostics and never throws, and
 * every diagnostic points at a real place in the file.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { atlasOf, SEED_ENTRY } from '../helpers/atlas-fixture.ts';

function assertWellFormed(atlas: ReturnType<typeof atlasOf>, text: string | Uint8Array) {
  const lines = (typeof text === 'string' ? text : Buffer.from(text).toString('latin1')).split(/\r\n|\r|\n/).length;
  for (const d of atlas.diagnostics) {
    expect(d.file).toBe('papers/fuzz.md');
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines + 1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(['error', 'warning']).toContain(d.severity);
    expect(d.code).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(d.message).not.toBe('');
  }
}

// Pieces that make YAML and Markdown interesting, so mutations reach deep code paths.
const FRAGMENTS = ['---', '---js', '\n', '\r\n', ': ', '- ', '"', "'", '&a ', '*a', '!!js/function ', '!tag ', '[', ']', '{', '}', '#', '## Summary', '### X', '[@', '@key', ';', '<script>', '\t', '\u0000', '\ufeff', 'ü', '😀', 'authors: ', 'title: ', 'arxiv: 2401.1', '? ', '|', '>'];

describe('the loader on arbitrary input', () => {
  test('random bytes never throw and always produce located diagnostics', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const atlas = atlasOf({ 'papers/fuzz.md': bytes });
        assertWellFormed(atlas, bytes);
        if (atlas.papers.length === 0) expect(atlas.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  test('mutations of the seed entry never throw, and an entry is either valid or has an error', () => {
    const mutation = fc.tuple(fc.nat(SEED_ENTRY.length), fc.nat(40), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (edits) => {
        let text = SEED_ENTRY;
        for (const [at, cut, insert] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert.join('') + text.slice(i + cut);
        }
        const atlas = atlasOf({ 'papers/fuzz.md': text });
        assertWellFormed(atlas, text);
        const errors = atlas.diagnostics.filter((d) => d.severity === 'error').length;
        expect(atlas.papers.length === 1 || errors > 0).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
