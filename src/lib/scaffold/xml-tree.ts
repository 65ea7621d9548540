/**
 * A small, strict XML reader for API answers (the arXiv Atom feed): well-formed XML or an error,
 * never a guess. Built on sax in strict mode, which expands only the predefined and numeric
 * entities, so a hostile DOCTYPE cannot make it fetch files or blow up in memory.
 */
import sax from 'sax';

export interface XmlElement {
  /** Namespace URI ('' when none) and local name, so a feed may use any prefix. */
  uri: string;
  local: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside this element (not its children's). */
  text: string;
}

export type XmlResult = { ok: true; root: XmlElement } | { ok: false; error: string };

/** Bounds on a document we are willing to walk: a feed for one paper is far below both. */
const MAX_ELEMENTS = 20_000;
const MAX_DEPTH = 32;

export function parseXml(text: string): XmlResult {
  const parser = sax.parser(true, { xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let count = 0;
  let error: string | null = null;

  parser.onerror = (e) => {
    error ??= e.message.split('\n')[0];
    // Cleared so that close() does not throw it again; the first error is the one reported.
    (parser as { error: Error | null }).error = null;
  };
  parser.onopentag = (tag) => {
    const node = tag as sax.QualifiedTag;
    if (++count > MAX_ELEMENTS || stack.length >= MAX_DEPTH) {
      error ??= 'the document is too large or too deeply nested';
      return;
    }
    const attributes: Record<string, string> = {};
    for (const [name, attr] of Object.entries(node.attributes)) attributes[attr.local || name] = attr.value;
    const element: XmlElement = { uri: node.uri ?? '', local: node.local ?? node.name, attributes, children: [], text: '' };
    if (stack.length === 0) {
      if (root) error ??= 'the document has more than one root element';
      root = element;
    } else {
      stack[stack.length - 1].children.push(element);
    }
    stack.push(element);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  const addText = (t: string) => {
    if (stack.length > 0) stack[stack.length - 1].text += t;
  };
  parser.ontext = addText;
  parser.oncdata = addText;

  try {
    parser.write(text).close();
  } catch (e) {
    error ??= (e as Error).message.split('\n')[0];
  }
  if (error) return { ok: false, error };
  if (!root) return { ok: false, error: 'the document has no root element' };
  return { ok: true, root };
}

export function childrenNamed(parent: XmlElement, uri: string, local: string): XmlElement[] {
  return parent.children.filter((c) => c.uri === uri && c.local === local);
}

export function childNamed(parent: XmlElement, uri: string, local: string): XmlElement | undefined {
  return parent.children.find((c) => c.uri === uri && c.local === local);
}
