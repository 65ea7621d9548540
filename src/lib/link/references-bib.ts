/**
 * `references.bib` at the content root: works without an atlas entry that in-text citations
 * may name ([@key]). Parsed with citation-js's BibTeX plugin (the parser behind rehype-citation)
 * straight to CSL-JSON. A malformed file is a diagnostic with its line, never a crash, and its
 * keys still count as known so one typo does not also fail every entry that cites the file.
 */
import * as citationJs from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { CITEKEY_PATTERN } from '../../../schemas/paper.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import type { SourceText } from '../load/decode-source.ts';
import type { PaperRefIndex } from './paper-refs.ts';

/** A CSL-JSON item as citation-js produces it: `id` is the BibTeX key. */
export type CslData = { id: string; title?: string; URL?: string; issued?: unknown } & Record<string, unknown>;

export interface ExternalWork {
  key: string;
  line: number;
  item: CslData;
}

export interface ReferencesBib {
  file: string;
  works: ExternalWork[];
  /** Every key the file declares, parseable or not. */
  keys: Set<string>;
  diagnostics: Diagnostic[];
}

// "@type{key," or "@type(key,": where each entry starts, for line numbers.
const ENTRY_START = /@([A-Za-z]+)[ \t]*[{(][ \t\n]*([^,\s{}()"#%'=]+)?/g;
const NOT_ENTRIES = new Set(['string', 'comment', 'preamble']);
const SYNTAX_AT = /at line (\d+) col (\d+)/;

// citation-js ships no types; src/lib/export/citation-js.d.ts declares only what the exporters call.
type InputChain = (data: string, options: { forceType: string; generateGraph: boolean; target: string }) => unknown;
const chain: InputChain = (data, options) => (citationJs.plugins as unknown as { input: { chain: InputChain } }).input.chain(data, options);

function entryStarts(text: string): { key: string; line: number; column: number }[] {
  const starts: { key: string; line: number; column: number }[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const m of text.matchAll(ENTRY_START)) {
    const at = m.index ?? 0;
    for (; scanned < at; scanned++) if (text.charCodeAt(scanned) === 10) { line++; lineStart = scanned + 1; }
    if (!NOT_ENTRIES.has(m[1].toLowerCase()) && m[2]) starts.push({ key: m[2], line, column: at - lineStart + 1 });
  }
  return starts;
}

function isWebUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !/\s/.test(value);
  } catch {
    return false;
  }
}

export function parseReferencesBib(source: SourceText): ReferencesBib {
  const { file, text } = source;
  const starts = entryStarts(text);
  const keys = new Set(starts.map((s) => s.key));
  const diagnostics: Diagnostic[] = [];
  let items: CslData[];
  try {
    // forceType: never let citation-js guess the input type (a bare DOI would make it fetch one).
    items = chain(text, { forceType: '@bibtex/text', generateGraph: false, target: '@csl/list+object' }) as CslData[];
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    const at = SYNTAX_AT.exec(message);
    diagnostics.push(diagnostic(file, at ? { line: Number(at[1]), column: Number(at[2]) } : { line: 1, column: 1 }, 'error', 'bibtex-syntax', '',
      `references.bib is not valid BibTeX: ${message.replace(SYNTAX_AT, '').replace(/[\s:]+$/, '')}`,
      'Check the entry around this line: every field is name = {value} or name = "value", fields are separated by commas, braces balance.'));
    return { file, works: [], keys, diagnostics };
  }

  const works: ExternalWork[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const start = starts[i]?.key === item.id ? starts[i] : (starts.find((s) => s.key === item.id) ?? { line: 1, column: 1 });
    const at = { line: start.line, column: start.column };
    const folded = item.id.toLowerCase();
    const first = seen.get(folded);
    if (first !== undefined) {
      diagnostics.push(diagnostic(file, at, 'error', 'duplicate-citekey', '', `citation key "${item.id}" is already defined on line ${first}`, 'Give each work its own key; BibTeX keys ignore case.'));
      return;
    }
    seen.set(folded, at.line);
    if (!CITEKEY_PATTERN.test(item.id)) {
      diagnostics.push(diagnostic(file, at, 'error', 'bibtex-key', '', `citation key "${item.id}" cannot be cited as [@${item.id}]`, 'Use letters, digits and _ : . + - only.'));
    }
    if (!item.title) diagnostics.push(diagnostic(file, at, 'warning', 'bibtex-field', 'title', `"${item.id}" has no title`, 'Add title = {…}: the reference list shows it.'));
    if (!item.issued) diagnostics.push(diagnostic(file, at, 'warning', 'bibtex-field', 'year', `"${item.id}" has no year`, 'Add year = {…}.'));
    if (item.URL !== undefined && !isWebUrl(item.URL)) {
      diagnostics.push(diagnostic(file, at, 'error', 'bibtex-field', 'url', `"${item.id}" has a url that is not a web address`, 'Use an address starting with https:// or http://, or remove the url field.'));
      delete item.URL;
    }
    works.push({ key: item.id, line: at.line, item });
  });
  return { file, works, keys, diagnostics };
}

/** A references.bib key that an atlas paper already answers to can never be cited: say so. */
export function shadowedReferences(bib: ReferencesBib, refs: PaperRefIndex): Diagnostic[] {
  return bib.works.flatMap((work) => {
    const slug = refs.resolve(work.key);
    if (!slug) return [];
    return [diagnostic(bib.file, { line: work.line, column: 1 }, 'warning', 'reference-shadowed', '',
      `"${work.key}" is also an atlas paper (papers/${slug}.md), so [@${work.key}] cites the atlas entry`,
      'Remove this entry from references.bib.')];
  });
}
