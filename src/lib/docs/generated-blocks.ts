/**
 * Replaces the text between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` in a
 * Markdown document, leaving everything else as written by hand.
 */
export const startMarker = (name: string) => `<!-- generated:${name} (written by npm run docs from schemas/, taxonomies/ and the example files; do not edit by hand) -->`;
export const endMarker = (name: string) => `<!-- /generated:${name} -->`;

export type Spliced = { ok: true; text: string } | { ok: false; error: string };

export function spliceGenerated(doc: string, blocks: Record<string, string>): Spliced {
  let text = doc;
  for (const [name, content] of Object.entries(blocks)) {
    const start = new RegExp(`<!-- generated:${name}(?: [^\\n]*?)? -->`, 'g');
    const starts = [...text.matchAll(start)];
    const end = endMarker(name);
    if (starts.length !== 1) return { ok: false, error: `expected one "<!-- generated:${name} … -->" marker, found ${starts.length}` };
    const from = starts[0].index!;
    const to = text.indexOf(end, from);
    if (to === -1 || text.indexOf(end, to + end.length) !== -1) return { ok: false, error: `expected one "${end}" marker after the start marker` };
    text = `${text.slice(0, from)}${startMarker(name)}\n\n${content.trim()}\n\n${text.slice(to)}`;
  }
  return { ok: true, text };
}
