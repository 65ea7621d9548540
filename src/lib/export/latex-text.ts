/**
 * Entry text (Unicode, no TeX markup) → the inside of a BibTeX field.
 *
 * Two encodings:
 * - `ascii`: every non-ASCII letter becomes a LaTeX accent command in a brace group ({\"a},
 *   {\L}), the form classic BibTeX abbreviates, sorts and case-changes correctly, and that
 *   biber decodes too. The default everywhere.
 * - `utf8`: letters and punctuation stay UTF-8, for biber + biblatex.
 * Greek letters and mathematical symbols are set in math mode ({$\alpha$}) in both, since
 * pdfLaTeX has no text glyph for them.
 * In both, TeX's special characters come out as text (never as markup). Braces go through
 * \textbraceleft/\textbraceright because BibTeX counts every brace in a field, escaped or not.
 */

export type BibEncoding = 'ascii' | 'utf8';

const SPECIALS: Record<string, string> = {
  '\\': '{\\textbackslash}', '{': '{\\textbraceleft}', '}': '{\\textbraceright}',
  '&': '\\&', '%': '\\%', '$': '\\$', '#': '\\#', '_': '\\_',
  '~': '{\\textasciitilde}', '^': '{\\textasciicircum}',
  // In LaTeX's default OT1 font encoding these three print as other glyphs (¡, ¿, —).
  '<': '{\\textless}', '>': '{\\textgreater}', '|': '{\\textbar}',
};

// Letters without a decomposition, as the LaTeX kernel names them (\DJ, \TH, \DH, \NG need T1 fonts).
const LETTERS: Record<string, string> = {
  'ß': '\\ss', 'Ł': '\\L', 'ł': '\\l', 'Ø': '\\O', 'ø': '\\o', 'Æ': '\\AE', 'æ': '\\ae',
  'Œ': '\\OE', 'œ': '\\oe', 'ı': '\\i', 'ȷ': '\\j', 'Đ': '\\DJ', 'đ': '\\dj', 'Þ': '\\TH', 'þ': '\\th',
  'Ð': '\\DH', 'ð': '\\dh', 'Ŋ': '\\NG', 'ŋ': '\\ng',
};

// Combining marks (after NFD) → LaTeX accent commands.
const ACCENTS: Record<string, string> = {
  '\u0300': '`', '\u0301': "'", '\u0302': '^', '\u0303': '~', '\u0304': '=', '\u0306': 'u', '\u0307': '.',
  '\u0308': '"', '\u030A': 'r', '\u030B': 'H', '\u030C': 'v', '\u0323': 'd', '\u0326': 'textcommabelow',
  '\u0327': 'c', '\u0328': 'k', '\u0331': 'b',
};

// Punctuation: LaTeX's own input conventions (-- ---) or text commands render these exactly.
const PUNCTUATION: Record<string, string> = {
  // Curly quotes by name, so that a reader of the .bib gets back the very character.
  '‘': '{\\textquoteleft}', '’': '{\\textquoteright}', '“': '{\\textquotedblleft}', '”': '{\\textquotedblright}',
  '–': '--', '—': '---', '…': '{\\ldots}', '\u00A0': '~',
  '¡': '{\\textexclamdown}', '¿': '{\\textquestiondown}', '§': '{\\S}', '¶': '{\\P}', '©': '{\\textcopyright}',
  '®': '{\\textregistered}', '°': '{\\textdegree}', '£': '{\\pounds}', '€': '{\\texteuro}', '·': '{\\textperiodcentered}',
  '«': '{\\guillemotleft}', '»': '{\\guillemotright}', '‹': '{\\guilsinglleft}', '›': '{\\guilsinglright}',
  '•': '{\\textbullet}', '†': '{\\dag}', '‡': '{\\ddag}',
};

// Mathematical symbols and Greek letters, set in math mode.
const MATH: Record<string, string> = {
  '×': '\\times', '÷': '\\div', '±': '\\pm', '∓': '\\mp', '−': '-', '≤': '\\leq', '≥': '\\geq', '≠': '\\neq',
  '≈': '\\approx', '∼': '\\sim', '≡': '\\equiv', '∝': '\\propto', '∞': '\\infty', '→': '\\rightarrow',
  '←': '\\leftarrow', '↔': '\\leftrightarrow', '⇒': '\\Rightarrow', '⇔': '\\Leftrightarrow', '∈': '\\in',
  '∉': '\\notin', '⊂': '\\subset', '⊆': '\\subseteq', '∪': '\\cup', '∩': '\\cap', '∀': '\\forall', '∃': '\\exists',
  '¬': '\\neg', '∧': '\\wedge', '∨': '\\vee', '∑': '\\sum', '∏': '\\prod', '∫': '\\int', '∂': '\\partial',
  '∇': '\\nabla', '√': '\\surd', '′': '\\prime', '⋅': '\\cdot', '∘': '\\circ', '⊕': '\\oplus', '⊗': '\\otimes',
  '²': '^{2}', '³': '^{3}', '¹': '^{1}', 'ℓ': '\\ell',
  'α': '\\alpha', 'β': '\\beta', 'γ': '\\gamma', 'δ': '\\delta', 'ε': '\\varepsilon', 'ϵ': '\\epsilon', 'ζ': '\\zeta',
  'η': '\\eta', 'θ': '\\theta', 'ϑ': '\\vartheta', 'ι': '\\iota', 'κ': '\\kappa', 'λ': '\\lambda', 'μ': '\\mu',
  'µ': '\\mu', 'ν': '\\nu', 'ξ': '\\xi', 'ο': 'o', 'π': '\\pi', 'ρ': '\\rho', 'σ': '\\sigma', 'ς': '\\varsigma',
  'τ': '\\tau', 'υ': '\\upsilon', 'φ': '\\varphi', 'ϕ': '\\phi', 'χ': '\\chi', 'ψ': '\\psi', 'ω': '\\omega',
  'Γ': '\\Gamma', 'Δ': '\\Delta', 'Θ': '\\Theta', 'Λ': '\\Lambda', 'Ξ': '\\Xi', 'Π': '\\Pi', 'Σ': '\\Sigma',
  'Υ': '\\Upsilon', 'Φ': '\\Phi', 'Ψ': '\\Psi', 'Ω': '\\Omega',
};
function accented(base: string, marks: string[]): string | null {
  let inner = base === 'i' ? '\\i' : base === 'j' ? '\\j' : base;
  for (const mark of marks) {
    const command = ACCENTS[mark];
    if (!command) return null;
    inner = `\\${command}{${inner}}`;
  }
  return `{${inner}}`;
}

/** One character (a grapheme's first code point plus its combining marks) in ASCII form, or null. */
function asciiForm(cluster: string): string | null {
  const direct = LETTERS[cluster] ?? PUNCTUATION[cluster];
  if (direct) return direct.startsWith('{') || !direct.startsWith('\\') ? direct : `{${direct}}`;
  const [base, ...marks] = Array.from(cluster.normalize('NFD'));
  if (marks.length === 0) return null;
  if (/^[A-Za-z]$/.test(base)) return accented(base, marks);
  const letter = LETTERS[base];
  if (letter) return accented(letter, marks);
  return null;
}

/** Splits text into base characters with their combining marks attached. */
function clusters(text: string): string[] {
  return text.normalize('NFC').match(/\P{M}\p{M}*|\p{M}+/gu) ?? [];
}

/**
 * Encodes plain text for a BibTeX field. Characters the ASCII form has no name for are kept as
 * they are (see `nonAscii` to find them); whitespace runs become one space.
 */
export function encodeLatex(text: string, encoding: BibEncoding): string {
  let out = '';
  // Control characters and line breaks never belong in a one-line field.
  const clean = text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ').replace(/\s+/gu, ' ');
  for (const cluster of clusters(clean)) {
    const special = SPECIALS[cluster];
    if (special) out += special;
    // Math symbols stay LaTeX in UTF-8 too: pdfLaTeX has no text glyph for them.
    else if (MATH[cluster]) out += `{$${MATH[cluster]}$}`;
    else if (cluster < '\u0080' || encoding === 'utf8') out += cluster;
    else out += asciiForm(cluster) ?? cluster;
  }
  return out;
}

/** Characters left outside ASCII in an ASCII-encoded text: ones the encoder has no LaTeX name for. */
export function nonAscii(encoded: string): string[] {
  return [...new Set(encoded.match(/[^\u0000-\u007F]/gu) ?? [])];
}
