/**
 * Formatted references (APA, Chicago) in Node: the CLI's and the tests' way to what a reader's
 * browser shows in a paper's Cite block (src/scripts/cite-reference.ts makes the same call,
 * reference-text.ts). APA ships with @citation-js/plugin-csl; the Chicago style is the one
 * rehype-citation registers, which the site also serves for browsers (chicagoStyleXml).
 */
import type { PaperRecord } from '../link/link-atlas.ts';
import { toCslItem, type CslItem } from './csl-json.ts';
import { referenceText, type ReferenceStyle } from './reference-text.ts';

export { REFERENCE_STYLES, type ReferenceStyle } from './reference-text.ts';

// citation-js is loaded on first use: most commands never format a reference.
type CitationJsCore = typeof import('@citation-js/core');
let citationJs: Promise<CitationJsCore> | null = null;
const loadCitationJs = (): Promise<CitationJsCore> =>
  (citationJs ??= import('@citation-js/core').then(async (core) => {
    await import('@citation-js/plugin-csl');
    return core;
  }));

/** The CSL style XML of Chicago author-date, as rehype-citation bundles it. */
export async function chicagoStyleXml(): Promise<string> {
  const { Cite: RehypeCite } = await import('rehype-citation');
  // rehype-citation bundles its own citation-js, typed loosely; its registry has the same shape.
  const registry = (RehypeCite as unknown as { plugins: CitationJsCore['plugins'] }).plugins;
  return registry.config.get('@csl').templates.get('chicago') as string;
}

let chicagoRegistered: Promise<void> | null = null;

function registerChicago(): Promise<void> {
  chicagoRegistered ??= Promise.all([loadCitationJs(), chicagoStyleXml()]).then(([{ plugins }, xml]) => {
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
  const core = await loadCitationJs();
  if (style === 'chicago') await registerChicago();
  return referenceText(core as unknown as Parameters<typeof referenceText>[0], item, style);
}
