/**
 * The cite basket in the page: "Add to cite basket" checkboxes, and one panel that downloads or
 * copies a single .bib for every ticked paper (each fetched from /papers/<slug>.bib).
 *
 * Checkboxes go into every [data-cite-basket-toggle] slot (CiteBasketToggle.astro) and into
 * every item of a list rendered in the browser that names its paper (ol.paper-list > li[data-slug],
 * as the search page and the /papers/ filter build them). The DOM is built with createElement
 * and textContent only; the basket lives in localStorage only.
 */
import { paperExportUrl, paperUrl } from '../site/views/urls.ts';
import { joinBibtex, parseBasket, STORAGE_KEY, withItem, withoutItem, type BasketItem } from './cite-basket-store.ts';

const CLIENT_LISTS = 'ol.paper-list > li[data-slug]';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function read(): BasketItem[] {
  try {
    return parseBasket(localStorage.getItem(STORAGE_KEY));
  } catch {
    return [];
  }
}

function setup(panel: HTMLElement): void {
  const count = panel.querySelector<HTMLElement>('[data-count]')!;
  const list = panel.querySelector<HTMLElement>('[data-items]')!;
  const status = panel.querySelector<HTMLElement>('[data-status]')!;
  const fallback = panel.querySelector<HTMLTextAreaElement>('[data-fallback]')!;
  const say = (text: string) => { status.textContent = text; };

  function write(items: BasketItem[]): void {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(items));
    } catch {
      say('This browser does not let the site keep a basket (storage is blocked).');
    }
    render();
  }

  function render(): void {
    const items = read();
    const slugs = new Set(items.map((i) => i.slug));
    panel.hidden = items.length === 0;
    document.documentElement.classList.toggle('has-cite-basket', items.length > 0);
    count.textContent = `${items.length} ${items.length === 1 ? 'paper' : 'papers'}`;
    list.replaceChildren(...items.map((item) => {
      const li = el('li');
      const link = el('a', undefined, item.title || item.citekey || item.slug);
      link.href = paperUrl(item.slug);
      li.append(link);
      if (item.citekey) li.append(' ', el('code', undefined, item.citekey));
      const remove = el('button', 'cite-basket__remove', 'Remove');
      remove.type = 'button';
      remove.setAttribute('aria-label', `Remove ${item.title || item.slug} from the cite basket`);
      remove.addEventListener('click', () => write(withoutItem(read(), item.slug)));
      li.append(' ', remove);
      return li;
    }));
    for (const box of document.querySelectorAll<HTMLInputElement>('input[data-cite-basket-box]')) box.checked = slugs.has(box.dataset.slug ?? '');
  }

  function toggle(slot: HTMLElement, item: BasketItem): void {
    const label = el('label', 'cite-toggle');
    const box = el('input');
    box.type = 'checkbox';
    box.dataset.citeBasketBox = '';
    box.dataset.slug = item.slug;
    box.checked = read().some((i) => i.slug === item.slug);
    box.addEventListener('change', () => write(box.checked ? withItem(read(), item) : withoutItem(read(), item.slug)));
    label.append(box, ' Add to cite basket', el('span', 'visually-hidden', `: ${item.title || item.citekey || item.slug}`));
    slot.replaceChildren(label);
    slot.hidden = false;
  }

  function attach(): void {
    for (const slot of document.querySelectorAll<HTMLElement>('[data-cite-basket-toggle]')) {
      if (slot.querySelector('input')) continue;
      toggle(slot, { slug: slot.dataset.slug ?? '', citekey: slot.dataset.citekey ?? '', title: slot.dataset.title ?? '' });
    }
    for (const li of document.querySelectorAll<HTMLElement>(CLIENT_LISTS)) {
      if (li.querySelector('[data-cite-basket-toggle]')) continue;
      const slot = el('p', 'cite-toggle-slot');
      slot.dataset.citeBasketToggle = '';
      li.append(slot);
      const title = li.querySelector('.paper-list__title')?.textContent?.trim() ?? '';
      toggle(slot, { slug: li.dataset.slug ?? '', citekey: li.dataset.citekey ?? '', title });
    }
  }

  async function bibtex(): Promise<{ text: string; count: number } | null> {
    const items = read();
    say(`Fetching BibTeX for ${items.length} ${items.length === 1 ? 'paper' : 'papers'}…`);
    try {
      const entries = await Promise.all(items.map(async (item) => {
        const response = await fetch(paperExportUrl(item.slug, 'bib'));
        if (!response.ok) throw new Error(`${item.title || item.slug} (HTTP ${response.status})`);
        return response.text();
      }));
      return { text: joinBibtex(entries), count: items.length };
    } catch (error) {
      say(`Could not fetch the BibTeX of ${(error as Error).message}. Try again, or use /atlas.bib.`);
      return null;
    }
  }

  panel.querySelector('[data-download]')!.addEventListener('click', async () => {
    const result = await bibtex();
    if (!result) return;
    const url = URL.createObjectURL(new Blob([result.text], { type: 'application/x-bibtex' }));
    const link = el('a');
    link.href = url;
    link.download = 'cite-basket.bib';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say(`Downloaded cite-basket.bib with ${result.count} ${result.count === 1 ? 'entry' : 'entries'}.`);
  });

  panel.querySelector('[data-copy]')!.addEventListener('click', async () => {
    const result = await bibtex();
    if (!result) return;
    try {
      await navigator.clipboard.writeText(result.text);
      fallback.hidden = true;
      say(`Copied the BibTeX of ${result.count} ${result.count === 1 ? 'paper' : 'papers'}.`);
    } catch {
      // Clipboard access refused (insecure context or permissions): let the reader copy by hand.
      fallback.value = result.text;
      fallback.hidden = false;
      fallback.select();
      say('Copying is blocked here: the BibTeX is selected below; press Ctrl+C (⌘C on a Mac).');
    }
  });

  panel.querySelector('[data-clear]')!.addEventListener('click', () => {
    write([]);
    fallback.hidden = true;
    say('The cite basket is empty.');
  });

  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) render();
  });
  // Lists rendered later (search results, filters) get their checkboxes as they appear. Only
  // attach() runs here: it changes the DOM only for new items, so it cannot loop.
  new MutationObserver(attach).observe(document.body, { childList: true, subtree: true });
  attach();
  render();
}

// One panel per page, even when several lists each bring theirs.
const [panel, ...extra] = document.querySelectorAll<HTMLElement>('[data-cite-basket]');
for (const duplicate of extra) duplicate.remove();
if (panel) setup(panel);
