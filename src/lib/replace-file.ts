/**
 * Writes a file whole or not at all: the text goes to a temporary file beside it, which is then
 * renamed over it, so a reader (another build, or this build's worker thread) never sees half a
 * file. Used for caches, where two writers may race to write the same content: when the rename
 * fails the temporary file is removed and the other writer's file stands.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

export function replaceFile(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  // Process and thread: a build's worker thread shares its process id.
  const tmp = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(tmp, text);
  try {
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}
