/**
 * The verified corpus (verified-metadata/papers.yaml and citations.yaml) and the matching of
 * atlas entries to its records. The corpus is the only source of bibliographic facts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { Atlas } from '../../src/lib/atlas.ts';
import type { LinkedPaper } from '../../src/lib/link/link-atlas.ts';
import { normaliseArxiv } from '../../src/lib/link/paper-refs.ts';

export interface CorpusPaper {
  id: string;
  title: string;
  authors: string[];
  authors_complete: boolean;
  year: number;
  arxiv?: string;
  primary_class?: string;
  doi?: string;
  venue?: string;
  url: string;
  date?: string;
  topics?: string[];
  notes?: string;
}

export interface CitationEdge {
  from: string;
  to: string;
}

/** A piece others wrote, as verified in commentary.yaml. */
export interface CorpusCommentary {
  id: string;
  /** arXiv IDs of the papers it discusses. */
  about: string[];
  title: string;
  url: string;
  date?: string;
}

export interface Corpus {
  papers: CorpusPaper[];
  citations: CitationEdge[];
  commentary: CorpusCommentary[];
}

/** Reads the corpus with the YAML 1.2 core schema, so dates stay strings as in entries. */
export async function loadCorpus(root: string): Promise<Corpus> {
  const read = async (name: string) => parse(await readFile(path.join(root, 'verified-metadata', name), 'utf8'));
  const [papers, citations, commentary] = await Promise.all([read('papers.yaml'), read('citations.yaml'), read('commentary.yaml')]);
  return { papers, citations, commentary };
}

export interface Match {
  paper: LinkedPaper;
  record: CorpusPaper;
}

/**
 * Pairs each entry with the corpus record that has its arXiv ID or its slug as id. An entry whose
 * arXiv ID and slug point at two different records is reported, not matched.
 */
export function matchEntries(atlas: Atlas, corpus: Corpus): { matches: Match[]; problems: string[] } {
  const byId = new Map(corpus.papers.map((r) => [r.id, r]));
  const byArxiv = new Map(corpus.papers.filter((r) => r.arxiv).map((r) => [normaliseArxiv(r.arxiv!), r]));
  const matches: Match[] = [];
  const problems: string[] = [];
  for (const paper of atlas.papers) {
    const bySlug = byId.get(paper.slug);
    const byId2 = paper.meta.arxiv ? byArxiv.get(normaliseArxiv(paper.meta.arxiv)) : undefined;
    if (bySlug && byId2 && bySlug !== byId2) {
      problems.push(`${paper.file}: slug names corpus record ${bySlug.id} but arXiv ID ${paper.meta.arxiv} is record ${byId2.id}`);
      continue;
    }
    const record = bySlug ?? byId2;
    if (record) matches.push({ paper, record });
  }
  return { matches, problems };
}
