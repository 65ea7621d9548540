/**
 * A line-based scan of a Markdown body: headings and in-text citations with their file lines.
 * Validation needs only these, and a scan is ~50× cheaper than a full parse at 10,000 entries;
 * rendering uses the real remark parser (markdown/).
 */
import type { Located } from '../diagnostics.ts';

export interface Heading extends Located {
  depth: number;
  text: string;
}

export interface InTextCitation extends Located {
  key: string;
}

export interface BodyScan {
  headings: Heading[];
  citations: InTextCitation[];
  /** Lines holding raw HTML tags, which the renderer drops. */
  htmlLines: number[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
// A bracketed cluster holding at least one @key, as Pandoc and rehype-citation write it: [@a; @b, p. 3].
// The key may open the cluster ([@a]) or follow a space or ';' ([see @a; @b]); never inside a word (foo@bar).
const CLUSTER = /\[((?:[^\[\]\n]*?[\s;])?-?@[^\[\]\n]*)\]/g;
const KEY_IN_CLUSTER = /(?:^|[\s;])-?@([A-Za-z0-9_][\w:.#$%&+?<>~/-]*)/g;
const INLINE_CODE = /(`+)[^`]*?\1/g;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^>]*)?\/?>|<!--/;

export function scanBody(body: string, firstLine: number): BodyScan {
  const headings: Heading[] = [];
  const citations: InTextCitation[] = [];
  const htmlLines: number[] = [];
  let fence: string | null = null;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = firstLine + i;
    const fenceMatch = FENCE.exec(raw);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = null;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    if (/^( {4}|\t)/.test(raw)) continue; // indented code
    const heading = ATX.exec(raw);
    if (heading) headings.push({ depth: heading[1].length, text: heading[2].trim(), line, column: 1 });
    // Blank out inline code so `[@x]` shown as code is not taken for a citation.
    const visible = raw.replace(INLINE_CODE, (m) => ' '.repeat(m.length));
    if (HTML_TAG.test(visible)) htmlLines.push(line);
    for (const cluster of visible.matchAll(CLUSTER)) {
      const inner = cluster[1];
      const innerStart = (cluster.index ?? 0) + 1;
      for (const key of inner.matchAll(KEY_IN_CLUSTER)) {
        const trimmed = key[1].replace(/[.:,;]+$/, '');
        const column = innerStart + (key.index ?? 0) + key[0].indexOf('@') + 1;
        citations.push({ key: trimmed, line, column });
      }
    }
  }
  return { headings, citations, htmlLines };
}
