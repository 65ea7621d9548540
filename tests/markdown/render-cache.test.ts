import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../src/lib/markdown/pipeline.ts';
import { cacheKey, cachedRenderer } from '../../src/lib/markdown/render-cache.ts';
import { fileStore } from '../../src/lib/markdown/render-store.ts';
import { scratchFolders } from '../helpers/scratch.ts';

const scratch = scratchFolders('render-cache-');

describe('cachedRenderer', () => {
  test('returns the same HTML as the pipeline, from the store on the second call', async () => {
    const renderer = cachedRenderer(fileStore(scratch()));
    const input = { markdown: '## Summary\n\nSome *text*.' };
    const first = await renderer.render(input);
    const second = await renderer.render(input);
    expect(first).toEqual(await renderMarkdown(input));
    expect(second).toEqual(first);
    expect(renderer.stats).toEqual({ hits: 1, misses: 1 });
  });

  test('renders again when the text, its bibliography or its links change', async () => {
    const renderer = cachedRenderer(fileStore(scratch()));
    const bib = [{ id: 'k2024', 'citation-key': 'k2024', type: 'article' as const, title: 'T', author: [{ family: 'F', given: 'G.' }], issued: { 'date-parts': [[2024]] } }];
    await renderer.render({ markdown: 'See [@k2024].' });
    await renderer.render({ markdown: 'See [@k2024]!' });
    await renderer.render({ markdown: 'See [@k2024].', bibliography: bib });
    const linked = await renderer.render({ markdown: 'See [@k2024].', bibliography: bib, entryHrefs: { k2024: '/papers/k/' } });
    expect(renderer.stats).toEqual({ hits: 0, misses: 4 });
    expect(linked.html).toContain('/papers/k/');
  });

  test('a store survives the process: a new renderer on the same folder hits', async () => {
    const dir = scratch();
    await cachedRenderer(fileStore(dir)).render({ markdown: 'text' });
    const again = cachedRenderer(fileStore(dir));
    await again.render({ markdown: 'text' });
    expect(again.stats.hits).toBe(1);
    expect(readdirSync(dir).length).toBeGreaterThan(0);
  });

  test('a corrupt store file is a miss, not a crash', async () => {
    const dir = scratch();
    await cachedRenderer(fileStore(dir)).render({ markdown: 'x' });
    for (const shard of readdirSync(dir)) {
      for (const f of readdirSync(path.join(dir, shard))) writeFileSync(path.join(dir, shard, f), '{"html": trunc');
    }
    const renderer = cachedRenderer(fileStore(dir));
    expect((await renderer.render({ markdown: 'x' })).html).toBe('<p>x</p>');
    expect(renderer.stats).toEqual({ hits: 0, misses: 1 });
  });

  test('records the key of every rendering it returns, hit or miss, and nothing for has()', async () => {
    const dir = scratch();
    await cachedRenderer(fileStore(dir)).render({ markdown: 'old' });
    const used = new Set<string>();
    const renderer = cachedRenderer(fileStore(dir), {}, used);
    expect(await renderer.has({ markdown: 'unasked' })).toBe(false);
    await renderer.render({ markdown: 'old' });
    await renderer.render({ markdown: 'new' });
    expect(renderer.stats).toEqual({ hits: 1, misses: 1 });
    expect(used.size).toBe(2);
    // Pruning to what was used keeps both renderings: the next renderer hits twice.
    expect(fileStore(dir).prune(used)).toBe(0);
    const again = cachedRenderer(fileStore(dir));
    await again.render({ markdown: 'old' });
    await again.render({ markdown: 'new' });
    expect(again.stats).toEqual({ hits: 2, misses: 0 });
  });

  test('without a store every call renders', async () => {
    const renderer = cachedRenderer(null);
    await renderer.render({ markdown: 'x' });
    await renderer.render({ markdown: 'x' });
    expect(renderer.stats).toEqual({ hits: 0, misses: 0 });
  });
});

describe('cacheKey', () => {
  test('depends on the pipeline fingerprint', () => {
    expect(cacheKey('a', { markdown: 'x' })).not.toBe(cacheKey('b', { markdown: 'x' }));
  });
  test('does not confuse text with bibliography', () => {
    expect(cacheKey('p', { markdown: 'x[]' })).not.toBe(cacheKey('p', { markdown: 'x', bibliography: [] }));
  });
});
