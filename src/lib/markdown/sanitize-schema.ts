/**
 * The sanitizer's allow-list, applied as the pipeline's last step. It starts from GitHub's
 * schema (hast-util-sanitize's default) and narrows it: no images (entries carry none, and a
 * remote image would tell a third party who reads the page), no form inputs, and only web and
 * mail links.
 * It widens it for exactly what our own plugins add: heading ids and their anchor links, and
 * rehype-citation's classes and ids.
 *
 * Ids are not prefixed ("clobbered"): raw HTML never reaches the tree (remark-rehype drops it),
 * so every id comes from our plugins, and readable anchors (#key-findings) are part of the
 * page's stable URLs.
 */
import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

// Images: see above. Inputs: GFM task-list checkboxes, which have no accessible label.
const DROPPED_TAGS = new Set(['img', 'picture', 'source', 'input']);

type AttributeDefinitions = NonNullable<SanitizeSchema['attributes']>[string];

const base = defaultSchema;
const attributes = base.attributes ?? {};

/** GitHub's list for a tag, with our class names merged into its one className rule. */
function withClasses(tag: string, classes: string[], extra: AttributeDefinitions = []): AttributeDefinitions {
  const own = attributes[tag] ?? [];
  const existing = own.find((d) => Array.isArray(d) && d[0] === 'className') as [string, ...(string | RegExp)[]] | undefined;
  const rest = own.filter((d) => d !== existing);
  return [...rest, ...extra, ['className', ...(existing ? existing.slice(1) : []), ...classes] as [string, ...string[]]];
}

export const sanitizeSchema: SanitizeSchema = {
  ...base,
  clobberPrefix: '',
  clobber: [],
  tagNames: (base.tagNames ?? []).filter((tag) => !DROPPED_TAGS.has(tag)),
  protocols: { ...base.protocols, href: ['http', 'https', 'mailto'], cite: ['http', 'https'] },
  attributes: {
    ...attributes,
    a: withClasses('a', ['heading-anchor', 'atlas-entry-link']),
    span: withClasses('span', ['visually-hidden', 'citation'], ['ariaHidden']),
    div: withClasses('div', ['references', 'csl-bib-body', 'csl-entry', 'csl-left-margin', 'csl-right-inline']),
    h2: withClasses('h2', ['visually-hidden']),
    section: withClasses('section', ['bibliography'], ['ariaLabelledBy']),
  },
};
