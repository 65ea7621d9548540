/**
 * The pipeline in one call: load → validate → link. Everything downstream (site, CLI, export,
 * tests) starts from an Atlas.
 */
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import type { SourceText } from './load/decode-source.ts';
import { loadSources } from './load/list-sources.ts';
import { linkAtlas, type LinkedCommentary, type LinkedPaper, type LinkOptions } from './link/link-atlas.ts';
import type { PaperRefIndex } from './link/paper-refs.ts';
import { parseReferencesBib, shadowedReferences, type ExternalWork } from './link/references-bib.ts';
import { buildTaxonomyIndex, type TaxonomyIndex } from './link/taxonomy-index.ts';
import { validateCommentary, type CommentaryEntry } from './validate/commentary-entry.ts';
import { slugFromFile, validatePaper, type PaperEntry } from './validate/paper-entry.ts';
import { validateTaxonomy, type TaxonomyFile } from './validate/taxonomy-file.ts';

export interface Atlas {
  papers: LinkedPaper[];
  commentary: LinkedCommentary[];
  taxonomies: TaxonomyIndex;
  refs: PaperRefIndex;
  /** Works from references.bib, which in-text citations may name besides atlas papers. */
  references: ExternalWork[];
  diagnostics: Diagnostic[];
}

export interface SourceSet {
  papers: readonly SourceText[];
  commentary: readonly SourceText[];
  taxonomies: readonly SourceText[];
  references?: SourceText | null;
  diagnostics?: readonly Diagnostic[];
}

/** Pure: validates and links sources already read. */
export function buildAtlas(sources: SourceSet, options: LinkOptions = {}): Atlas {
  const diagnostics: Diagnostic[] = [...(sources.diagnostics ?? [])];
  const taxonomyFiles: TaxonomyFile[] = [];
  for (const s of sources.taxonomies) {
    const r = validateTaxonomy(s);
    diagnostics.push(...r.diagnostics);
    if (r.entry) taxonomyFiles.push(r.entry);
  }
  const taxonomyIndex = buildTaxonomyIndex(taxonomyFiles);
  diagnostics.push(...taxonomyIndex.diagnostics);

  const papers: PaperEntry[] = [];
  const invalidPapers = new Map<string, string>();
  for (const s of sources.papers) {
    const r = validatePaper(s, taxonomyIndex.index);
    diagnostics.push(...r.diagnostics);
    if (r.entry) papers.push(r.entry);
    else invalidPapers.set(slugFromFile(s.file), s.file);
  }
  const commentary: CommentaryEntry[] = [];
  for (const s of sources.commentary) {
    const r = validateCommentary(s);
    diagnostics.push(...r.diagnostics);
    if (r.entry) commentary.push(r.entry);
  }
  const bib = sources.references ? parseReferencesBib(sources.references) : null;
  const externalKeys = new Set([...(options.externalKeys ?? []), ...(bib?.keys ?? [])]);
  const linked = linkAtlas(papers, commentary, taxonomyIndex.index, { ...options, externalKeys, invalidPapers });
  diagnostics.push(...linked.diagnostics);
  if (bib) diagnostics.push(...bib.diagnostics, ...shadowedReferences(bib, linked.refs));
  return {
    papers: linked.papers,
    commentary: linked.commentary,
    taxonomies: taxonomyIndex.index,
    refs: linked.refs,
    references: bib?.works ?? [],
    diagnostics: sortDiagnostics(diagnostics),
  };
}

/** Reads the repository at `root` and builds the atlas. */
export async function loadAtlas(root: string, options: LinkOptions = {}): Promise<Atlas> {
  return buildAtlas(await loadSources(root), options);
}
