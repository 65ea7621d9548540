/**
 * New entries as text, in the entry format (see papers/*.md): frontmatter with every field of the
 * format, then the body headings from PAPER_SECTIONS to fill in. A new paper is a draft, so it
 * validates before a word of the annotation is written and is not published until draft: false.
 */
import type { COMMENTARY_KINDS } from '../../../schemas/commentary.ts';
import { PAPER_SECTIONS } from '../../../schemas/paper.ts';
import type { NewPaperFields } from './paper-fields.ts';

// JSON strings are valid YAML double-quoted strings: quotes, backslashes and control characters are escaped.
export type CommentaryKind = (typeof COMMENTARY_KINDS)[number];

const q = (value: string): string => JSON.stringify(value);
const list = (values: readonly string[]): string => `[${values.map(q).join(', ')}]`;

export function renderPaperEntry(fields: NewPaperFields, options: { added: string }): string {
  const extra = [
    fields.primary_class ? `primary_class: ${q(fields.primary_class)}` : null,
    fields.venue ? `venue: ${q(fields.venue)}` : null,
    fields.venue_type ? `venue_type: ${q(fields.venue_type)}` : null,
  ].filter((line): line is string => line !== null);
  const frontmatter = [
    '---',
    `title: ${q(fields.title)}`,
    `date: ${fields.date ? fields.date : '""'}`,
    'draft: true',
    `added: ${options.added}`,
    '',
    '# Paper metadata',
    `authors: ${list(fields.authors)}`,
    `publication: ${q(fields.publication)}`,
    `publication_year: ${fields.publication_year}`,
    `doi: ${q(fields.doi)}`,
    `arxiv: ${q(fields.arxiv)}`,
    `paper_url: ${q(fields.paper_url)}`,
    ...extra,
    '',
    '# Taxonomies',
    'deception_types: []',
    'research_areas: []',
    'system_types: []',
    'tags: []',
    '',
    '# Evidence',
    'models: []',
    'elicitation: []',
    '',
    '# Summary',
    'summary: ""',
    '---',
  ];
  const body = PAPER_SECTIONS.flatMap((section) => ['', `## ${section.heading}`, ...section.subsections.flatMap((sub) => ['', `### ${sub}`])]);
  return `${[...frontmatter, ...body].join('\n')}\n`;
}

/** Body headings of the commentary records written so far (commentary/*.md). */
export const COMMENTARY_BODY_HEADINGS = ['Summary', 'Assessment'] as const;

export function renderCommentaryRecord(options: { id: string; kind: CommentaryKind; about: string; added: string }): string {
  // Our own essays carry no stance or credibility rating; everyone else's must.
  const essay = options.kind === 'editorial-essay';
  const lines = [
    '---',
    `id: ${q(options.id)}`,
    `kind: ${q(options.kind)}`,
    'title: ""',
    essay ? 'authors: ["Deception Atlas editors"]' : 'authors: []',
    'outlet: ""',
    'url: ""',
    'date: ""',
    `about: ${list([options.about])}`,
    ...(essay ? [] : ['stance: ""', 'credibility:', '  rating: ""', '  reason: ""']),
    'description: ""',
    'key_points: []',
    `added: ${options.added}`,
    '---',
    ...COMMENTARY_BODY_HEADINGS.flatMap((h) => ['', `## ${h}`]),
  ];
  return `${lines.join('\n')}\n`;
}
