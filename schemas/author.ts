/**
 * Author names as entries write them: "Surname, Given" or "{Organisation}".
 * Given may be initials ("Bowman, S. R.") or full names ("Scheurer, Jérémy"); a suffix goes
 * in BibTeX's order ("King, Jr., M. L.") or last ("King, M. L., Jr.").
 */
import { z } from 'zod';

// Lower-case name particles that may precede a capitalised surname ("van der Weij", "de Witt").
const PARTICLE = "(?:van|von|der|den|de|del|della|des|di|da|das|do|dos|du|la|le|ten|ter|bin|ibn|al|el|zu|d'|l')";
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’]*";
const SURNAME = `(?:${PARTICLE}[ ]?)*${NAME_WORD}(?:[ -](?:${PARTICLE}[ ]?)*${NAME_WORD})*`;
const GIVEN_WORD = `(?:\\p{Lu}\\.|${NAME_WORD}\\.?)`;
const GIVEN = `${GIVEN_WORD}(?:(?: |-)${GIVEN_WORD})*`;
const SUFFIX = '(?:Jr\\.|Sr\\.|II|III|IV|V)';

export const PERSON_NAME = new RegExp(
  `^(?<family>${SURNAME}), (?:(?<suffix1>${SUFFIX}), )?(?<given>${GIVEN})(?:, (?<suffix2>${SUFFIX}))?$`,
  'u',
);
export const ORGANISATION_NAME = /^\{(?<organisation>[^{}]+)\}$/u;

export type ParsedName =
  | { kind: 'person'; family: string; given: string; particle: string; suffix: string }
  | { kind: 'organisation'; name: string };

/** Splits a valid author string into parts; null when it does not follow the convention. */
export function parseAuthorName(value: string): ParsedName | null {
  const org = ORGANISATION_NAME.exec(value);
  if (org) return { kind: 'organisation', name: org.groups!.organisation.trim() };
  const m = PERSON_NAME.exec(value);
  if (!m) return null;
  const groups = m.groups!;
  const familyFull = groups.family;
  const particleMatch = new RegExp(`^((?:${PARTICLE}[ ]?)*)`, 'u').exec(familyFull);
  const particle = (particleMatch?.[1] ?? '').trim();
  return {
    kind: 'person',
    family: familyFull.slice(particle.length).trim(),
    given: groups.given,
    particle,
    suffix: groups.suffix1 ?? groups.suffix2 ?? '',
  };
}

/** "Evan Hubinger" → "Hubinger, Evan": a suggestion for the most common mistake. */
export function suggestAuthorName(value: string): string | null {
  const words = value.trim().split(/\s+/);
  if (words.length < 2 || value.includes(',')) return null;
  const candidate = `${words[words.length - 1]}, ${words.slice(0, -1).join(' ')}`;
  return PERSON_NAME.test(candidate) ? candidate : null;
}

export const AuthorSchema = z
  .string({ error: 'each author must be text in quotes, e.g. "Hubinger, E."' })
  .refine((v) => parseAuthorName(v) !== null, {
    error: 'is not written "Surname, Given" (e.g. "Hubinger, E.") or, for an organisation, "{Name}"',
  })
  .meta({ examples: ['Hubinger, E.', 'Bowman, S. R.', 'van der Weij, T.', '{OpenAI}'] });
