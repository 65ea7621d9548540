/**
 * Diagnostics are values: every stage returns them instead of throwing, so a contributor sees
 * every problem at once, each with its file, line, column and field.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  /** Dotted field path ("authors.3") or "" for file-level problems. */
  field: string;
  severity: Severity;
  /** Stable machine-readable code, e.g. "unknown-term". */
  code: string;
  message: string;
  /** How to fix it. */
  hint: string;
}

export interface Located {
  line: number;
  column: number;
}

export function diagnostic(
  file: string,
  at: Located,
  severity: Severity,
  code: string,
  field: string,
  message: string,
  hint = '',
): Diagnostic {
  return { file, line: at.line, column: at.column, field, severity, code, message, hint };
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.code.localeCompare(b.code) ||
      a.message.localeCompare(b.message),
  );
}

export function countBySeverity(list: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of list) d.severity === 'error' ? errors++ : warnings++;
  return { errors, warnings };
}

/** --strict: a warning blocks as an error would. */
export function promoteWarnings(list: readonly Diagnostic[]): Diagnostic[] {
  return list.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' as const } : d));
}
