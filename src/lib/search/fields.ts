/**
 * What the search indexes hold and how much each field counts. Title, authors and IDs come
 * first, as the issue asks; body text lives in separate, lazily loaded shards (see shards.ts).
 */
export const META_FIELDS = [
  { name: 'title', boost: 10 },
  { name: 'authors', boost: 8 },
  { name: 'ids', boost: 10 },
  { name: 'tags', boost: 4 },
  { name: 'terms', boost: 4 },
  { name: 'year', boost: 3 },
  { name: 'venue', boost: 2 },
  { name: 'summary', boost: 2 },
] as const;

export const BODY_FIELDS = [
  { name: 'body', boost: 1 },
  { name: 'commentary', boost: 0.5 },
] as const;

export type MetaFieldName = (typeof META_FIELDS)[number]['name'];
export type BodyFieldName = (typeof BODY_FIELDS)[number]['name'];

/** The facets on the results page: URL parameter → taxonomy id; year is handled apart. */
export const FACETS = [
  { param: 'type', taxonomy: 'deception-types', label: 'Deception type' },
  { param: 'area', taxonomy: 'research-areas', label: 'Research area' },
  { param: 'system', taxonomy: 'system-types', label: 'System type' },
  { param: 'model', taxonomy: 'models', label: 'Model' },
  { param: 'elicitation', taxonomy: 'elicitation', label: 'Elicitation' },
] as const;
