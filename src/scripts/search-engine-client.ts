/**
 * Loads the search engine in the browser (this module and lunr are fetched on first use,
 * not with the page). One engine per index URL, shared by the header box and the results page.
 */
import { SEARCH_BUNDLE_VERSION, type MetaBundle } from '../lib/search/bundle.ts';
import { SearchEngine } from '../lib/search/engine.ts';

const engines = new Map<string, Promise<SearchEngine>>();

// cache: the meta file keeps its name across builds, so it is revalidated (a 304 when unchanged);
// the fingerprinted files it names may come from the HTTP cache.
async function fetchJson(url: URL, cache: RequestCache = 'default'): Promise<unknown> {
  const response = await fetch(url, { credentials: 'same-origin', cache });
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.json();
}

export function openEngine(metaUrl: string): Promise<SearchEngine> {
  const base = new URL(metaUrl, window.location.href);
  let engine = engines.get(base.href);
  if (!engine) {
    engine = fetchJson(base, 'no-cache').then((meta) => {
      if ((meta as MetaBundle).version !== SEARCH_BUNDLE_VERSION) throw new Error('search index has an unknown format');
      // Marks for the benchmark (and anyone profiling): time to rebuild the lunr index.
      const start = performance.now();
      // Other index files are named relative to the meta file (all fingerprinted).
      const ready = new SearchEngine(meta as MetaBundle, (name) => fetchJson(new URL(name, base)));
      performance.measure('atlas-search:index-build', { start, end: performance.now() });
      return ready;
    });
    engine.catch(() => engines.delete(base.href));
    engines.set(base.href, engine);
  }
  return engine;
}
