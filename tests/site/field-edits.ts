/**
 * The second half of tests/site/incremental-build.test.ts, which calls fieldEditsSuite() with
 * its content and its incremental site once its own edits are built (one cold build fewer).
 *
 * "A keyed page renders from its view alone": every field of every schema is edited, each in a
 * file of its own, and the incremental rebuild must give, byte for byte, the files a cache-free
 * clean build of the edited content gives. A field a page reads without its view holding it
 * would leave that page stale here. The edits are taken from the schemas' own field lists, so a
 * new field without an edit fails this test until one is added.
 *
 * The edits are applied together, so one edit's re-rendered page could hide another's missed
 * dependency on that same page; each paper's and commentary record's own page is edited by one
 * edit only, and tests/site/incremental-build.test.ts covers the cross-page dependencies one kind
 * at a time.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { CommentarySchema, CredibilitySchema, PaperSchema, TaxonomySchema, TaxonomyTermSchema } from '../../schemas/index.ts';
import { buildAtlas, loadAtlas, type SourceSet } from '../../src/lib/atlas.ts';
import { loadSources } from '../../src/lib/load/list-sources.ts';
import { citationGraphOf } from '../../src/site/citation-graph.ts';
import { commentaryPagePaths } from '../../src/site/views/commentary-page.ts';
import { paperPagePaths } from '../../src/site/views/paper-page.ts';
import { siteIndex } from '../../src/site/views/site-index.ts';
import { buildSite, REFERENCE_BUILD, REPO_ROOT, siteDifferences, siteFiles } from '../helpers/build-site.ts';

/** The content folder and incremental site the suite continues from, and where its clean build goes. */
export interface FieldEditFolders {
  content: string;
  incremental: string;
  clean: string;
  /** Whether `incremental` was built from `content` in this run (false when that suite was filtered out). */
  built: () => boolean;
}

type Yaml = ReturnType<typeof parseDocument>;
/** An edit of one field: the file it edits (relative to the content root) and what it does to its YAML. */
interface FieldEdit {
  file: string;
  /** null: the field is not edited (see `shows`). */
  apply: ((doc: Yaml) => void) | null;
  /** Output files whose bytes the edit must change (so the edit is seen to do something), or why none. */
  shows: string[] | { reason: string };
}

const FRONTMATTER = /^---\n([\s\S]*?\n)---\n/;

/** The text of `file` after `apply`; only the edited field's lines change. */
function editedText(file: string, text: string, apply: (doc: Yaml) => void): string {
  const front = file.endsWith('.md') ? FRONTMATTER.exec(text) : null;
  if (file.endsWith('.md') && !front) throw new Error(`${file}: no frontmatter`);
  const doc = parseDocument(front ? front[1] : text);
  // No folding of long lines: the rest of the file keeps its text.
  const before = doc.toString({ lineWidth: 0 });
  apply(doc);
  const after = doc.toString({ lineWidth: 0 });
  expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
  return front ? `---\n${after}---\n${text.slice(front[0].length)}` : after;
}

const paperPage = (slug: string) => [`papers/${slug}/index.html`];
const list = (doc: Yaml, key: string): unknown[] => ((doc.toJS() as Record<string, unknown>)[key] as unknown[] | undefined) ?? [];

export function fieldEditsSuite({ content, incremental, clean, built }: FieldEditFolders): void {
describe('incremental build after an edit of every schema field', () => {
  const edits = new Map<string, FieldEdit>();
  let before: Map<string, Buffer>;
  let rebuilt: ReturnType<typeof buildSite>;
  let original: SourceSet;
  // Each edit's file as that edit alone leaves it.
  const alone = new Map<FieldEdit, string>();
  const originalText = (file: string) => [...original.papers, ...original.commentary, ...original.taxonomies].find((s) => s.file === file)!.text;

  // Two builds of the real atlas; the margin only guards against a hang.
  beforeAll(async () => {
    if (!built()) {
      // Run on its own (the suite before it filtered out): start from a cold build of the atlas.
      for (const dir of [content, incremental, `${incremental}.build-cache`]) rmSync(dir, { recursive: true, force: true });
      mkdirSync(content, { recursive: true });
      for (const dir of ['papers', 'commentary', 'taxonomies']) cpSync(path.join(REPO_ROOT, dir), path.join(content, dir), { recursive: true });
      if (existsSync(path.join(REPO_ROOT, 'references.bib'))) cpSync(path.join(REPO_ROOT, 'references.bib'), path.join(content, 'references.bib'));
      const first = buildSite(content, incremental);
      expect(first.status, first.output).toBe(0);
    }
    before = siteFiles(incremental);

    const atlas = await loadAtlas(content);
    const published = atlas.papers.filter((p) => !p.meta.draft);
    // Papers that no entry refers to take the edits that would break a reference (citekey, draft).
    const names = (p: (typeof published)[number]) => [p.slug, p.citekey, p.meta.arxiv, p.meta.doi].filter(Boolean);
    const references = [
      ...atlas.papers.flatMap((p) => [...(p.meta.cites ?? []), ...p.meta.relations.map((r) => r.paper), p.body]),
      ...atlas.commentary.flatMap((c) => [...c.meta.about, c.body]),
    ].join('\n');
    const unreferred = published.filter((p) => !names(p).some((n) => references.includes(n)));
    const taken = new Set<string>();
    const paperEdit = (field: string, pool: typeof published, apply: (doc: Yaml, slug: string) => void, shows: (slug: string) => FieldEdit['shows'] = paperPage) => {
      const paper = pool.find((p) => !taken.has(p.slug));
      if (!paper) throw new Error(`no paper left for the edit of ${field}`);
      taken.add(paper.slug);
      edits.set(`paper.${field}`, { file: `papers/${paper.slug}.md`, apply: (doc) => apply(doc, paper.slug), shows: shows(paper.slug) });
    };
    const vocabulary = (id: string) => atlas.taxonomies.get(id)!;
    const addTerm = (field: string, vocab: string) => (doc: Yaml) => {
      const have = new Set(list(doc, field));
      doc.set(field, [...have, [...vocabulary(vocab).terms.values()].map((t) => t.label).find((l) => !have.has(l))!]);
    };
    const another = (slug: string, not: Set<unknown> = new Set()) => published.find((p) => p.slug !== slug && !not.has(p.slug))!.slug;
    const others = published.filter((p) => !unreferred.includes(p));

    // Papers: every field of PaperSchema, each in a paper of its own.
    paperEdit('title', others, (doc) => doc.set('title', `${doc.get('title')} (edited)`));
    paperEdit('date', others, (doc) => doc.set('date', doc.get('date') === '2020-02-02' ? '2020-03-03' : '2020-02-02'));
    paperEdit('draft', unreferred, (doc) => doc.set('draft', true), () => ({ reason: 'the paper leaves the site: checked below' }));
    paperEdit('authors', others, (doc) => doc.set('authors', [...list(doc, 'authors'), 'Tester, T.']));
    paperEdit('publication', others, (doc) => doc.set('publication', 'Edited Proceedings'));
    paperEdit('publication_year', others, (doc) => doc.set('publication_year', Number(doc.get('publication_year')) - 1));
    paperEdit('doi', others, (doc) => doc.set('doi', '10.99999/atlas.incremental-test'));
    paperEdit('arxiv', others.filter((p) => p.meta.arxiv), (doc) => doc.set('arxiv', `${doc.get('arxiv')}v9`));
    paperEdit('paper_url', others, (doc) => doc.set('paper_url', 'https://example.org/edited-paper'));
    paperEdit('deception_types', others, addTerm('deception_types', 'deception-types'));
    paperEdit('research_areas', others, addTerm('research_areas', 'research-areas'));
    paperEdit('system_types', others, addTerm('system_types', 'system-types'));
    paperEdit('tags', others, (doc) => doc.set('tags', [...list(doc, 'tags'), 'incremental test tag']));
    paperEdit('summary', others, (doc) => doc.set('summary', `${doc.get('summary')} Edited.`));
    paperEdit('added', others, (doc) => doc.set('added', doc.get('added') === '2021-01-01' ? '2021-02-02' : '2021-01-01'));
    paperEdit('updated', others, (doc) => doc.set('updated', '2026-01-02'));
    paperEdit('citekey', unreferred, (doc, slug) => doc.set('citekey', `${slug}Edited`), (slug) => [...paperPage(slug), `papers/${slug}.bib`]);
    paperEdit('cites', others, (doc, slug) => doc.set('cites', [...list(doc, 'cites'), another(slug, new Set(list(doc, 'cites')))]));
    paperEdit('venue', others, (doc) => doc.set('venue', 'Edited Venue'));
    paperEdit('venue_type', others, (doc) => doc.set('venue_type', doc.get('venue_type') === 'journal' ? 'conference' : 'journal'), (slug) => [...paperPage(slug), `papers/${slug}.bib`]);
    paperEdit('venue_year', others.filter((p) => p.meta.venue), (doc) => doc.set('venue_year', Number(doc.get('publication_year')) + 1), (slug) => [...paperPage(slug), `papers/${slug}.bib`]);
    paperEdit('primary_class', others.filter((p) => p.meta.arxiv), (doc) => doc.set('primary_class', doc.get('primary_class') === 'cs.LG' ? 'cs.AI' : 'cs.LG'), (slug) => [...paperPage(slug), `papers/${slug}.bib`]);
    paperEdit('authors_truncated', others, (doc) => doc.set('authors_truncated', doc.get('authors_truncated') !== true), (slug) => [...paperPage(slug), `papers/${slug}.bib`]);
    paperEdit('models', others, addTerm('models', 'models'));
    paperEdit('elicitation', others, addTerm('elicitation', 'elicitation'));
    paperEdit('relations', others, (doc, slug) => doc.set('relations', [...list(doc, 'relations'), { type: 'extends', paper: another(slug), note: 'Stated in the incremental-build test.' }]));

    // Commentary: every field of CommentarySchema and of its credibility block, one record each.
    const records = atlas.commentary.filter((c) => c.meta.kind !== 'editorial-essay');
    let next = 0;
    const commentaryEdit = (field: string, apply: (doc: Yaml) => void, shows?: FieldEdit['shows']) => {
      const record = records[next++];
      if (!record) throw new Error(`no commentary record left for the edit of ${field}`);
      edits.set(`commentary.${field}`, { file: `commentary/${record.meta.id}.md`, apply, shows: shows ?? [`commentary/${record.meta.id}/index.html`] });
    };
    commentaryEdit('id', (doc) => doc.set('id', `${doc.get('id')}-renamed`), { reason: 'the record moves: checked below' });
    commentaryEdit('kind', (doc) => doc.set('kind', doc.get('kind') === 'thread' ? 'podcast' : 'thread'));
    commentaryEdit('title', (doc) => doc.set('title', `${doc.get('title')} (edited)`));
    commentaryEdit('authors', (doc) => doc.set('authors', [...list(doc, 'authors'), 'A. Tester']));
    commentaryEdit('outlet', (doc) => doc.set('outlet', 'Edited Outlet'));
    commentaryEdit('url', (doc) => doc.set('url', 'https://example.org/edited-commentary'));
    commentaryEdit('date', (doc) => doc.set('date', doc.get('date') === '2024-02-02' ? '2024-03-03' : '2024-02-02'));
    commentaryEdit('about', (doc) => doc.set('about', [...list(doc, 'about'), another('', new Set(list(doc, 'about')))]));
    commentaryEdit('stance', (doc) => doc.set('stance', doc.get('stance') === 'criticises' ? 'supports' : 'criticises'));
    commentaryEdit('description', (doc) => doc.set('description', `${doc.get('description')} Edited.`));
    commentaryEdit('key_points', (doc) => doc.set('key_points', [...list(doc, 'key_points'), 'An added point.']));
    commentaryEdit('source_id', (doc) => doc.set('source_id', 'incremental-test-source'), { reason: 'provenance only; no page shows it' });
    commentaryEdit('added', (doc) => doc.set('added', doc.get('added') === '2025-05-05' ? '2025-06-06' : '2025-05-05'));
    commentaryEdit('credibility', (doc) => doc.set('credibility', { rating: 'low', reason: 'A whole new credibility block.' }));
    commentaryEdit('credibility.rating', (doc) => doc.setIn(['credibility', 'rating'], doc.getIn(['credibility', 'rating']) === 'mixed' ? 'good' : 'mixed'));
    commentaryEdit('credibility.reason', (doc) => doc.setIn(['credibility', 'reason'], `${doc.getIn(['credibility', 'reason'])} Edited.`));
    commentaryEdit('credibility.inherited_from', (doc) => doc.setIn(['credibility', 'inherited_from'], 'Edited venue'));

    // Taxonomies: a vocabulary's own fields, then every term field, each on a term of its own.
    edits.set('taxonomy.id', { file: 'taxonomies/elicitation.yaml', apply: null, shows: { reason: 'a vocabulary\'s ID is its file name and URL: not edited' } });
    edits.set('taxonomy.terms', { file: 'taxonomies/elicitation.yaml', apply: null, shows: { reason: 'each term field is edited below' } });
    edits.set('taxonomy.label', { file: 'taxonomies/research-areas.yaml', apply: (doc) => doc.set('label', `${doc.get('label')} (edited)`), shows: ['research-areas/index.html'] });
    edits.set('taxonomy.description', { file: 'taxonomies/system-types.yaml', apply: (doc) => doc.set('description', `${doc.get('description')} Edited.`), shows: ['system-types/index.html'] });
    const termsTaken = new Set<string>();
    const termEdit = (field: string, vocab: string, change: (term: Record<string, unknown>) => void, shows: (slug: string) => string[]) => {
      const terms = [...vocabulary(vocab).terms.values()];
      const shown = new Set(published.flatMap((p) => (p.terms[vocab] ?? []).map((t) => t.slug)));
      // A renamed slug must not be another term's parent or relation.
      const free = (slug: string) => field !== 'slug' || !terms.some((o) => o.parent === slug || o.related.includes(slug));
      const term = terms.find((t) => !termsTaken.has(`${vocab}/${t.slug}`) && shown.has(t.slug) && free(t.slug));
      if (!term) throw new Error(`no term left for the edit of ${field}`);
      termsTaken.add(`${vocab}/${term.slug}`);
      edits.set(`term.${field}`, {
        file: `taxonomies/${vocab}.yaml`,
        apply: (doc) => {
          const at = (doc.toJS() as { terms: { slug: string }[] }).terms.findIndex((t) => t.slug === term.slug);
          const node = (doc.toJS() as { terms: Record<string, unknown>[] }).terms[at];
          change(node);
          doc.setIn(['terms', at], doc.createNode(node));
        },
        shows: shows(term.slug),
      });
    };
    const deceptionTerms = [...vocabulary('deception-types').terms.values()];
    const termPage = (vocab: string) => (slug: string) => [`${vocab}/${slug}/index.html`];
    termEdit('slug', 'deception-types', (t) => (t.slug = `${t.slug}-renamed`), () => ['deception-types/index.html']);
    termEdit('label', 'deception-types', (t) => {
      // Entries write the old label: it stays an alias, so they still resolve.
      t.aliases = [...((t.aliases as string[] | undefined) ?? []), t.label];
      t.label = `${t.label} (edited)`;
    }, termPage('deception-types'));
    termEdit('definition', 'deception-types', (t) => (t.definition = `${t.definition} Edited.`), termPage('deception-types'));
    // A new parent that is not the term itself, its parent, or below it (a cycle is an error).
    const below = (o: (typeof deceptionTerms)[number], slug: string): boolean => o.parent !== undefined && (o.parent === slug || below(vocabulary('deception-types').terms.get(o.parent)!, slug));
    termEdit('parent', 'deception-types', (t) => (t.parent = deceptionTerms.find((o) => o.slug !== t.slug && o.slug !== t.parent && !below(o, t.slug as string))!.slug), termPage('deception-types'));
    termEdit('aliases', 'deception-types', (t) => (t.aliases = [...((t.aliases as string[] | undefined) ?? []), 'An edited alias']), termPage('deception-types'));
    termEdit('related', 'deception-types', (t) => {
      const have = new Set((t.related as string[] | undefined) ?? []);
      t.related = [...have, deceptionTerms.find((o) => o.slug !== t.slug && !have.has(o.slug))!.slug];
    }, termPage('deception-types'));
    termEdit('developer', 'models', (t) => (t.developer = 'Edited Lab'), termPage('models'));
    termEdit('note', 'models', (t) => (t.note = 'An edited note.'), termPage('models'));

    original = await loadSources(content);
    for (const edit of edits.values()) {
      if (!edit.apply) continue;
      const full = path.join(content, edit.file);
      const text = readFileSync(full, 'utf8');
      alone.set(edit, editedText(edit.file, originalText(edit.file), edit.apply));
      writeFileSync(full, editedText(edit.file, text, edit.apply));
    }
    // The renamed commentary record's file follows its id.
    const renamed = edits.get('commentary.id')!.file;
    renameSync(path.join(content, renamed), path.join(content, renamed.replace(/\.md$/, '-renamed.md')));

    const edited = await loadAtlas(content);
    expect(edited.diagnostics.filter((d) => d.severity === 'error'), 'the edits leave a valid atlas').toEqual([]);

    rebuilt = buildSite(content, incremental, { verbose: true });
    expect(rebuilt.status, rebuilt.output).toBe(0);
    const reference = buildSite(content, clean, REFERENCE_BUILD);
    expect(reference.status, reference.output).toBe(0);
  }, 600_000);

  test('there is an edit for every field of every schema', () => {
    const fields = [
      ...Object.keys(PaperSchema.shape).map((f) => `paper.${f}`),
      ...Object.keys(CommentarySchema.shape).map((f) => `commentary.${f}`),
      ...Object.keys(CredibilitySchema.shape).map((f) => `commentary.credibility.${f}`),
      ...Object.keys(TaxonomySchema.shape).map((f) => `taxonomy.${f}`),
      ...Object.keys(TaxonomyTermSchema.shape).map((f) => `term.${f}`),
    ];
    expect([...edits.keys()].sort()).toEqual(fields.sort());
  });

  test('each edit changes what the clean build shows', () => {
    const after = siteFiles(clean);
    const unchanged = [...edits].flatMap(([field, edit]) => Array.isArray(edit.shows)
      ? edit.shows.filter((f) => !before.get(f) || !after.get(f) || before.get(f)!.equals(after.get(f)!)).map((f) => `${field}: ${f}`)
      : []);
    expect(unchanged).toEqual([]);
    const drafted = edits.get('paper.draft')!.file.replace(/^papers\/(.*)\.md$/, '$1');
    expect(before.has(`papers/${drafted}/index.html`)).toBe(true);
    expect(after.has(`papers/${drafted}/index.html`)).toBe(false);
    const moved = edits.get('commentary.id')!.file.replace(/^commentary\/(.*)\.md$/, '$1');
    expect(after.has(`commentary/${moved}/index.html`)).toBe(false);
    expect(after.has(`commentary/${moved}-renamed/index.html`)).toBe(true);
  });

  test('each edit alone changes the cache key of the paper or commentary page that shows it', () => {
    // Batched edits can hide one another (a page re-rendered for one edit shows the other's
    // change too); alone, an edit the page shows must change that page's key.
    const keysOf = (sources: SourceSet) => {
      const atlas = buildAtlas(sources);
      const index = siteIndex(atlas);
      return new Map<string, string>([
        ...paperPagePaths(index, citationGraphOf(atlas)).map((p) => [`papers/${p.params.slug}/index.html`, p.cacheKey] as const),
        ...commentaryPagePaths(index).map((p) => [`commentary/${p.params.id}/index.html`, p.cacheKey] as const),
      ]);
    };
    const before = keysOf(original);
    const replaced = (list: SourceSet['papers'], file: string, text: string) => list.map((s) => (s.file === file ? { file, text } : s));
    const unchanged: string[] = [];
    let checked = 0;
    for (const [field, edit] of edits) {
      const pages = Array.isArray(edit.shows) ? edit.shows.filter((f) => before.has(f)) : [];
      if (pages.length === 0) continue;
      const text = alone.get(edit)!;
      const after = keysOf({ ...original, papers: replaced(original.papers, edit.file, text), commentary: replaced(original.commentary, edit.file, text), taxonomies: replaced(original.taxonomies, edit.file, text) });
      for (const page of pages) if (after.get(page) === before.get(page)) unchanged.push(`${field}: ${page}`);
      checked++;
    }
    expect(unchanged).toEqual([]);
    // Every paper field but draft, and every commentary field but id and source_id.
    expect(checked).toBeGreaterThanOrEqual(40);
  });

  test('the incremental rebuild gives exactly the files of a clean build, keeping most pages', () => {
    expect(siteDifferences(incremental, clean)).toEqual({ missing: [], extra: [], differing: [] });
    const reused = /(\d+) of (\d+) keyed pages unchanged since the last build, kept/.exec(rebuilt.output);
    expect(reused, rebuilt.output).not.toBeNull();
    expect(Number(reused![1])).toBeGreaterThan(0);
  });
});
}
