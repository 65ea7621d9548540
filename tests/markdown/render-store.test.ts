import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fileStore } from '../../src/lib/markdown/render-store.ts';
import { scratchFolders } from '../helpers/scratch.ts';

const scratch = scratchFolders('render-store-');

const key = (c: string) => c.repeat(64);
const rendering = (html: string) => ({ html, headings: [] });
const filesUnder = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json') || f.endsWith('.tmp')).sort();

describe('fileStore', () => {
  test('has() tells a stored key from a missing one, without needing a readable file', () => {
    const dir = scratch();
    const store = fileStore(dir);
    store.set(key('a'), rendering('<p>a</p>'));
    expect(store.has(key('a'))).toBe(true);
    expect(store.has(key('b'))).toBe(false);
    expect(store.get(key('a'))).toEqual(rendering('<p>a</p>'));
  });

  test('prune() deletes exactly the renderings not kept, and counts them', () => {
    const dir = scratch();
    const store = fileStore(dir);
    for (const c of ['a', 'b', 'c', '1']) store.set(key(c), rendering(c));
    expect(store.prune(new Set([key('a'), key('1')]))).toBe(2);
    expect(['a', 'b', 'c', '1'].filter((c) => store.has(key(c)))).toEqual(['a', '1']);
    expect(store.get(key('a'))).toEqual(rendering('a'));
    // Nothing left to prune.
    expect(store.prune(new Set([key('a'), key('1')]))).toBe(0);
  });

  test('prune() leaves files that are not renderings alone: bibliographies, temporary files, strays', () => {
    const dir = scratch();
    const store = fileStore(dir);
    store.set(key('d'), rendering('d'));
    mkdirSync(path.join(dir, 'bibliographies'));
    writeFileSync(path.join(dir, 'bibliographies', `${'e'.repeat(32)}.json`), '[]');
    writeFileSync(path.join(dir, 'dd', `${key('d')}.json.123-0.tmp`), '{');
    writeFileSync(path.join(dir, 'dd', 'notes.json'), '{}');
    expect(store.prune(new Set())).toBe(1);
    expect(filesUnder(dir)).toEqual([`bibliographies/${'e'.repeat(32)}.json`, `dd/${key('d')}.json.123-0.tmp`, 'dd/notes.json'].map((f) => f.split('/').join(path.sep)).sort());
  });

  test('prune() of a folder that does not exist deletes nothing', () => {
    expect(fileStore(path.join(scratch(), 'absent')).prune(new Set())).toBe(0);
  });
});
