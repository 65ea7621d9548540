/**
 * CSL-JSON, the citation format of Zotero, Mendeley and citeproc (and so of rehype-citation).
 * Preprints are CSL "article" items published by arXiv with the arXiv ID as their number,
 * which is how Zotero itself imports an arXiv page.
 */
import { parseAuthorName } from '../../../schemas/author.ts';
import type { LinkedPaper } from '../link/link-atlas.ts';

export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
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

/** [year, month, day] as far as the entry knows them. */
export function dateParts(paper: Pick<LinkedPaper['meta'], 'date' | 'publication_year'>): number[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(paper.date ?? '');
  // The `date` is the first version's; when its year disagrees with publication_year, trust the year only.
  if (m && Number(m[1]) === paper.publication_year) return [Number(m[1]), Number(m[2]), Number(m[3])];
  return [paper.publication_year];
}

export function toCslItem(paper: LinkedPaper): CslItem {
  const { meta } = paper;
  const item: CslItem = {
    id: paper.citekey,
    type: 'article',
    title: meta.title,
    author: meta.authors.map(cslName),
    issued: { 'date-parts': [dateParts(meta)] },
  };
  if (meta.venue && meta.venue_type === 'journal') {
    item.type = 'article-journal';
    item['container-title'] = meta.venue;
  } else if (meta.venue && (meta.venue_type === 'conference' || meta.venue_type === 'workshop')) {
    item.type = 'paper-conference';
    item['container-title'] = meta.venue;
  } else if (meta.arxiv) {
    item.publisher = 'arXiv';
    item.number = `arXiv:${meta.arxiv}`;
    item.genre = 'Preprint';
  } else if (meta.venue) {
    item['container-title'] = meta.venue;
  }
  if (meta.doi) item.DOI = meta.doi;
  const url = meta.paper_url ?? (meta.arxiv ? `https://arxiv.org/abs/${meta.arxiv}` : undefined);
  if (url) item.URL = url;
  if (meta.authors_truncated) item.note = 'Author list incomplete.';
  return item;
}

export function toCslJson(papers: readonly LinkedPaper[]): CslItem[] {
  return [...papers].sort((a, b) => a.citekey.localeCompare(b.citekey)).map(toCslItem);
}
