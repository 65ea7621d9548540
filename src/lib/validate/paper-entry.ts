/**
 * Validates one paper entry on its own: frontmatter against PaperSchema, body structure,
 * raw HTML. Cross-file checks (terms, duplicates, citations) happen in link/.
 */
import type { Positions } from '../load/parse-yaml.ts';
import { PAPER_SECTIONS, PaperSchema, type Paper } from '../../../schemas/paper.ts';
import { SLUG_PATTERN } from '../../../schemas/common.ts';
import { diagnostic, type Diagnostic, type Located } from '../diagnostics.ts';
import { slugify } from '../fold.ts';
import type { SourceText } from '../load/decode-source.ts';
import { splitFrontmatter } from '../load/split-frontmatter.ts';
import { checkSections } from './body-sections.ts';
import { checkRelationTypes } from './check-relation-types.ts';
import { checkTerms } from './check-terms.ts';
import type { TaxonomyIndex } from '../link/taxonomy-index.ts';
import { checkSchema } from './schema-issues.ts';
import { scanBody, type BodyScan } from './scan-body.ts';

export interface PaperEntry {
  kind: 'paper';
  slug: string;
  file: string;
  meta: Paper;
  body: string;
  bodyLine: number;
  scan: BodyScan;
  positions: Positions;
}

export function slugFromFile(file: string): string {
  const base = file.split('/').pop() ?? file;
  return base.replace(/\.md$/i, '');
}

export function checkFileName(file: string): Diagnostic[] {
  const slug = slugFromFile(file);
  if (SLUG_PATTERN.test(slug)) return [];
  return [diagnostic(file, { line: 1, column: 1 }, 'error', 'file-name', '',
    `file name "${slug}.md" is not a valid slug (it becomes the page URL)`,
    `Rename the file to "${slugify(slug) || 'paper-slug'}.md": lower-case letters, digits and hyphens.`)];
}

export function validatePaper(source: SourceText, taxonomies?: TaxonomyIndex): { entry: PaperEntry | null; diagnostics: Diagnostic[] } {
  const { file, text } = source;
  const diagnostics = checkFileName(file);
  const split = splitFrontmatter(file, text);
  diagnostics.push(...split.diagnostics);
  if (!split.data) return { entry: null, diagnostics };

  const checked = checkSchema(file, PaperSchema, split.data, split.positions, 'paper entry');
  diagnostics.push(...checked.diagnostics);
  if (taxonomies) diagnostics.push(...checkTerms(file, split.data, split.positions, taxonomies));
  diagnostics.push(...checkRelationTypes(file, split.data, split.positions));
  const draft = split.data.draft === true;
  const scan = scanBody(split.body, split.bodyLine);
  diagnostics.push(...checkSections(file, scan.headings, PAPER_SECTIONS, { draft, bodyLine: split.bodyLine, allowOtherSections: false }));
  for (const line of scan.htmlLines) {
    diagnostics.push(diagnostic(file, { line, column: 1 }, 'warning', 'raw-html', '', 'raw HTML in the body is not rendered',
      'Use Markdown instead: **bold**, _italic_, [link](https://…), lists.'));
  }
  if (checked.value && !draft && !checked.value.summary) {
    diagnostics.push(diagnostic(file, split.positions.get('') ?? { line: 2, column: 1 }, 'error', 'field-required', 'summary', 'summary is required unless the entry is a draft',
      'Add summary: "One or two sentences in our own words."'));
  }
  // A badly named file is kept (its file-name error fails the run) so the cross-file checks
  // (duplicate arXiv IDs, citations) see it too and every error is reported at once.
  if (!checked.value) return { entry: null, diagnostics };
  return {
    entry: { kind: 'paper', slug: slugFromFile(file), file, meta: checked.value, body: split.body, bodyLine: split.bodyLine, scan, positions: split.positions },
    diagnostics,
  };
}
