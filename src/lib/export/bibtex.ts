/**
 * BibTeX entries for atlas papers. Conventions (README "Citation export"):
 * - entry type from `venue_type`: journal → @article (journal), conference or workshop →
 *   @inproceedings (booktitle), book → @book (publisher), report → @techreport (institution);
 *   a preprint is @misc with eprint/archivePrefix/primaryClass, as arXiv's own export writes it;
 * - every entry with an arXiv ID carries eprint, archivePrefix = {arXiv} and primaryClass when
 *   known, plus doi and url;
 * - year and month as `cited-date.ts` decides; month as BibTeX's month macros (jan …);
 * - ASCII with LaTeX escapes by default (classic BibTeX), UTF-8 on request (biber);
 * - fields in one fixed order, entries sorted by key, so the same atlas gives the same bytes.
 */
import type { LinkedPaper, PaperRecord } from '../link/link-atlas.ts';
import { bibtexAuthors } from './bibtex-names.ts';
import { citedDate } from './cited-date.ts';
import { encodeLatex, type BibEncoding } from './latex-text.ts';
import { protectTitle } from './title-case.ts';

/** Code-point order: the same on every machine, unlike locale collation. */
export function byCitekey(a: { citekey: string }, b: { citekey: string }): number {
  return a.citekey < b.citekey ? -1 : a.citekey > b.citekey ? 1 : 0;
}

export interface BibtexOptions {
  encoding?: BibEncoding;
}

type VenueField = 'journal' | 'booktitle' | 'publisher' | 'institution' | 'howpublished';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The entry type and the field that names where the paper appeared. */
export function entryType(meta: LinkedPaper['meta']): { type: string; venueField?: VenueField; venue?: string } {
  if (meta.venue) {
    switch (meta.venue_type) {
      case 'journal': return { type: 'article', venueField: 'journal', venue: meta.venue };
      case 'conference':
      case 'workshop': return { type: 'inproceedings', venueField: 'booktitle', venue: meta.venue };
      case 'book': return { type: 'book', venueField: 'publisher', venue: meta.venue };
      case 'report': return { type: 'techreport', venueField: 'institution', venue: meta.venue };
      // A thesis without its degree cannot be @phdthesis or @mastersthesis honestly.
      default: return { type: 'misc', venueField: 'howpublished', venue: meta.venue };
    }
  }
  if (meta.arxiv) return { type: 'misc' };
  if (meta.publication) return { type: 'misc', venueField: 'howpublished', venue: meta.publication };
  return { type: 'misc' };
}

/** A title (or venue) with case protection, encoded. */
export function bibtexTitle(title: string, encoding: BibEncoding): string {
  return protectTitle(title)
    .map((s) => (s.protect ? `{${encodeLatex(s.text, encoding)}}` : encodeLatex(s.text, encoding)))
    .join('');
}

/** URLs and DOIs are verbatim fields; only what would unbalance the entry is percent-encoded. */
export function bibtexVerbatim(value: string): string {
  return value.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function paperUrl(meta: LinkedPaper['meta']): string | undefined {
  return meta.paper_url ?? (meta.arxiv ? `https://arxiv.org/abs/${meta.arxiv}` : undefined);
}

export function toBibtexEntry(paper: PaperRecord, options: BibtexOptions = {}): string {
  const encoding = options.encoding ?? 'ascii';
  const { meta } = paper;
  const kind = entryType(meta);
  const date = citedDate(meta);
  const fields: string[] = [];
  const add = (name: string, value: string | undefined) => {
    if (value) fields.push(`  ${name} = {${value}}`);
  };
  add('author', bibtexAuthors(meta.authors, meta.authors_truncated === true, encoding));
  add('title', bibtexTitle(meta.title, encoding));
  if (kind.venueField && kind.venue) add(kind.venueField, bibtexTitle(kind.venue, encoding));
  add('year', String(date.year));
  if (date.month) fields.push(`  month = ${MONTHS[date.month - 1]}`);
  if (meta.doi) add('doi', bibtexVerbatim(meta.doi));
  if (meta.arxiv) {
    add('eprint', bibtexVerbatim(meta.arxiv));
    add('archivePrefix', 'arXiv');
    add('primaryClass', meta.primary_class);
  }
  add('url', bibtexVerbatim(paperUrl(meta) ?? ''));
  return `@${kind.type}{${paper.citekey},\n${fields.join(',\n')}\n}\n`;
}

/** A .bib file: the papers' entries sorted by citation key, separated by blank lines. */
export function toBibtex(papers: readonly PaperRecord[], options: BibtexOptions = {}): string {
  return [...papers]
    .sort(byCitekey)
    .map((p) => toBibtexEntry(p, options))
    .join('\n');
}
