/**
 * The generated parts of CONTRIBUTING.md: field tables from the Zod schemas, the body sections,
 * the credibility scale and the three vocabularies with their definitions. Pure: taxonomies come
 * in as data, text goes out.
 */
import { CommentarySchema, CREDIBILITY_RATINGS, CredibilitySchema, STANCES } from '../../../schemas/commentary.ts';
import { PAPER_CORE_FIELDS, PAPER_SECTIONS, PaperSchema, RELATION_TYPES } from '../../../schemas/paper.ts';
import { TAXONOMY_FIELDS, TaxonomySchema, TaxonomyTermSchema, type Taxonomy, type TaxonomyTerm } from '../../../schemas/taxonomy.ts';
import { termsInTreeOrder } from '../link/taxonomy-index.ts';
import { renderPaperEntry } from '../scaffold/render-entry.ts';
import { describeFields, type FieldDoc } from './describe-schema.ts';

/** Table cells: a pipe would end the cell, a line break the row. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string): string => (text ? `\`${text}\`` : '');

function fieldTable(fields: readonly FieldDoc[]): string {
  const rows = fields.map((f) => {
    const required = f.defaultValue ? `no (default ${code(f.defaultValue)})` : f.required;
    return `| ${code(f.name)} | ${cell(required)} | ${cell(f.type)} | ${cell(f.description)} | ${cell(code(f.example))} |`;
  });
  return ['| Field | Required | Value | What to write | Example |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

export function renderFieldReference(): string {
  const paper = describeFields(PaperSchema);
  const core = new Set<string>(PAPER_CORE_FIELDS);
  const sections = PAPER_SECTIONS.map((s) => {
    const subs = s.subsections.length ? `, with ${s.subsections.map((x) => `\`### ${x}\``).join(', ')}` : '';
    return `- \`## ${s.heading}\`${s.required ? ' (required unless draft)' : ''}${subs}`;
  });
  return [
    '### Paper entry: frontmatter (`papers/<slug>.md`)',
    '',
    fieldTable(paper.filter((f) => core.has(f.name))),
    '',
    'Fields added to the original format (all optional):',
    '',
    fieldTable(paper.filter((f) => !core.has(f.name))),
    '',
    '### Paper entry: body sections',
    '',
    'Level-2 headings, in this order; the `###` subsections are recommended (a missing one is a warning):',
    '',
    ...sections,
    '',
    '### Commentary record: frontmatter (`commentary/<id>.md`)',
    '',
    fieldTable(describeFields(CommentarySchema)),
    '',
    'The `credibility` block:',
    '',
    fieldTable(describeFields(CredibilitySchema)),
    '',
    '### Taxonomy file (`taxonomies/<id>.yaml`)',
    '',
    fieldTable(describeFields(TaxonomySchema).filter((f) => f.name !== 'terms')),
    '',
    'Each item of `terms`:',
    '',
    fieldTable(describeFields(TaxonomyTermSchema)),
  ].join('\n');
}

export function renderRelationTypes(): string {
  const rows = Object.entries(RELATION_TYPES).map(([type, t]) => `| \`${type}\` | ${cell(t.meaning)} | ${cell(t.label)} / ${cell(t.inverse)} |`);
  return ['| Type | Use it when this paper… | Shown as (here / on the other paper) |', '| --- | --- | --- |', ...rows].join('\n');
}

export function renderStances(): string {
  const rows = Object.entries(STANCES).map(([stance, meaning]) => `| \`${stance}\` | ${cell(meaning)} |`);
  return ['| Stance | Meaning |', '| --- | --- |', ...rows].join('\n');
}

export function renderCredibilityScale(): string {
  const rows = Object.entries(CREDIBILITY_RATINGS).map(([rating, meaning]) => `| \`${rating}\` | ${cell(meaning)} |`);
  return ['| Rating | Meaning |', '| --- | --- |', ...rows].join('\n');
}

function termLine(term: TaxonomyTerm, depth: number): string {
  const aliases = term.aliases.length ? `; also: ${term.aliases.join(', ')}` : '';
  return `${'  '.repeat(depth)}- **${term.label}** (\`${term.slug}\`${aliases}): ${term.definition.replace(/\s+/g, ' ').trim()}`;
}

/** Each vocabulary as a tree of terms with definitions, in the order the fields appear. */
export function renderVocabularies(taxonomies: readonly Taxonomy[]): string {
  const order = Object.keys(TAXONOMY_FIELDS);
  const sorted = [...taxonomies].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id) || a.id.localeCompare(b.id));
  return sorted
    .map((tax) => {
      const field = (TAXONOMY_FIELDS as Record<string, string>)[tax.id] ?? tax.id.replace(/-/g, '_');
      // Terms whose parent is missing or looped are still listed, at the top level.
      const lines = termsInTreeOrder(tax.terms).map(({ term, depth }) => termLine(term, depth));
      return [`#### ${tax.label} (\`${field}\`, from \`taxonomies/${tax.id}.yaml\`)`, '', tax.description.replace(/\s+/g, ' ').trim(), '', ...lines].join('\n');
    })
    .join('\n\n');
}

/** An example file shown whole, fenced so that its own "---" and "```" cannot end the block. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}markdown\n${text.trimEnd()}\n${fence}`;
}

/**
 * The skeleton `npm run new` writes, with every value to be filled in left empty, so that the
 * validator lists each one until it is.
 */
export function renderPaperTemplate(): string {
  const skeleton = renderPaperEntry(
    { title: '', authors: [], date: '', publication: '', publication_year: 0, doi: '', arxiv: '', paper_url: '' },
    { added: 'YYYY-MM-DD' },
  );
  return fenced(skeleton.replace('publication_year: 0', 'publication_year: YYYY'));
}

export interface DocsInput {
  taxonomies: readonly Taxonomy[];
  /** A real paper entry and commentary record, shown whole as examples. */
  examplePaper: { file: string; text: string };
  exampleCommentary: { file: string; text: string };
}

export function renderGeneratedBlocks(input: DocsInput): Record<string, string> {
  return {
    'paper-template': renderPaperTemplate(),
    'example-paper': `\`${input.examplePaper.file}\`, as it is in the atlas:\n\n${fenced(input.examplePaper.text)}`,
    'example-commentary': `\`${input.exampleCommentary.file}\`, as it is in the atlas:\n\n${fenced(input.exampleCommentary.text)}`,
    'field-reference': renderFieldReference(),
    'credibility-scale': renderCredibilityScale(),
    'stances': renderStances(),
    'relation-types': renderRelationTypes(),
    'vocabularies': renderVocabularies(input.taxonomies),
  };
}
