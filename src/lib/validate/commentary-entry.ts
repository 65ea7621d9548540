/** Validates one commentary record or editorial essay on its own. */
import type { Positions } from '../load/parse-yaml.ts';
import { CommentarySchema, type Commentary } from '../../../schemas/commentary.ts';
import { diagnostic, type Diagnostic, type Located } from '../diagnostics.ts';
import type { SourceText } from '../load/decode-source.ts';
import { splitFrontmatter } from '../load/split-frontmatter.ts';
import { checkFileName, slugFromFile } from './paper-entry.ts';
import { checkSchema } from './schema-issues.ts';
import { scanBody, type BodyScan } from './scan-body.ts';

export interface CommentaryEntry {
  kind: 'commentary';
  file: string;
  meta: Commentary;
  body: string;
  bodyLine: number;
  scan: BodyScan;
  positions: Positions;
}

export function validateCommentary(source: SourceText): { entry: CommentaryEntry | null; diagnostics: Diagnostic[] } {
  const { file, text } = source;
  const diagnostics = checkFileName(file);
  const split = splitFrontmatter(file, text);
  diagnostics.push(...split.diagnostics);
  if (!split.data) return { entry: null, diagnostics };
  const checked = checkSchema(file, CommentarySchema, split.data, split.positions, 'commentary record');
  diagnostics.push(...checked.diagnostics);
  const scan = scanBody(split.body, split.bodyLine);
  for (const line of scan.htmlLines) {
    diagnostics.push(diagnostic(file, { line, column: 1 }, 'warning', 'raw-html', '', 'raw HTML in the body is not rendered',
      'Use Markdown instead: **bold**, _italic_, [link](https://…), lists.'));
  }
  if (checked.value && checked.value.id !== slugFromFile(file)) {
    diagnostics.push(diagnostic(file, split.positions.get('id') ?? { line: 1, column: 1 }, 'warning', 'id-file-mismatch', 'id',
      `id "${checked.value.id}" differs from the file name "${slugFromFile(file)}.md"`,
      `Name the file "${checked.value.id}.md" so the two are easy to find together (the id, not the file name, is the URL).`));
  }
  if (!checked.value) return { entry: null, diagnostics };
  return { entry: { kind: 'commentary', file, meta: checked.value, body: split.body, bodyLine: split.bodyLine, scan, positions: split.positions }, diagnostics };
}
