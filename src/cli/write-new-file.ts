/**
 * Creates a file that must not exist yet, atomically: the text goes to a hidden temporary file
 * in the same folder, which is then linked into place. link(2) fails when the name is taken, so
 * unlike rename it can never replace a file someone wrote in the meantime; readers never see a
 * half-written entry. (Loaders skip names starting with ".".)
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type Written = { ok: true } | { ok: false; error: string };

const exists = (file: string) => stat(file).then(() => true, () => false);

export async function writeNewFile(target: string, text: string): Promise<Written> {
  if (await exists(target)) return { ok: false, error: 'a file with this name already exists and is never overwritten' };
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, text, { flag: 'wx' });
    try {
      await link(temp, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return { ok: false, error: 'a file with this name already exists and is never overwritten' };
      // Some file systems have no hard links: fall back to a rename after a last check.
      if (await exists(target)) return { ok: false, error: 'a file with this name already exists and is never overwritten' };
      await rename(temp, target);
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, error: `could not write the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  } finally {
    await unlink(temp).catch(() => {});
  }
}
