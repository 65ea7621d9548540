/**
 * The results page (/search/?q=…&type=…&area=…&system=…&year=…): full search (metadata and
 * body text) with facets. Everything it shows follows from the URL, so a search can be
 * shared and the back button steps through earlier searches and filters. The page's static
 * list of all papers stays for readers without JavaScript and is hidden here.
 */
import type { Hit, SearchEngine, SearchResult } from '../lib/search/engine.ts';
import { applyFacets, type Facet } from '../lib/search/facets.ts';
import { emptyFilters, FILTER_PARAMS, readState, writeState, type SearchState } from '../lib/search/url-state.ts';
import { appendHighlighted, appendHitBody, element, markResult } from './search-render.ts';

const PAGE = 20;
const TYPING_PAUSE_MS = 250;

function start(root: HTMLElement, input: HTMLInputElement, form: HTMLFormElement): void {
  const status = root.querySelector<HTMLElement>('.search-page__status')!;
  const facetsForm = root.querySelector<HTMLFormElement>('.search-facets')!;
  const list = root.querySelector<HTMLOListElement>('.search-results > ol')!;
  const more = root.querySelector<HTMLButtonElement>('.search-page__more')!;
  const engine = import('./search-engine-client.ts').then((m) => m.openEngine(root.dataset.searchIndex!));

  let state: SearchState = readState(window.location.search);
  let shown = PAGE;
  let generation = 0;
  let last: { engine: SearchEngine; result: SearchResult } | null = null;
  const pageTitle = document.title;
  input.value = state.q;
  root.hidden = false;
  document.querySelector<HTMLElement>('.search-fallback')?.setAttribute('hidden', '');

  const everything = (e: SearchEngine): SearchResult => {
    const hits: Hit[] = e.meta.docs.map((row, doc) => ({ doc, row, score: 0, byId: false }));
    hits.sort((a, b) => b.row[3] - a.row[3] || a.row[1].localeCompare(b.row[1], 'en'));
    return { plan: { tokens: [], ids: [] }, hits };
  };

  const run = async (history: 'push' | 'replace' | null) => {
    const mine = ++generation;
    if (history) {
      const url = `${window.location.pathname}${writeState(state)}`;
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    document.title = state.q.trim() ? `${state.q.trim()} · ${pageTitle}` : pageTitle;
    let e: SearchEngine;
    try {
      e = await engine;
    } catch {
      // Degrade to what readers without JavaScript get: the list of every paper.
      status.textContent = 'Search could not load. Try reloading the page; meanwhile every paper is listed below.';
      document.querySelector<HTMLElement>('.search-fallback')?.removeAttribute('hidden');
      return;
    }
    if (mine !== generation) return;
    if (!state.q.trim()) return render(e, everything(e));
    // Metadata first (instant), then again with the body text once its shards are in.
    render(e, e.quick(state.q));
    const full = await e.full(state.q).catch(() => null);
    if (full && mine === generation) render(e, full);
  };

  const render = (e: SearchEngine, result: SearchResult) => {
    last = { engine: e, result };
    const byDoc = new Map(result.hits.map((h) => [h.doc, h]));
    const { docs, facets } = applyFacets(e.meta, result.hits.map((h) => h.doc), state.filters);
    const filtered = FILTER_PARAMS.some((p) => state.filters[p].length > 0);
    const query = state.q.trim();
    status.textContent = !query
      ? `${docs.length} paper${docs.length === 1 ? '' : 's'}${filtered ? ' with the selected filters' : ''}`
      : docs.length === 0
        ? `No results for “${query}”${filtered ? ' with the selected filters' : ''}`
        : `${docs.length} result${docs.length === 1 ? '' : 's'} for “${query}”${filtered ? ' with the selected filters' : ''}`;
    renderFacets(facets, filtered);
    const visible = docs.slice(0, shown).map((d) => byDoc.get(d)!);
    const summaries = new Map<number, HTMLElement>();
    list.replaceChildren(...visible.map((hit) => {
      const li = element('li', 'search-result');
      markResult(li, hit);
      appendHitBody(li, e.meta, hit, result.plan, 'h2', true);
      const summary = element('p', 'paper-list__summary');
      summaries.set(hit.doc, summary);
      li.insertBefore(summary, li.querySelector('.chips'));
      return li;
    }));
    more.hidden = docs.length <= shown;
    e.summaries(visible.map((h) => h.doc)).then((texts) => {
      for (const [doc, el] of summaries) appendHighlighted(el, texts.get(doc) ?? '', result.plan);
    }, () => {});
  };

  const renderFacets = (facets: Facet[], filtered: boolean) => {
    const focused = document.activeElement instanceof HTMLInputElement && facetsForm.contains(document.activeElement)
      ? `${document.activeElement.name}=${document.activeElement.value}` : null;
    const groups = facets.filter((f) => f.values.length > 0).map((facet) => {
      const fieldset = element('fieldset', 'search-facets__group');
      fieldset.append(element('legend', undefined, facet.label));
      for (const v of facet.values) {
        const label = element('label', 'search-facets__value');
        const box = element('input');
        box.type = 'checkbox';
        box.name = facet.param;
        box.value = v.value;
        box.checked = v.selected;
        label.append(box, document.createTextNode(` ${v.label} `), element('span', 'search-facets__count', `(${v.count})`));
        fieldset.append(label);
      }
      return fieldset;
    });
    const clear = element('button', 'button search-facets__clear', 'Clear filters');
    clear.type = 'button';
    clear.hidden = !filtered;
    facetsForm.replaceChildren(...groups, clear);
    if (focused) facetsForm.querySelector<HTMLInputElement>(`input[name="${focused.split('=')[0]}"][value="${CSS.escape(focused.split('=')[1])}"]`)?.focus();
  };

  facetsForm.addEventListener('change', () => {
    const filters = { ...state.filters };
    for (const param of FILTER_PARAMS) {
      filters[param] = [...facetsForm.querySelectorAll<HTMLInputElement>(`input[name="${param}"]:checked`)].map((b) => b.value);
    }
    state = { ...state, filters };
    shown = PAGE;
    void run('push');
  });
  facetsForm.addEventListener('click', (event) => {
    if (!(event.target instanceof HTMLElement) || !event.target.closest('.search-facets__clear')) return;
    state = readState(writeState({ ...state, filters: emptyFilters() }));
    shown = PAGE;
    void run('push');
    input.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, q: input.value };
    shown = PAGE;
    void run('push');
  });
  let pause: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(pause);
    pause = setTimeout(() => {
      state = { ...state, q: input.value };
      shown = PAGE;
      void run('replace');
    }, TYPING_PAUSE_MS);
  });
  more.addEventListener('click', () => {
    shown += PAGE;
    if (last) render(last.engine, last.result);
  });
  window.addEventListener('popstate', () => {
    state = readState(window.location.search);
    input.value = state.q;
    shown = PAGE;
    void run(null);
  });
  status.textContent = 'Loading search…';
  void run(null);
}

const root = document.querySelector<HTMLElement>('.search-page[data-search-index]');
const input = document.querySelector<HTMLInputElement>('#search-query');
if (root && input?.form) start(root, input, input.form);
