/**
 * CSL-JSON, the citation format of Zotero, Mendeley and citeproc (and so of rehype-citation).
 * Preprints are CSL "article" items published by arXiv with the arXiv ID as their number,
 * which is how Zotero itself imports an arXiv page. Dates follow `cited-date.ts`, as in BibTeX.
 */
import { parseAuthorName } from '../../../schemas/author.ts';
import type { LinkedPaper, PaperRecord } from '../link/link-atlas.ts';
import { byCitekey, paperUrl } from './bibtex.ts';
import { citedDate } from './cited-date.ts';

export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article' | 'article-journal' | 'paper-conference' | 'book' | 'thesis' | 'report';
  title: string;
  author: CslName[];
  issued: { 'date-parts': number[][] };
  'container-title'?: string;
  publisher?: string;
  number?: string;
  DOI?: string;
  URL?: string;
  genre?: string;
  note?: string;
}

export function cslName(author: string): CslName {
  const parsed = parseAuthorName(author);
  if (!parsed) return { literal: author };
  if (parsed.kind === 'organisation') return { literal: parsed.name };
  const name: CslName = { family: parsed.family, given: parsed.given };
  if (parsed.particle) name['non-dropping-particle'] = parsed.particle;
  if (parsed.suffix) name.suffix = parsed.suffix;
  return name;
}

/** [year, month, day] as far as the cited version's date is known. */
export function dateParts(meta: LinkedPaper['meta']): number[] {
  const { year, month, day } = citedDate(meta);
  return month ? (day ? [year, month, day] : [year, month]) : [year];
}

export function toCslItem(paper: PaperRecord): CslItem {
  const { meta } = paper;
  const item: CslItem = {
    id: paper.citekey,
    'citation-key': paper.citekey,
    type: 'article',
    title: meta.title,
    author: meta.authors.map(cslName),
    issued: { 'date-parts': [dateParts(meta)] },
  };
  if (meta.venue) {
    item['container-title'] = meta.venue;
    if (meta.venue_type === 'journal') item.type = 'article-journal';
    else if (meta.venue_type === 'conference' || meta.venue_type === 'workshop') item.type = 'paper-conference';
    else if (meta.venue_type === 'book') item.type = 'book';
    else if (meta.venue_type === 'thesis') item.type = 'thesis';
    else if (meta.venue_type === 'report') item.type = 'report';
  } else if (meta.arxiv) {
    item.publisher = 'arXiv';
    item.number = `arXiv:${meta.arxiv}`;
    item.genre = 'Preprint';
  } else if (meta.publication) {
    item.publisher = meta.publication;
  }
  if (meta.doi) item.DOI = meta.doi;
  const url = paperUrl(meta);
  if (url) item.URL = url;
  if (meta.authors_truncated) item.note = 'Author list incomplete.';
  return item;
}

export function toCslJson(papers: readonly PaperRecord[]): CslItem[] {
  return [...papers].sort(byCitekey).map(toCslItem);
}

/** The CSL-JSON file: an array of items, two-space indented, ending with a newline. */
export function toCslJsonText(papers: readonly PaperRecord[]): string {
  return `${JSON.stringify(toCslJson(papers), null, 2)}\n`;
}
