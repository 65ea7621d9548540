/**
 * A CSL-JSON item's reference in APA 7th or Chicago author-date 17th, as plain text, through a
 * loaded citation-js: citeproc does the formatting, never code of ours. Pure and free of Node,
 * so that the build (formatted-reference.ts) and the reader's browser (src/scripts/cite-reference.ts)
 * format a reference with the same call and get the same text.
 */
import type { CslItem } from './csl-json.ts';

export const REFERENCE_STYLES = { apa: 'APA (7th edition)', chicago: 'Chicago (author-date)' } as const;
export type ReferenceStyle = keyof typeof REFERENCE_STYLES;

/** The part of @citation-js/core (with @citation-js/plugin-csl loaded) this needs. */
export interface CitationJs {
  Cite: new (data: unknown) => { format(kind: 'bibliography', options: Record<string, unknown>): unknown };
}

export function referenceText({ Cite }: CitationJs, item: CslItem, style: ReferenceStyle): string {
  return String(new Cite(item).format('bibliography', { format: 'text', template: style, lang: 'en-US' })).trim();
}
