/**
 * Formatted references (APA 7th, Chicago author-date 17th) through citation-js and the CSL
 * styles themselves: citeproc does the formatting, never code of ours. APA ships with
 * @citation-js/plugin-csl; the Chicago style is the one rehype-citation registers.
 */
import type { PaperRecord } from '../link/link-atlas.ts';
import { toCslItem, type CslItem } from './csl-json.ts';

export const REFERENCE_STYLES = { apa: 'APA (7th edition)', chicago: 'Chicago (author-date)' } as const;
export type ReferenceStyle = keyof typeof REFERENCE_STYLES;

// citation-js is loaded on first use: a build whose references are all cached never loads it.
type CitationJs = typeof import('@citation-js/core');
let citationJs: Promise<CitationJs> | null = null;
const loadCitationJs = (): Promise<CitationJs> =>
  (citationJs ??= import('@citation-js/core').then(async (core) => {
    await import('@citation-js/plugin-csl');
    return core;
  }));

let chicagoRegistered: Promise<void> | null = null;

function registerChicago(): Promise<void> {
  chicagoRegistered ??= Promise.all([loadCitationJs(), import('rehype-citation')]).then(([{ plugins }, { Cite: RehypeCite }]) => {
    // rehype-citation bundles its own citation-js, typed loosely; its registry has the same shape.
    const registry = (RehypeCite as unknown as { plugins: typeof plugins }).plugins;
    const xml = registry.config.get('@csl').templates.get('chicago');
    plugins.config.get('@csl').templates.add('chicago', xml);
  });
  return chicagoRegistered;
}

/** One paper's reference as plain text in the given style. */
export function formatReference(paper: PaperRecord, style: ReferenceStyle): Promise<string> {
  return formatCslItem(toCslItem(paper), style);
}

/** A CSL-JSON item's reference as plain text in the given style (what formatReference formats). */
export async function formatCslItem(item: CslItem, style: ReferenceStyle): Promise<string> {
  const { Cite } = await loadCitationJs();
  if (style === 'chicago') await registerChicago();
  const text: string = new Cite(item).format('bibliography', { format: 'text', template: style, lang: 'en-US' });
  return text.trim();
}
