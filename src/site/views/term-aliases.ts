/**
 * Aliases resolve to their term: each alias (and label) whose slug is not a term's own slug
 * gets a redirect page at /<taxonomy>/<alias-slug>/ pointing to the term's page.
 */
import type { Vocabulary } from '../../lib/link/taxonomy-index.ts';
import { slugify } from '../../lib/fold.ts';

export function aliasRedirects(vocab: Vocabulary): { alias: string; label: string; term: string }[] {
  const taken = new Set(vocab.terms.keys());
  const redirects: { alias: string; label: string; term: string }[] = [];
  for (const term of vocab.terms.values()) {
    for (const name of [term.label, ...term.aliases]) {
      const alias = slugify(name);
      if (!alias || taken.has(alias)) continue;
      taken.add(alias);
      redirects.push({ alias, label: name, term: term.slug });
    }
  }
  return redirects;
}
