/**
 * Probe: the atlas's search and Pagefind, side by side in one real Chromium on one built site.
 * argv: <site dir> <JSON { queries, firstResult, runs }>. Prints one JSON object.
 *
 * - Bytes before the first result: a cold load of "/" (HTTP cache off), then the query typed
 *   into the header box; every response until the first result shows is counted, at its
 *   gzip size as a static host would send it (files that gzip cannot shrink, like Pagefind's
 *   precompressed ones, at their own size). "page" is what loads with the page, "search" what
 *   loads after the box is focused.
 * - Latency: the engine the box uses, called in the page on the fixed query set (warm): per
 *   query, and per keystroke of typing it; Pagefind's search() on the same set.
 * - Memory: JS heap (CDP Runtime.getHeapUsage after a forced GC) before and after.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Response } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveStatic } from '../../tests/helpers/static-server.ts';

const [site, configJson] = process.argv.slice(2);
const config = JSON.parse(configJson) as { queries: string[]; firstResult: string[]; runs: number };
const engineChunk = readdirSync(path.join(site, '_astro')).find((f) => /^search-engine-client\..*\.js$/.test(f));
if (!engineChunk) throw new Error('no search-engine-client chunk in the built site');

const server = await serveStatic(site);
const browser = await launchBrowser();
// One context and page throughout: the npm-shipped Chromium exits when a context closes.
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

type Phase = 'page' | 'search';
interface Transfer { phase: Phase; path: string; gzip: number }
let phase: Phase = 'page';
let transfers: Promise<Transfer | null>[] = [];
page.on('response', (response: Response) => {
  const at = phase;
  transfers.push(response.body().then(
    (body) => ({ phase: at, path: new URL(response.url()).pathname, gzip: Math.min(gzipSync(body).length, body.length) }),
    () => null,
  ));
});
const settle = async (list: Promise<Transfer | null>[]) => (await Promise.all(list)).filter((t): t is Transfer => t !== null);
const bytes = (list: Transfer[], p: Phase) => list.filter((t) => t.phase === p).reduce((a, t) => a + t.gzip, 0);
const heap = async () => {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
};
const median = (v: number[]) => { const s = [...v].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const p95 = (v: number[]) => { const s = [...v].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]; };

async function coldHome() {
  phase = 'page';
  transfers = [];
  await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
  phase = 'search';
}

async function atlasFirstResult(query: string) {
  await coldHome();
  const heapBefore = await heap();
  const started = performance.now();
  await page.locator('#site-search').focus();
  await page.locator('#site-search').fill(query);
  await page.locator('#site-search-results [role="option"][data-slug]').first().waitFor();
  const ms = performance.now() - started;
  const seen = await settle([...transfers]);
  const buildMs = await page.evaluate(() => performance.getEntriesByName('atlas-search:index-build')[0]?.duration ?? -1);
  const heapAfter = await heap();
  return { pageBytes: bytes(seen, 'page'), searchBytes: bytes(seen, 'search'), ms, buildMs, heapMB: (heapAfter - heapBefore) / 1e6,
    files: seen.filter((t) => t.phase === 'search').map((t) => t.path.split('/').pop()) };
}

async function pagefindFirstResult(query: string) {
  await coldHome();
  const started = performance.now();
  const title = await page.evaluate(async (q) => {
    const url = '/pagefind/pagefind.js';
    const pagefind = await import(url);
    const search = await pagefind.search(q);
    const data = await search.results[0]?.data();
    return data?.meta?.title ?? null;
  }, query);
  const ms = performance.now() - started;
  const seen = await settle([...transfers]);
  return { searchBytes: bytes(seen, 'search'), ms, found: title !== null, files: seen.filter((t) => t.phase === 'search').length };
}

const first = config.firstResult.map((query) => {
  const runs: Awaited<ReturnType<typeof atlasFirstResult>>[] = [];
  return { query, runs };
});
const pagefindFirst = config.firstResult.map((query) => ({ query, runs: [] as Awaited<ReturnType<typeof pagefindFirstResult>>[] }));
for (let r = 0; r < config.runs; r++) {
  for (const f of first) f.runs.push(await atlasFirstResult(f.query));
  for (const f of pagefindFirst) f.runs.push(await pagefindFirstResult(f.query));
}

// Warm latency, in the page, with the engine instance the header box uses.
await coldHome();
const heapBase = await heap();
const latency = await page.evaluate(async ({ chunk, queries }) => {
  const { openEngine } = await import(`/_astro/${chunk}`);
  const form = document.querySelector<HTMLFormElement>('form.search-box')!;
  const engine = await openEngine(form.dataset.searchIndex!);
  const quick: number[] = [];
  const keystroke: number[] = [];
  const fullCold: number[] = [];
  const full: number[] = [];
  const time = (fn: () => unknown) => { const t = performance.now(); fn(); return performance.now() - t; };
  for (const q of queries) engine.quick(q, { typing: true });
  for (let rep = 0; rep < 5; rep++) for (const q of queries) quick.push(time(() => engine.quick(q, { typing: true, limit: 9 })));
  for (const q of queries) for (let n = 1; n <= q.length; n++) keystroke.push(time(() => engine.quick(q.slice(0, n), { typing: true, limit: 9 })));
  for (const q of queries) { const t = performance.now(); await engine.full(q); fullCold.push(performance.now() - t); }
  for (let rep = 0; rep < 3; rep++) for (const q of queries) { const t = performance.now(); await engine.full(q); full.push(performance.now() - t); }
  return { quick, keystroke, fullCold, full };
}, { chunk: engineChunk, queries: config.queries });
const heapAllShards = await heap();

await coldHome();
const pagefindHeapBase = await heap();
const pagefindLatency = await page.evaluate(async (queries) => {
  const url = '/pagefind/pagefind.js';
  const pagefind = await import(url);
  const cold: number[] = [];
  const warm: number[] = [];
  for (const q of queries) { const t = performance.now(); const s = await pagefind.search(q); await s.results[0]?.data(); cold.push(performance.now() - t); }
  for (let rep = 0; rep < 3; rep++) for (const q of queries) { const t = performance.now(); await pagefind.search(q); warm.push(performance.now() - t); }
  return { cold, warm };
}, config.queries);
const pagefindHeap = await heap();

await browser.close();
await server.close();

const summary = (v: number[]) => ({ median: median(v), p95: p95(v) });
console.log(JSON.stringify({
  first: first.map((f) => ({
    query: f.query,
    pageBytes: f.runs[0].pageBytes,
    searchBytes: f.runs[0].searchBytes,
    files: f.runs[0].files,
    ms: median(f.runs.map((r) => r.ms)),
    buildMs: median(f.runs.map((r) => r.buildMs)),
    heapMB: median(f.runs.map((r) => r.heapMB)),
  })),
  pagefindFirst: pagefindFirst.map((f) => ({ query: f.query, searchBytes: f.runs[0].searchBytes, files: f.runs[0].files, found: f.runs[0].found, ms: median(f.runs.map((r) => r.ms)) })),
  quick: summary(latency.quick),
  keystroke: summary(latency.keystroke),
  fullCold: summary(latency.fullCold),
  full: summary(latency.full),
  heapAllShardsMB: (heapAllShards - heapBase) / 1e6,
  pagefind: { cold: summary(pagefindLatency.cold), warm: summary(pagefindLatency.warm), heapMB: (pagefindHeap - pagefindHeapBase) / 1e6 },
}));
