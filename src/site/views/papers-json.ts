/**
 * /papers.json: every published entry's metadata for other tools. The shape is stable and
 * documented in README.md ("The static site"): every key is always present (null or [] when
 * the entry has no value), papers are sorted by slug, and `version` changes only when a key is
 * removed or changes meaning.
 */
import type { LinkedPaper } from '../../lib/link/link-atlas.ts';
import type { SiteIndex } from './site-index.ts';
import { absoluteUrl, paperUrl } from './urls.ts';

export const PAPERS_JSON_VERSION = 1;

const orNull = <T>(value: T | undefined | ''): T | null => (value === undefined || value === '' ? null : value);

export function paperRecord(index: SiteIndex, paper: LinkedPaper, site: URL | string | undefined) {
  const { meta } = paper;
  const terms = (id: string) => (paper.terms[id] ?? []).map((t) => ({ slug: t.slug, label: t.label }));
  return {
    slug: paper.slug,
    url: absoluteUrl(site, paperUrl(paper.slug)),
    citekey: paper.citekey,
    title: meta.title,
    authors: meta.authors,
    authors_truncated: meta.authors_truncated ?? false,
    date: orNull(meta.date),
    publication_year: meta.publication_year,
    publication: orNull(meta.publication),
    venue: orNull(meta.venue),
    venue_type: orNull(meta.venue_type),
    doi: orNull(meta.doi),
    arxiv: orNull(meta.arxiv),
    paper_url: orNull(meta.paper_url),
    deception_types: terms('deception-types'),
    research_areas: terms('research-areas'),
    system_types: terms('system-types'),
    models: terms('models'),
    elicitation: terms('elicitation'),
    relations: paper.relations.filter((r) => index.paperBySlug.has(r.slug)).map((r) => ({ type: r.type, paper: r.slug, note: r.note })),
    tags: meta.tags,
    summary: orNull(meta.summary),
    cites: paper.cites.filter((slug) => index.paperBySlug.has(slug)),
    commentary: (index.commentaryAbout.get(paper.slug) ?? []).map((c) => c.meta.id),
    added: orNull(meta.added),
    updated: orNull(meta.updated),
  };
}

export function papersJson(index: SiteIndex, site: URL | string | undefined) {
  const papers = [...index.papers].sort((a, b) => a.slug.localeCompare(b.slug));
  return {
    format: 'deception-atlas/papers',
    version: PAPERS_JSON_VERSION,
    site: absoluteUrl(site, '/'),
    count: papers.length,
    papers: papers.map((p) => paperRecord(index, p, site)),
  };
}
