/**
 * In-text citations that link to the cited paper's own page. rehype-citation (linkCitations)
 * points each cited name at its line in the reference list (`#bib-<key, lower-cased>`); when the
 * pipeline runs with `citationLinks: 'entries'`, a work that has a page (file.data.entryHrefs,
 * keyed by the key as written) links there instead. Works without a page keep the list link.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

declare module 'vfile' {
  interface DataMap {
    citationLinksToEntries: boolean;
  }
}

export function rehypeCitationLinks() {
  return (tree: Root, file: VFile) => {
    if (!file.data.citationLinksToEntries || !file.data.entryHrefs) return;
    const hrefs = new Map(Object.entries(file.data.entryHrefs).map(([key, href]) => [`#bib-${key.toLowerCase()}`, href]));
    visit(tree, 'element', (node: Element) => {
      // rehype-citation wraps each citation cluster in <span id="citation--key--key--n">.
      if (node.tagName !== 'span' || !String(node.properties.id ?? '').startsWith('citation--')) return;
      visit(node, 'element', (link: Element) => {
        const href = link.tagName === 'a' ? hrefs.get(String(link.properties.href ?? '')) : undefined;
        if (href) link.properties.href = href;
      });
      return 'skip';
    });
  };
}
