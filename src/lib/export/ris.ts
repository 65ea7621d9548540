/**
 * RIS for EndNote, Zotero and Mendeley: one "TAG  - value" line per field, CRLF line ends as
 * the format specifies, UTF-8. Journal papers are JOUR, conference and workshop papers CPAPER,
 * preprints GEN (RIS has no preprint type; the arXiv ID goes in AN, arXiv in PB).
 */
import { parseAuthorName } from '../../../schemas/author.ts';
import type { LinkedPaper, PaperRecord } from '../link/link-atlas.ts';
import { byCitekey, paperUrl } from './bibtex.ts';
import { citedDate } from './cited-date.ts';

const CRLF = '\r\n';

function risType(meta: LinkedPaper['meta']): string {
  if (!meta.venue) return 'GEN';
  switch (meta.venue_type) {
    case 'journal': return 'JOUR';
    case 'conference':
    case 'workshop': return 'CPAPER';
    case 'book': return 'BOOK';
    case 'thesis': return 'THES';
    case 'report': return 'RPRT';
    default: return 'GEN';
  }
}

/** "Last, First, Suffix" as RIS expects; an organisation as its name. */
export function risName(author: string): string {
  const parsed = parseAuthorName(author);
  if (!parsed) return author;
  if (parsed.kind === 'organisation') return parsed.name;
  const family = parsed.particle ? `${parsed.particle} ${parsed.family}` : parsed.family;
  return parsed.suffix ? `${family}, ${parsed.given}, ${parsed.suffix}` : `${family}, ${parsed.given}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function toRisRecord(paper: PaperRecord): string {
  const { meta } = paper;
  const lines: string[] = [];
  // A value is one line: line breaks inside it would start a bogus tag.
  const add = (tag: string, value: string | undefined) => {
    const clean = value?.replace(/\s+/gu, ' ').trim();
    if (clean) lines.push(`${tag}  - ${clean}`);
  };
  const type = risType(meta);
  add('TY', type);
  add('ID', paper.citekey);
  add('TI', meta.title);
  for (const author of meta.authors) add('AU', risName(author));
  const date = citedDate(meta);
  add('PY', String(date.year));
  if (date.month) add('DA', `${date.year}/${pad(date.month)}/${date.day ? pad(date.day) : ''}`);
  if (meta.venue) add('T2', meta.venue);
  else if (meta.arxiv) {
    add('PB', 'arXiv');
    add('AN', `arXiv:${meta.arxiv}`);
  } else add('PB', meta.publication);
  add('DO', meta.doi);
  add('UR', paperUrl(meta));
  if (meta.authors_truncated) add('N1', 'Author list incomplete.');
  lines.push('ER  - ');
  return lines.join(CRLF) + CRLF;
}

export function toRis(papers: readonly PaperRecord[]): string {
  return [...papers].sort(byCitekey).map(toRisRecord).join(CRLF);
}
