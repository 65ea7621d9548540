/**
 * The header search box, enhanced: results as you type (metadata index, loaded on first
 * focus; body-text shards only when metadata finds too few), `/` to focus, arrows to move,
 * Enter to open, Escape to close. Without this script the box is a plain GET form to /search/.
 * It follows the ARIA combobox pattern: focus stays in the input, aria-activedescendant
 * names the highlighted option.
 */
import type { SearchEngine, SearchResult } from '../lib/search/engine.ts';
import { appendHitBody, element, hitUrl, markResult } from './search-render.ts';

const SHOWN = 8;
/** Fewer metadata hits than this, and the body text is searched too. */
const ENOUGH = 3;

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null);
}

function enhance(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const indexUrl = form.dataset.searchIndex;
  if (!input || !indexUrl) return;

  const panel = element('div', 'search-box__panel');
  panel.hidden = true;
  const list = element('ul', 'search-box__results');
  list.id = `${input.id}-results`;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  const status = element('p', 'search-box__status');
  status.setAttribute('role', 'status');
  panel.append(status, list);
  form.append(panel);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  let engine: Promise<SearchEngine> | null = null;
  let options: { el: HTMLElement; href: string }[] = [];
  let active = -1;
  let generation = 0;

  const load = (): Promise<SearchEngine> => {
    engine ??= import('./search-engine-client.ts').then((m) => m.openEngine(indexUrl));
    engine.catch(() => (engine = null));
    return engine;
  };

  const open = (isOpen: boolean) => {
    panel.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) setActive(-1);
  };

  const setActive = (index: number) => {
    options[active]?.el.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.el.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.el.id);
      option.el.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const show = (query: string, result: SearchResult, meta: SearchEngine['meta']) => {
    list.replaceChildren();
    options = [];
    active = -1;
    // Options hold no links (an interactive element inside an option is invalid ARIA); a
    // click or Enter navigates to the option's data-href instead.
    const addOption = (id: string, className: string, href: string) => {
      const li = element('li', className);
      li.id = id;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.href = href;
      list.append(li);
      options.push({ el: li, href });
      return li;
    };
    result.hits.slice(0, SHOWN).forEach((hit, i) => {
      const li = addOption(`${list.id}-${i}`, 'search-box__result', new URL(hitUrl(hit), window.location.href).href);
      markResult(li, hit);
      appendHitBody(li, meta, hit, result.plan, 'span', false);
    });
    const all = addOption(`${list.id}-all`, 'search-box__all', `${form.action}?${new URLSearchParams({ q: query })}`);
    all.textContent = `All results for “${query.trim()}”`;
    const n = result.hits.length;
    status.textContent = n === 0 ? `No results for “${query.trim()}”` : n > SHOWN ? `${n} results, showing the first ${SHOWN}` : `${n} result${n === 1 ? '' : 's'}`;
    open(true);
    // A pasted arXiv ID or DOI names one paper: Enter goes straight to it.
    if (result.hits[0]?.byId) setActive(0);
  };

  const update = async () => {
    const query = input.value;
    const mine = ++generation;
    if (!query.trim()) {
      status.textContent = '';
      open(false);
      return;
    }
    let searchEngine: SearchEngine;
    try {
      searchEngine = await load();
    } catch {
      if (mine !== generation) return;
      list.replaceChildren();
      options = [];
      status.textContent = 'Search could not load; press Enter to search on the results page.';
      open(true);
      return;
    }
    if (mine !== generation) return;
    const quick = searchEngine.quick(query, { typing: true, limit: SHOWN + 1 });
    show(query, quick, searchEngine.meta);
    if (quick.hits.length < ENOUGH && quick.plan.tokens.length > 0) {
      const full = await searchEngine.full(query, { typing: true }).catch(() => null);
      if (full && mine === generation && full.hits.length > quick.hits.length) show(query, full, searchEngine.meta);
    }
  };

  input.addEventListener('focus', () => {
    load().then(() => {
      if (document.activeElement === input && input.value.trim() && panel.hidden) void update();
    }, () => {});
  });
  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (panel.hidden) {
        void update();
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(options.length ? (active + step + options.length + (active < 0 && step < 0 ? 1 : 0)) % options.length : -1);
    } else if (event.key === 'Enter' && !panel.hidden && options[active]) {
      event.preventDefault();
      window.location.assign(options[active].href);
    } else if (event.key === 'Escape' && !panel.hidden) {
      // First Escape closes the list; a second one (native) clears the box.
      event.preventDefault();
      open(false);
    }
  });
  // Keep focus in the input while an option is clicked.
  panel.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const option = event.target instanceof Element ? event.target.closest<HTMLElement>('[role="option"]') : null;
    if (!option?.dataset.href) return;
    if (event.ctrlKey || event.metaKey) window.open(option.dataset.href, '_blank', 'noopener');
    else window.location.assign(option.dataset.href);
  });
  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && form.contains(event.relatedTarget))) open(false);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}

const form = document.querySelector<HTMLFormElement>('form.search-box[data-search-index]');
if (form) enhance(form);
