import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/lib/diagnostics.ts';
import { formatGithub, formatHuman, formatJson } from '../../src/lib/format-diagnostics.ts';

const d: Diagnostic = {
  file: 'papers/x,y.md', line: 12, column: 3, field: 'deception_types.0', severity: 'error', code: 'unknown-term',
  message: '"Sycophantcy" is not a term: 100% wrong', hint: 'Write "Sycophancy".\nSee CONTRIBUTING.md.',
};

describe('diagnostic output', () => {
  test('human: path:line:col  severity  field  message, then the hint; colour only when asked', () => {
    expect(formatHuman([d], false)).toBe(
      'papers/x,y.md:12:3  error  deception_types.0  "Sycophantcy" is not a term: 100% wrong  [unknown-term]\n    hint: Write "Sycophancy".\nSee CONTRIBUTING.md.',
    );
    expect(formatHuman([d], false)).not.toContain('\u001b[');
    expect(formatHuman([d], true)).toContain('\u001b[31merror');
  });

  test('github: one workflow annotation per problem with escaped properties and data', () => {
    expect(formatGithub([d])).toBe(
      '::error file=papers/x%2Cy.md,line=12,col=3,title=unknown-term (deception_types.0)::"Sycophantcy" is not a term: 100%25 wrong%0AHint: Write "Sycophancy".%0ASee CONTRIBUTING.md.',
    );
  });

  test('json: the diagnostic values themselves', () => {
    expect(JSON.parse(formatJson([d]))).toEqual([d]);
  });
});
