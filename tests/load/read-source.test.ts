import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadAtlas } from '../../src/lib/atlas.ts';
import { taxonomySources, entryText } from '../helpers/atlas-fixture.ts';

let root: string;
let outside: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'atlas-read-'));
  outside = mkdtempSync(path.join(tmpdir(), 'atlas-outside-'));
  mkdirSync(path.join(root, 'papers'));
  mkdirSync(path.join(root, 'taxonomies'));
  for (const t of taxonomySources()) writeFileSync(path.join(root, t.file), t.text);
  writeFileSync(path.join(outside, 'secret.md'), entryText({ title: '"SECRET FROM OUTSIDE"' }));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('reading files from a pull request', () => {
  test('a symlink pointing outside the repository is refused and its target never read', async () => {
    symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'papers/leak.md'));
    const atlas = await loadAtlas(root);
    expect(atlas.diagnostics.map((d) => [d.file, d.code, d.line])).toEqual([['papers/leak.md', 'file-symlink', 1]]);
    expect(JSON.stringify(atlas.papers)).not.toContain('SECRET');
  });

  test('a papers/ folder replaced by a link to elsewhere is refused as a whole', async () => {
    rmSync(path.join(root, 'papers'), { recursive: true });
    symlinkSync(outside, path.join(root, 'papers'));
    const atlas = await loadAtlas(root);
    expect(atlas.diagnostics.map((d) => d.code)).toEqual(['file-symlink']);
    expect(atlas.papers).toEqual([]);
  });

  test('a symlink to a file inside the repository is read', async () => {
    writeFileSync(path.join(root, 'real.md'), entryText());
    symlinkSync(path.join(root, 'real.md'), path.join(root, 'papers/linked.md'));
    const atlas = await loadAtlas(root);
    expect(atlas.diagnostics).toEqual([]);
    expect(atlas.papers.map((p) => p.slug)).toEqual(['linked']);
  });

  test('a dangling symlink, a folder named like an entry and a stray file are reported, not fatal', async () => {
    symlinkSync(path.join(root, 'nothing.md'), path.join(root, 'papers/dangling.md'));
    mkdirSync(path.join(root, 'papers/folder.md'));
    writeFileSync(path.join(root, 'papers/notes.txt'), 'x');
    writeFileSync(path.join(root, 'papers/ok.md'), entryText());
    const atlas = await loadAtlas(root);
    expect(atlas.diagnostics.map((d) => [d.file, d.code])).toEqual([
      ['papers/dangling.md', 'file-symlink'],
      ['papers/folder.md', 'file-not-regular'],
      ['papers/notes.txt', 'unexpected-file'],
    ]);
    expect(atlas.papers.map((p) => p.slug)).toEqual(['ok']);
  });

  test('a huge file is refused by its size, before it is read', async () => {
    writeFileSync(path.join(root, 'papers/huge.md'), Buffer.alloc(2 * 1024 * 1024, 0x61));
    const atlas = await loadAtlas(root);
    expect(atlas.diagnostics.map((d) => [d.code, d.message])).toEqual([['file-too-large', `file is ${2 * 1024 * 1024} bytes, over the 524288-byte limit for an entry`]]);
  });
});
