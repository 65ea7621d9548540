/**
 * Records the body's section headings (h2, h3) with their ids in `file.data.headings`, so a page
 * can list its sections without parsing the HTML again. Runs after rehype-slug and before the anchor links are added, so the text is the heading's own.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

export interface RenderedHeading {
  depth: 2 | 3;
  id: string;
  text: string;
}

declare module 'vfile' {
  interface DataMap {
    headings: RenderedHeading[];
  }
}

export function rehypeCollectHeadings() {
  return (tree: Root, file: VFile) => {
    const headings: RenderedHeading[] = [];
    visit(tree, 'element', (node: Element) => {
      if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties.id === 'string' && node.properties.id !== 'footnote-label') {
        headings.push({ depth: node.tagName === 'h2' ? 2 : 3, id: node.properties.id, text: toString(node).trim() });
      }
    });
    file.data.headings = headings;
  };
}
