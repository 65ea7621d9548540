import { describe, expect, test } from 'vitest';
import { encodeLatex, nonAscii } from '../../src/lib/export/latex-text.ts';

describe('encodeLatex', () => {
  test.each([
    ['R&D at 100% for $5 #1 a_b', 'R\\&D at 100\\% for \\$5 \\#1 a\\_b'],
    ['{braces}', '{\\textbraceleft}braces{\\textbraceright}'],
    ['~tilde ^caret \\backslash', '{\\textasciitilde}tilde {\\textasciicircum}caret {\\textbackslash}backslash'],
    ['a < b > c | d', 'a {\\textless} b {\\textgreater} c {\\textbar} d'],
    ['Järviniemi', 'J{\\"{a}}rviniemi'],
    ['Łukasz', '{\\L}ukasz'],
    ['Lukošiūtė', 'Luko{\\v{s}}i{\\={u}}t{\\.{e}}'],
    ['Ștefan', '{\\textcommabelow{S}}tefan'],
    ['Straße Øre Æsir', 'Stra{\\ss}e {\\O}re {\\AE}sir'],
    ['naïve í', 'na{\\"{\\i}}ve {\\\'{\\i}}'],
    ['Nguyễn', 'Nguy{\\~{\\^{e}}}n'],
    ['O’Brien “quoted” – dash — dash…', 'O{\\textquoteright}Brien {\\textquotedblleft}quoted{\\textquotedblright} -- dash --- dash{\\ldots}'],
    ['ε-greedy, ϵ, α ≥ β, 2×', '{$\\varepsilon$}-greedy, {$\\epsilon$}, {$\\alpha$} {$\\geq$} {$\\beta$}, 2{$\\times$}'],
    ['line\nbreak\t and  spaces', 'line break and spaces'],
  ])('ascii: %j → %j', (input, expected) => {
    expect(encodeLatex(input, 'ascii')).toBe(expected);
  });

  test('keeps letters as UTF-8 in utf8 mode but still escapes TeX specials and sets math in math mode', () => {
    expect(encodeLatex('Järviniemi & Łukasz: {x} α', 'utf8')).toBe('Järviniemi \\& Łukasz: {\\textbraceleft}x{\\textbraceright} {$\\alpha$}');
  });

  test('decomposed input (NFD) gives the same result as composed input', () => {
    expect(encodeLatex('Ja\u0308rviniemi', 'ascii')).toBe(encodeLatex('Järviniemi', 'ascii'));
  });

  test('reports characters it has no LaTeX form for instead of dropping them', () => {
    const encoded = encodeLatex('Smile 😀 and 中文', 'ascii');
    expect(encoded).toContain('😀');
    expect(nonAscii(encoded)).toEqual(['😀', '中', '文']);
  });

  test('every output brace is balanced, whatever the input', () => {
    const hostile = '}{ \\{ {{ }} \\} \\\\ } { %$#_&~^';
    const out = encodeLatex(hostile, 'ascii');
    let depth = 0;
    for (const c of out) {
      depth += c === '{' ? 1 : c === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});
