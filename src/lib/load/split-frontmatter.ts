/**
 * Splits an entry into YAML frontmatter and Markdown body with gray-matter, under rules that keep
 * it safe: only YAML is ever parsed. gray-matter would otherwise evaluate `---js` frontmatter as
 * JavaScript, so every other engine is replaced with one that refuses.
 */
import matter from 'gray-matter';
import { diagnostic, type Diagnostic, type Located } from '../diagnostics.ts';
import { parseYaml, type Positions } from './parse-yaml.ts';

export interface SplitEntry {
  data: Record<string, unknown> | undefined;
  positions: Positions;
  body: string;
  /** File line on which the body's first line stands. */
  bodyLine: number;
  diagnostics: Diagnostic[];
}

const refuse = () => {
  throw new Error('only YAML frontmatter is allowed');
};
// Engines gray-matter knows or users commonly register; all but our YAML refuse.
const ENGINES = { javascript: refuse, js: refuse, coffee: refuse, coffeescript: refuse, cson: refuse, json: refuse, toml: refuse };

export function splitFrontmatter(file: string, text: string): SplitEntry {
  const at1 = { line: 1, column: 1 };
  const fail = (code: string, message: string, hint: string, at: Located = at1): SplitEntry => ({
    data: undefined, positions: new Map<string, Located>(), body: '', bodyLine: 1, diagnostics: [diagnostic(file, at, 'error', code, '', message, hint)],
  });
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const opening = /^---[ \t]*(\S*)[ \t]*$/.exec(firstLine);
  if (!opening) {
    return fail('frontmatter-missing', 'file does not start with YAML frontmatter ("---" on the first line)',
      'Begin the file with a line "---", the fields, then another line "---" before the Markdown body.');
  }
  if (opening[1] !== '' && opening[1].toLowerCase() !== 'yaml') {
    return fail('frontmatter-language', `frontmatter language "${opening[1]}" is not allowed; only YAML is read`,
      'Replace the first line with a plain "---" and write the fields in YAML.');
  }
  if (!/\n---[ \t]*(\n|$)/.test(text)) {
    return fail('frontmatter-unclosed', 'frontmatter is not closed: no line "---" after the fields',
      'Add a line containing only "---" between the last field and the Markdown body.');
  }

  let yamlText = '';
  let body = '';
  try {
    const parsed = matter(text, {
      language: 'yaml',
      excerpt: false,
      engines: {
        ...ENGINES,
        yaml: (source: string) => {
          yamlText = source;
          return {};
        },
      },
    } as Parameters<typeof matter>[1]);
    body = parsed.content;
  } catch (error) {
    return fail('frontmatter-invalid', `frontmatter could not be split: ${(error as Error).message}`, 'Check the two "---" lines around the fields.');
  }
  const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
  if (yamlText.trim() === '') {
    return { ...fail('frontmatter-empty', 'frontmatter is empty', 'Add the entry\'s fields between the two "---" lines (see CONTRIBUTING.md).'), body, bodyLine };
  }
  // gray-matter hands over the text after the opening "---", so YAML line 1 is file line 1.
  const yaml = parseYaml(file, yamlText, 0);
  if (yaml.data !== undefined && (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data))) {
    return {
      data: undefined, positions: yaml.positions, body, bodyLine,
      diagnostics: [diagnostic(file, { line: 2, column: 1 }, 'error', 'yaml-not-mapping', '', 'frontmatter must be a set of "field: value" lines', 'Write one "field: value" per line, e.g. title: "…".')],
    };
  }
  return { data: yaml.data as Record<string, unknown> | undefined, positions: yaml.positions, body, bodyLine, diagnostics: yaml.diagnostics };
}
