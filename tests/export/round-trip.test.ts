/**
 * Round trip: every .bib we produce is parsed by an independent, well-kept parser
 * (@retorquere/bibtex-parser, the one behind Better BibTeX for Zotero) and its fields are
 * compared with the entries they came from.
 */
import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseAuthorName } from '../../schemas/author.ts';
import type { Atlas } from '../../src/lib/atlas.ts';
import { entryType, paperUrl, toBibtex } from '../../src/lib/export/bibtex.ts';
import { citedDate } from '../../src/lib/export/cited-date.ts';
import type { BibEncoding } from '../../src/lib/export/latex-text.ts';
import { publishedOnly } from '../../src/lib/export/select-papers.ts';
import type { LinkedPaper } from '../../src/lib/link/link-atlas.ts';
import { fixtureAtlas, realAtlas } from './fixture-atlas.ts';

const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

function expectedCreator(author: string): Creator {
  const parsed = parseAuthorName(author)!;
  if (parsed.kind === 'organisation') return { name: parsed.name };
  const creator: Creator = { lastName: parsed.family, firstName: parsed.given };
  if (parsed.particle) creator.prefix = parsed.particle;
  if (parsed.suffix) creator.suffix = parsed.suffix;
  return creator;
}

function compare(entry: Entry, paper: LinkedPaper): void {
  const { meta } = paper;
  const kind = entryType(meta);
  const date = citedDate(meta);
  expect(entry.type).toBe(kind.type);
  const authors = meta.authors.map(expectedCreator);
  if (meta.authors_truncated) authors.push({ lastName: 'others' });
  // The parser decodes {\"{a}} to a + combining diaeresis: compare in NFC.
  const parsed = (entry.fields.author ?? []).map((c) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, typeof v === 'string' ? v.normalize('NFC') : v])));
  expect(parsed).toEqual(authors);
  expect(normalise(entry.fields.title ?? '')).toBe(normalise(meta.title));
  if (kind.venueField) {
    const value = entry.fields[kind.venueField];
    expect(normalise(Array.isArray(value) ? value.join(' and ') : (value ?? ''))).toBe(normalise(kind.venue!));
  }
  expect(entry.fields.year).toBe(String(date.year));
  expect(entry.fields.month).toBe(date.month ? String(date.month) : undefined);
  expect(entry.fields.doi).toBe(meta.doi || undefined);
  expect(entry.fields.eprint).toBe(meta.arxiv || undefined);
  expect(entry.fields.archiveprefix).toBe(meta.arxiv ? 'arXiv' : undefined);
  expect(entry.fields.primaryclass).toBe(meta.arxiv ? meta.primary_class : undefined);
  expect(entry.fields.url).toBe(paperUrl(meta));
}

const atlases: Record<string, () => Promise<Atlas>> = {
  'the real atlas': realAtlas,
  'the hostile fixtures': async () => fixtureAtlas(),
};

describe.each(Object.keys(atlases))('round trip of %s', (name) => {
  let papers: LinkedPaper[];
  beforeAll(async () => {
    papers = publishedOnly((await atlases[name]()).papers);
  });

  describe.each(['ascii', 'utf8'] as BibEncoding[])('%s encoding', (encoding) => {
    test('parses without errors, one entry per paper, every field as in the entry', () => {
      const library = parse(toBibtex(papers, { encoding }), { english: false, caseProtection: false });
      expect(library.errors).toEqual([]);
      expect(library.entries.map((e) => e.key).sort()).toEqual(papers.map((p) => p.citekey).sort());
      for (const paper of papers) {
        const entry = library.entries.find((e) => e.key === paper.citekey)!;
        try {
          compare(entry, paper);
        } catch (error) {
          throw new Error(`${paper.file} (${paper.citekey}): ${(error as Error).message}`);
        }
      }
    });
  });
});
