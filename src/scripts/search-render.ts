/**
 * DOM for search results, shared by the header box and the results page. Entry text is
 * hostile: it only ever becomes text nodes (textContent, createTextNode), never markup.
 * Every result carries data-slug and data-citekey, the hook the cite basket attaches to.
 */
import type { MetaBundle } from '../lib/search/bundle.ts';
import type { Hit } from '../lib/search/engine.ts';
import { highlight } from '../lib/search/highlight.ts';
import type { QueryPlan } from '../lib/search/query.ts';
import { paperUrl } from '../site/views/urls.ts';

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Appends `text` to `parent`, matched words wrapped in <mark>. */
export function appendHighlighted(parent: Node, text: string, plan: QueryPlan): void {
  for (const segment of highlight(text, plan)) {
    parent.appendChild(segment.hit ? element('mark', undefined, segment.text) : document.createTextNode(segment.text));
  }
}

/** The labels of a document's deception types (the first facet vocabulary). */
export function deceptionTypes(meta: MetaBundle, doc: number): string[] {
  const vocabulary = meta.vocabularies.find((v) => v.taxonomy === 'deception-types');
  const v = meta.vocabularies.indexOf(vocabulary!);
  return (meta.terms[doc]?.[v] ?? []).map((t) => vocabulary!.terms[t][1]);
}

export function markResult(el: HTMLElement, hit: Hit): void {
  el.dataset.slug = hit.row[0];
  el.dataset.citekey = hit.row[4];
}

export function hitUrl(hit: Hit): string {
  return paperUrl(hit.row[0]);
}

/** Title, "authors · year" and deception-type chips, into `parent`. */
export function appendHitBody(parent: HTMLElement, meta: MetaBundle, hit: Hit, plan: QueryPlan, titleTag: 'span' | 'h2' | 'h3', link: boolean): void {
  const [, title, authors, year] = hit.row;
  const heading = element(titleTag, 'paper-list__title');
  const titleParent = link ? heading.appendChild(element('a')) : heading;
  if (titleParent instanceof HTMLAnchorElement) titleParent.href = hitUrl(hit);
  appendHighlighted(titleParent, title, plan);
  parent.appendChild(heading);
  const line = element('p', 'paper-list__meta');
  appendHighlighted(line, authors, plan);
  line.appendChild(document.createTextNode(` · ${year}`));
  if (hit.byId) line.appendChild(element('span', 'search-result__by-id', ' · matches the identifier you entered'));
  parent.appendChild(line);
  const types = deceptionTypes(meta, hit.doc);
  if (types.length) {
    const chips = element('ul', 'chips');
    chips.setAttribute('aria-label', 'Deception types');
    for (const label of types) appendHighlighted(chips.appendChild(element('li')).appendChild(element('span', 'chip')), label, plan);
    parent.appendChild(chips);
  }
}
