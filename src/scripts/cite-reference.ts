/**
 * The Cite block's APA and Chicago references, formatted in the reader's browser when a tab is
 * first opened (CiteBlock.astro loads this module then): citation-js and citeproc format the
 * paper's own CSL-JSON file (/papers/<slug>.json) with the call the build's formatter uses
 * (src/lib/export/reference-text.ts). Formatting every paper's references at build time cost a
 * quarter of a cold build's CPU (issue #17); BibTeX stays static.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslItem } from '../lib/export/csl-json.ts';
import { referenceText, type CitationJs, type ReferenceStyle } from '../lib/export/reference-text.ts';

const CHICAGO_STYLE_URL = '/styles/chicago-author-date.csl';

async function fetched(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response;
}

let chicago: Promise<void> | undefined;
// A failed fetch is forgotten, so that opening the tab again tries again.
const registerChicago = () =>
  (chicago ??= fetched(CHICAGO_STYLE_URL)
    .then((r) => r.text())
    .then((xml) => void plugins.config.get('@csl').templates.add('chicago', xml))
    .catch((error: unknown) => {
      chicago = undefined;
      throw error;
    }));

const items = new Map<string, Promise<CslItem>>();
const itemAt = (url: string) => {
  if (!items.has(url)) {
    const item = fetched(url).then(async (r) => ((await r.json()) as CslItem[])[0]);
    item.catch(() => items.delete(url));
    items.set(url, item);
  }
  return items.get(url)!;
};

/** The reference of the paper whose CSL-JSON file is at `cslJsonUrl`, as plain text. */
export async function formatReference(cslJsonUrl: string, style: ReferenceStyle): Promise<string> {
  const [item] = await Promise.all([itemAt(cslJsonUrl), style === 'chicago' ? registerChicago() : undefined]);
  return referenceText({ Cite } as unknown as CitationJs, item, style);
}
