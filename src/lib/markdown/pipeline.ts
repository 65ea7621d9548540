/**
 * The one Markdown pipeline, used by the site and the tests alike:
 *
 *   remark-parse → remark-gfm → remark-rehype (raw HTML dropped) → rehype-citation
 *   → rehype-slug → heading anchors → collect headings → rehype-sanitize (last) → HTML
 *
 * Raw HTML in an entry is dropped, not passed through: the validator already warns that it is
 * "not rendered". The sanitizer still runs last, so nothing any plugin emits (rehype-citation
 * builds HTML from strings) can carry script, event handlers or javascript: links.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeCitation from 'rehype-citation';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { Element } from 'hast';
import type { Image } from 'mdast';
import type { Handler } from 'mdast-util-to-hast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { CslItem } from '../export/csl-json.ts';
import { replaceFile } from '../replace-file.ts';
import { rehypeBibliography } from './rehype-bibliography.ts';
import { rehypeCitationLinks } from './rehype-citation-links.ts';
import { rehypeCollectHeadings, type RenderedHeading } from './rehype-collect-headings.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

export type { RenderedHeading };

export interface MarkdownInput {
  markdown: string;
  /**
   * The works this text cites, as CSL-JSON items whose `id` is the key as written after `@`.
   * rehype-citation formats `[@key]` only when its key is here; others stay plain text.
   */
  bibliography?: readonly CslItem[];
  /** Key (as written) → link to the cited work's page, added to its bibliography entry. */
  entryHrefs?: Readonly<Record<string, string>>;
}

export interface Rendered {
  html: string;
  headings: RenderedHeading[];
}

export interface PipelineOptions {
  /** Where per-document bibliography files are written for rehype-citation (it reads files only). */
  bibliographyDir?: string;
  /** 'entries': in-text citations of works with a page (entryHrefs) link to it; default: to the reference list. */
  citationLinks?: 'references' | 'entries';
}

/** Bump when a change to the pipeline alters its output without altering the canary's. */
export const PIPELINE_VERSION = 1;

// Entries carry no images; an image becomes a link to it (its alt text as the label), so a
// remote image never loads in a reader's browser and nothing the author wrote is lost.
const imageAsLink: Handler = (_state, node: Image) => ({
  type: 'element',
  tagName: 'a',
  properties: { href: node.url },
  children: [{ type: 'text', value: node.alt || node.url }],
});

// GFM's hidden "Footnotes" heading is not a section of the entry.
const isSectionHeading = (el: Element) => el.properties.id !== 'footnote-label';

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: false, handlers: { image: imageAsLink } })
  .use(rehypeCitation, { csl: 'apa', lang: 'en-US', linkCitations: true })
  .use(rehypeBibliography)
  .use(rehypeCitationLinks)
  .use(rehypeSlug)
  .use(rehypeCollectHeadings)
  .use(rehypeAutolinkHeadings, {
    behavior: 'append',
    test: isSectionHeading,
    properties: { className: ['heading-anchor'] },
    content: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
      { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: 'Link to this section' }] },
    ],
  })
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify)
  .freeze();

function bibliographyFile(items: readonly CslItem[], dir: string): string {
  const text = JSON.stringify(items);
  const name = `${createHash('sha256').update(text).digest('hex').slice(0, 32)}.json`;
  const file = path.join(dir, name);
  // Concurrent builds may write the same file.
  if (!existsSync(file)) replaceFile(file, text);
  return name;
}


/** Renders one Markdown text to sanitized HTML and its section headings. */
export async function renderMarkdown(input: MarkdownInput, options: PipelineOptions = {}): Promise<Rendered> {
  const file = new VFile({ value: input.markdown });
  if (input.entryHrefs) file.data.entryHrefs = { ...input.entryHrefs };
  if (options.citationLinks === 'entries') file.data.citationLinksToEntries = true;
  if (input.bibliography && input.bibliography.length > 0) {
    // rehype-citation joins the bibliography path onto file.cwd, so give it a relative name.
    const dir = options.bibliographyDir ?? path.join(tmpdir(), 'atlas-bibliographies');
    file.cwd = dir;
    file.data.matter = { bibliography: bibliographyFile(input.bibliography, dir) };
  }
  const out = await processor.process(file);
  return { html: String(out), headings: out.data.headings ?? [] };
}
