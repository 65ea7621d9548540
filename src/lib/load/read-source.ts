/**
 * The only place the loader touches the file system. A path is read only when it is a regular
 * file that stays inside the repository, so a symlink in a pull request cannot leak /etc/passwd
 * into the site. Folders are checked once by the caller (list-sources.ts); a file is resolved
 * only when it is itself a link. Reads are synchronous: for thousands of small files that is
 * about twice as fast as the promise API, and the loader has nothing else to do meanwhile.
 */
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { diagnostic } from '../diagnostics.ts';
import { decodeSource, MAX_SOURCE_BYTES, tooLarge, type Decoded } from './decode-source.ts';

export function toRepoPath(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

/** True when `candidate` (a real path) is `realRoot` itself or inside it. */
export function isInside(realRoot: string, candidate: string): boolean {
  return candidate === realRoot || candidate.startsWith(realRoot + path.sep);
}

export async function readSource(root: string, absolute: string, maxBytes = MAX_SOURCE_BYTES): Promise<Decoded> {
  const file = toRepoPath(root, absolute);
  const fail = (code: string, message: string, hint: string): Decoded => ({
    source: null,
    diagnostics: [diagnostic(file, { line: 1, column: 1 }, 'error', code, '', message, hint)],
  });
  try {
    let info = lstatSync(absolute);
    let target = absolute;
    if (info.isSymbolicLink()) {
      try {
        target = realpathSync(absolute);
      } catch {
        return fail('file-symlink', 'file is a symbolic link to nothing', 'Commit the file itself, not a link.');
      }
      if (!isInside(realpathSync(root), target)) {
        return fail('file-symlink', 'file is a symbolic link pointing outside the repository; it was not read', 'Commit the file itself, not a link.');
      }
      info = lstatSync(target);
    }
    if (!info.isFile()) return fail('file-not-regular', 'path is not a regular file', 'Entries are plain files ending in .md.');
    if (info.size > maxBytes) return tooLarge(file, info.size, maxBytes);
    return decodeSource(file, readFileSync(target), maxBytes);
  } catch (error) {
    return fail('file-unreadable', `file could not be read: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}`, 'Check that the path exists and is readable.');
  }
}
