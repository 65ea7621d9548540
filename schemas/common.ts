/**
 * Building blocks shared by the entry, commentary and taxonomy schemas.
 * Messages here are what a contributor reads first, so each says what is expected.
 */
import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2024-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const IsoDateSchema = z
  .string({ error: 'must be a date written YYYY-MM-DD, in quotes or not' })
  .refine(isCalendarDate, { error: 'must be a real date written YYYY-MM-DD' });

/** A date that may be left empty when it is not verified. */
export const OptionalIsoDateSchema = z
  .string({ error: 'must be a date written YYYY-MM-DD, or "" when unknown' })
  .refine((v) => v === '' || isCalendarDate(v), {
    error: 'must be a real date written YYYY-MM-DD, or "" when unknown',
  });

/** Only web links: a `javascript:` or `data:` URL must never reach a page. */
export const HttpUrlSchema = z
  .string({ error: 'must be a web address starting with https:// or http://' })
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === 'https:' || u.protocol === 'http:') && !/\s/.test(v);
    } catch {
      return false;
    }
  }, { error: 'must be a web address starting with https:// or http://' });

export const OptionalHttpUrlSchema = z
  .string({ error: 'must be a web address starting with https:// or http://, or ""' })
  .refine((v) => v === '' || HttpUrlSchema.safeParse(v).success, {
    error: 'must be a web address starting with https:// or http://, or ""',
  });

export const StringListSchema = z.array(
  z.string({ error: 'each item must be text in quotes' }).trim().min(1, { error: 'items must not be empty' }),
  { error: 'must be a list, e.g. ["a", "b"]' },
);

/** Slugs are URL path segments: lower-case ASCII, digits and hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SlugSchema = z
  .string({ error: 'must be a slug such as "strategic-deception"' })
  .regex(SLUG_PATTERN, { error: 'must use lower-case letters, digits and single hyphens only, e.g. "strategic-deception"' });
