/**
 * Gives rehype-citation's bibliography (`div#refs`) a "References" heading and, for each work
 * that has a page of its own, a link to it. The hrefs come in `file.data.entryHrefs`, keyed by
 * the citation key as written (rehype-citation lower-cases the keys in its ids).
 */
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

declare module 'vfile' {
  interface DataMap {
    entryHrefs: Record<string, string>;
  }
}

const isElement = (node: ElementContent): node is Element => node.type === 'element';

export function rehypeBibliography() {
  return (tree: Root, file: VFile) => {
    const hrefs = new Map(Object.entries(file.data.entryHrefs ?? {}).map(([key, href]) => [key.toLowerCase(), href]));
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.properties.id !== 'refs' || !parent || index === undefined) return;
      for (const entry of node.children.filter(isElement)) {
        const key = String(entry.properties.id ?? '').replace(/^bib-/, '');
        const href = hrefs.get(key);
        if (!href) continue;
        entry.children.push({ type: 'text', value: ' ' }, {
          type: 'element', tagName: 'a', properties: { href, className: ['atlas-entry-link'] }, children: [{ type: 'text', value: 'Atlas entry' }],
        });
      }
      const section: Element = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['bibliography'], ariaLabelledBy: ['references'] },
        children: [{ type: 'element', tagName: 'h2', properties: { id: 'references' }, children: [{ type: 'text', value: 'References' }] }, node],
      };
      parent.children[index] = section;
      return 'skip';
    });
  };
}
