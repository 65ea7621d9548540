/**
 * A controlled vocabulary: `taxonomies/<id>.yaml`, one file per vocabulary.
 */
import { z } from 'zod';
import { SlugSchema, StringListSchema } from './common.ts';

export const TaxonomyTermSchema = z.object({
  slug: SlugSchema.meta({ description: 'Stable, used in URLs; never changes.' }),
  label: z.string({ error: 'must be text' }).trim().min(1)
    .meta({ description: 'The term as entries write it, e.g. "Strategic Deception".' }),
  definition: z.string({ error: 'must be text: a definition of our own' }).trim().min(1)
    .meta({ description: 'A definition in our own words.' }),
  parent: SlugSchema.optional().meta({ description: 'Slug of the broader term, if any.' }),
  aliases: StringListSchema.default([]).meta({ description: 'Other names entries may use; they resolve to this term.' }),
  related: z.array(SlugSchema).default([]).meta({ description: 'Slugs of related terms in the same vocabulary.' }),
  developer: z.string({ error: 'must be text' }).trim().min(1).optional()
    .meta({ description: 'Models only: who makes the model, as a label (e.g. "Anthropic").' }),
  note: z.string({ error: 'must be text' }).trim().min(1).optional()
    .meta({ description: 'Models only: one line a reader sees beside the term (which releases it covers).' }),
});

export const TaxonomySchema = z.object({
  id: SlugSchema.meta({ description: 'The vocabulary\'s ID; also its file name and URL.' }),
  label: z.string().trim().min(1).meta({ description: 'Human name of the vocabulary.' }),
  description: z.string().trim().min(1).meta({ description: 'What the vocabulary classifies.' }),
  terms: z.array(TaxonomyTermSchema).min(1, { error: 'must define at least one term' }),
});

export type TaxonomyTerm = z.output<typeof TaxonomyTermSchema>;
export type Taxonomy = z.output<typeof TaxonomySchema>;

/** Which entry field each vocabulary feeds. */
export const TAXONOMY_FIELDS = {
  'deception-types': 'deception_types',
  'research-areas': 'research_areas',
  'system-types': 'system_types',
  'models': 'models',
  'elicitation': 'elicitation',
} as const;
export type TaxonomyId = keyof typeof TAXONOMY_FIELDS;

/**
 * The vocabularies that say what a paper is about. They are the citation graph's term nodes and
 * its co-occurrence edges; models and elicitation say what was tested and how, and are listed on
 * their own pages and in the behaviour × model matrix instead.
 */
export const TOPIC_TAXONOMIES: readonly TaxonomyId[] = ['deception-types', 'research-areas', 'system-types'];

/**
 * Vocabularies whose broader terms also hold their narrower terms' papers: a paper that tested
 * Claude 3 Opus is a Claude paper. (A paper on Alignment Faking is not thereby filed under
 * Deceptive Alignment; that vocabulary's parents are only for browsing.)
 */
export const ROLLUP_TAXONOMIES: readonly TaxonomyId[] = ['models'];
