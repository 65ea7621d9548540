/**
 * The only place the loader touches the file system. A path is read only when it is a regular
 * file that stays inside the repository, so a symlink in a pull request cannot leak /etc/passwd
 * into the site.
 */
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic } from '../diagnostics.ts';
import { decodeSource, MAX_SOURCE_BYTES, tooLarge, type Decoded } from './decode-source.ts';

export function toRepoPath(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

export async function readSource(root: string, absolute: string, maxBytes = MAX_SOURCE_BYTES): Promise<Decoded> {
  const file = toRepoPath(root, absolute);
  const at1 = { line: 1, column: 1 };
  try {
    // Compare real paths, so a linked file or a linked folder cannot lead outside the repository.
    const realRoot = await realpath(root);
    let target: string;
    try {
      target = await realpath(absolute);
    } catch {
      const info = await lstat(absolute);
      if (info.isSymbolicLink()) {
        return { source: null, diagnostics: [diagnostic(file, at1, 'error', 'file-symlink', '', 'file is a symbolic link to nothing', 'Commit the file itself, not a link.')] };
      }
      throw new Error('unreadable');
    }
    if (!target.startsWith(realRoot + path.sep)) {
      return { source: null, diagnostics: [diagnostic(file, at1, 'error', 'file-symlink', '', 'file is a symbolic link pointing outside the repository; it was not read', 'Commit the file itself, not a link.')] };
    }
    const real = await stat(target);
    if (!real.isFile()) {
      return { source: null, diagnostics: [diagnostic(file, at1, 'error', 'file-not-regular', '', 'path is not a regular file', 'Entries are plain files ending in .md.')] };
    }
    if (real.size > maxBytes) return tooLarge(file, real.size, maxBytes);
    return decodeSource(file, await readFile(target), maxBytes);
  } catch (error) {
    return { source: null, diagnostics: [diagnostic(file, at1, 'error', 'file-unreadable', '', `file could not be read: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}`, 'Check that the path exists and is readable.')] };
  }
}
