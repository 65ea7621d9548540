import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { writeNewFile } from '../../src/cli/write-new-file.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const fresh = () => (dir = mkdtempSync(path.join(tmpdir(), 'atlas-write-')));

describe('creating a new entry file', () => {
  test('writes the text and leaves no temporary file behind', async () => {
    const target = path.join(fresh(), 'papers', 'x.md');
    expect(await writeNewFile(target, 'text\n')).toEqual({ ok: true });
    expect(readFileSync(target, 'utf8')).toBe('text\n');
    expect(readdirSync(path.dirname(target))).toEqual(['x.md']);
  });

  test('never replaces an existing file, and cleans up after itself', async () => {
    const target = path.join(fresh(), 'x.md');
    writeFileSync(target, 'mine\n');
    expect(await writeNewFile(target, 'theirs\n')).toEqual({ ok: false, error: 'a file with this name already exists and is never overwritten' });
    expect(readFileSync(target, 'utf8')).toBe('mine\n');
    expect(readdirSync(dir)).toEqual(['x.md']);
  });

  test('of two writers racing for one name, exactly one wins and the other is told', async () => {
    const target = path.join(fresh(), 'x.md');
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => writeNewFile(target, `writer ${i}\n`)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(readFileSync(target, 'utf8')).toMatch(/^writer \d\n$/);
    expect(readdirSync(dir)).toEqual(['x.md']);
  });
});
