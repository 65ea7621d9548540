/**
 * The arXiv API's Atom feed (https://info.arxiv.org/help/api/user-manual.html) → entry fields.
 * Pitfalls handled: a bad query comes back as HTTP 200 with one entry titled "Error"; an unknown
 * ID comes back as an empty feed; titles are hard-wrapped; <id> carries a version suffix.
 */
import { isCalendarDate } from '../../../schemas/common.ts';
import { authorFromFullName } from './author-names.ts';
import { parseArxivInput, parseDoiInput } from './identifiers.ts';
import { cleanText, type Scaffolded } from './paper-fields.ts';
import { childNamed, childrenNamed, parseXml, type XmlElement } from './xml-tree.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const ARXIV = 'http://arxiv.org/schemas/atom';
const PRIMARY_CLASS = /^[a-z-]+(?:\.[A-Za-z-]+)?$/;

const textOf = (parent: XmlElement, uri: string, local: string): string => cleanText(childNamed(parent, uri, local)?.text ?? '');

export function paperFromArxivFeed(xml: string, requested: string): Scaffolded {
  const parsed = parseXml(xml);
  if (!parsed.ok) return { ok: false, error: `the answer is not a readable Atom feed (${parsed.error})` };
  const feed = parsed.root;
  if (feed.uri !== ATOM || feed.local !== 'feed') return { ok: false, error: `the answer is XML but not an Atom feed (its root element is <${feed.local}>)` };

  const entries = childrenNamed(feed, ATOM, 'entry');
  const reported = entries.find((e) => textOf(e, ATOM, 'id').includes('/api/errors'));
  if (reported) return { ok: false, error: `arXiv reported an error: ${textOf(reported, ATOM, 'summary') || 'no details given'}` };
  if (entries.length === 0) return { ok: false, error: `arXiv has no paper with the ID ${requested}; check the ID on https://arxiv.org/abs/${requested}` };
  const entry = entries.find((e) => parseArxivInput(textOf(e, ATOM, 'id')) === requested);
  if (!entry) {
    const ids = entries.map((e) => textOf(e, ATOM, 'id') || '(no id)').join(', ');
    return { ok: false, error: `the feed describes ${ids}, not ${requested}` };
  }

  const title = textOf(entry, ATOM, 'title');
  if (!title) return { ok: false, error: `the feed entry for ${requested} has no title` };
  const names = childrenNamed(entry, ATOM, 'author').map((a) => textOf(a, ATOM, 'name')).filter(Boolean);
  if (names.length === 0) return { ok: false, error: `the feed entry for ${requested} lists no authors` };
  const published = textOf(entry, ATOM, 'published').slice(0, 10);
  if (!isCalendarDate(published)) return { ok: false, error: `the feed entry for ${requested} has no readable <published> date` };

  const notes: string[] = [];
  const authors = names.map((n) => {
    const converted = authorFromFullName(n);
    if (!converted.ok) notes.push(`author "${n}" could not be written as "Surname, I."; correct it by hand`);
    return converted.name;
  });
  // arXiv allows several DOIs separated by spaces; the first is the published version's.
  const doi = textOf(entry, ARXIV, 'doi').split(' ').map(parseDoiInput).find((d) => d !== null) ?? '';
  const primary = childNamed(entry, ARXIV, 'primary_category')?.attributes.term ?? '';
  return {
    ok: true,
    notes,
    fields: {
      title,
      authors,
      date: published,
      publication: 'arXiv',
      publication_year: Number(published.slice(0, 4)),
      doi,
      arxiv: requested,
      paper_url: `https://arxiv.org/abs/${requested}`,
      ...(PRIMARY_CLASS.test(primary) ? { primary_class: primary } : {}),
    },
  };
}
