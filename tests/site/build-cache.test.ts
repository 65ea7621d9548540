/**
 * The build cache's memos (src/site/build-cache.ts): a value is reused only under its own key,
 * a store keeps only what the last build used, and nothing unreadable is ever returned.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// The cache folder is chosen when the module loads: point it at this test's own folder first.
const root = mkdtempSync(path.join(tmpdir(), 'atlas-build-cache-'));
process.env.ATLAS_CACHE_DIR = root;
const { cachePartsOf, keyedStoreOnDisk, memoOnDisk, saveKeyedStores } = await import('../../src/site/build-cache.ts');
const memoDir = path.join(root, 'memo');

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('keyed store', () => {
  test('what a build sets, the next build gets back; what it did not use is dropped', () => {
    const first = keyedStoreOnDisk<{ n: number }>('test-store');
    first.set('a', { n: 1 });
    first.set('b', { n: 2 });
    first.close();

    const second = keyedStoreOnDisk<{ n: number }>('test-store');
    expect(second.get('a')).toEqual({ n: 1 });
    expect(second.get('missing')).toBeUndefined();
    second.set('c', { n: 3 });
    second.close();

    const third = keyedStoreOnDisk<{ n: number }>('test-store');
    expect([third.get('a'), third.get('b'), third.get('c')]).toEqual([{ n: 1 }, undefined, { n: 3 }]);
    third.close();
    expect(readdirSync(memoDir).filter((f) => f.startsWith('test-store.'))).toHaveLength(1);
  });

  test('a touched entry is kept through a build that did not read it', () => {
    const first = keyedStoreOnDisk<number>('touch-store');
    first.set('read', 1);
    first.set('touched', 2);
    first.set('forgotten', 3);
    first.close();
    const second = keyedStoreOnDisk<number>('touch-store');
    second.get('read');
    expect(second.touch('touched')).toBe(true);
    expect(second.touch('never-there')).toBe(false);
    expect(second.touch('read')).toBe(true);
    second.close();
    const third = keyedStoreOnDisk<number>('touch-store');
    expect([third.get('read'), third.get('touched'), third.get('forgotten'), third.get('never-there')]).toEqual([1, 2, undefined, undefined]);
  });

  test('saveKeyedStores saves every store still open', () => {
    keyedStoreOnDisk<string>('open-store').set('k', 'v');
    saveKeyedStores();
    expect(keyedStoreOnDisk<string>('open-store').get('k')).toBe('v');
  });

  test('a file in another format, or not JSON at all, is treated as empty', () => {
    const store = keyedStoreOnDisk<number>('odd-store');
    store.set('x', 1);
    store.close();
    const file = path.join(memoDir, readdirSync(memoDir).find((f) => f.startsWith('odd-store.'))!);
    writeFileSync(file, JSON.stringify({ x: { not: 'text' } }));
    expect(keyedStoreOnDisk<number>('odd-store').get('x')).toBeUndefined();
    writeFileSync(file, JSON.stringify({ x: 'Chen, Y., not JSON text' }));
    expect(keyedStoreOnDisk<number>('odd-store').get('x')).toBeUndefined();
    writeFileSync(file, '{ truncated');
    expect(keyedStoreOnDisk<number>('odd-store').get('x')).toBeUndefined();
  });
});

describe('memoOnDisk', () => {
  test('computes once per key, keeps one file per name, and recomputes for a new key', () => {
    let calls = 0;
    const compute = () => ++calls;
    expect(memoOnDisk('test-memo', 'key-1', compute)).toBe(1);
    expect(memoOnDisk('test-memo', 'key-1', compute)).toBe(1);
    expect(memoOnDisk('test-memo', 'key-2', compute)).toBe(2);
    const files = readdirSync(memoDir).filter((f) => f.startsWith('test-memo.'));
    expect(files).toHaveLength(1);
    expect(JSON.parse(readFileSync(path.join(memoDir, files[0]), 'utf8'))).toBe(2);
  });
});

describe('ATLAS_CACHE', () => {
  test('unset or on turns every cache on, off none, and a list exactly the ones it names', () => {
    expect([...cachePartsOf(undefined)].sort()).toEqual(['markdown', 'memo', 'pages']);
    expect([...cachePartsOf('on')].sort()).toEqual(['markdown', 'memo', 'pages']);
    expect([...cachePartsOf('off')]).toEqual([]);
    expect([...cachePartsOf('pages, memo')].sort()).toEqual(['memo', 'pages']);
    expect([...cachePartsOf('markdown')]).toEqual(['markdown']);
  });

  test('a name that is no cache is an error that lists the names there are', () => {
    expect(() => cachePartsOf('pages,markdwon')).toThrow(/unknown cache "markdwon".*pages, markdown, memo/);
  });
});
