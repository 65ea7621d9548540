/**
 * Colours of the citation map, one per deception type. Shared by the page (its legend is
 * rendered at build time) and the client script, so both always agree. Colour is never the only
 * cue: the filters and the list name every type in words.
 */

// d3's category20: twenty distinguishable hues, enough for the deception-types vocabulary.
export const PALETTE = [
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf',
  '#aec7e8', '#ffbb78', '#98df8a', '#ff9896', '#c5b0d5', '#c49c94', '#f7b6d2', '#c7c7c7', '#dbdb8d', '#9edae5',
];
export const NO_TYPE_COLOUR = '#5f6670';

/** Term slug → colour, assigned in slug order, so the same vocabulary always gets the same colours. */
export function typeColours(termSlugs: readonly string[]): Map<string, string> {
  return new Map([...termSlugs].sort().map((slug, i) => [slug, PALETTE[i % PALETTE.length]]));
}

/** Screen radius of a paper: grows with the square root of its citations within the atlas. */
export function nodeSize(citedBy: number): number {
  return 3 + 2 * Math.sqrt(citedBy);
}
