/**
 * The Markdown cache's pipeline fingerprint is kept between builds while the code and settings
 * are unchanged (src/site/markdown-cache.ts), so a rebuild does not render the canary again.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { keptFingerprint } from '../../src/site/markdown-cache.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function fileIn(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-fingerprint-'));
  dirs.push(dir);
  return path.join(dir, 'pipeline-fingerprint.json');
}

describe('keptFingerprint', () => {
  test('computes once, keeps it with the code fingerprint, and reuses it while that is unchanged', async () => {
    const file = fileIn();
    let computed = 0;
    const compute = async () => `pipeline-${++computed}`;
    expect(await keptFingerprint(file, () => 'code-A', compute)({})).toBe('pipeline-1');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ code: 'code-A', pipeline: 'pipeline-1' });
    // The next build, same code: the kept fingerprint, nothing rendered.
    expect(await keptFingerprint(file, () => 'code-A', compute)({})).toBe('pipeline-1');
    expect(computed).toBe(1);
    // Other code: rendered again, and kept with the new code fingerprint.
    expect(await keptFingerprint(file, () => 'code-B', compute)({})).toBe('pipeline-2');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ code: 'code-B', pipeline: 'pipeline-2' });
  });

  test('without a code fingerprint it computes every build and keeps nothing', async () => {
    const file = fileIn();
    writeFileSync(file, JSON.stringify({ code: 'code-A', pipeline: 'kept' }));
    let computed = 0;
    const compute = async () => `pipeline-${++computed}`;
    expect(await keptFingerprint(file, () => undefined, compute)({})).toBe('pipeline-1');
    expect(await keptFingerprint(file, () => undefined, compute)({})).toBe('pipeline-2');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ code: 'code-A', pipeline: 'kept' });
  });

  test('an unreadable kept file is recomputed, and within one build it computes once', async () => {
    const file = fileIn();
    writeFileSync(file, '{not json');
    let computed = 0;
    const fingerprint = keptFingerprint(file, () => 'code-A', async () => `pipeline-${++computed}`);
    const [a, b] = await Promise.all([fingerprint({}), fingerprint({})]);
    expect([a, b]).toEqual(['pipeline-1', 'pipeline-1']);
    expect(computed).toBe(1);
  });
});
