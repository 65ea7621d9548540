/** Renders diagnostics for people (terminal), machines (JSON) and GitHub (workflow annotations). */
import type { Diagnostic } from './diagnostics.ts';

export type DiagnosticFormat = 'human' | 'json' | 'github';

const COLOURS = { error: '\u001b[31m', warning: '\u001b[33m', dim: '\u001b[2m', reset: '\u001b[0m' };

export function formatHuman(list: readonly Diagnostic[], colour: boolean): string {
  const paint = (code: keyof typeof COLOURS, text: string) => (colour ? `${COLOURS[code]}${text}${COLOURS.reset}` : text);
  return list
    .map((d) => {
      const where = `${d.file}:${d.line}:${d.column}`;
      const head = `${where}  ${paint(d.severity, d.severity)}  ${d.field || '-'}  ${d.message}  ${paint('dim', `[${d.code}]`)}`;
      return d.hint ? `${head}\n    ${paint('dim', 'hint:')} ${d.hint}` : head;
    })
    .join('\n');
}

export function formatJson(list: readonly Diagnostic[]): string {
  return JSON.stringify(list, null, 2);
}

// GitHub workflow commands: properties and message need %, CR, LF (and in properties , and :) escaped.
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(list: readonly Diagnostic[]): string {
  return list
    .map((d) => {
      const title = escapeProperty(d.field ? `${d.code} (${d.field})` : d.code);
      const body = escapeData(d.hint ? `${d.message}\nHint: ${d.hint}` : d.message);
      return `::${d.severity} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${title}::${body}`;
    })
    .join('\n');
}
