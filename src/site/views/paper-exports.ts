/**
 * The three files every paper has beside its page, by extension: what /papers/<slug>.<ext>
 * holds (the core's exports), with the content type a dev server sends.
 */
import { toBibtex } from '../../lib/export/bibtex.ts';
import { toCslJsonText } from '../../lib/export/csl-json.ts';
import { toRis } from '../../lib/export/ris.ts';
import type { PaperCard } from './paper-card.ts';

export const PAPER_EXPORTS = {
  bib: (paper: PaperCard) => toBibtex([paper]),
  json: (paper: PaperCard) => toCslJsonText([paper]),
  ris: (paper: PaperCard) => toRis([paper]),
} as const;

export const PAPER_EXPORT_TYPES: Record<keyof typeof PAPER_EXPORTS, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
};
