/**
 * Rendered Markdown cached by content hash, so a rebuild renders only what changed.
 * The key covers the text, its bibliography and links, and a fingerprint of the pipeline
 * itself: PIPELINE_VERSION plus the HTML the pipeline makes of a canary document exercising
 * every construct, so a change of plugin, option or dependency version invalidates the cache
 * even when nobody remembers to bump the version.
 */
import { createHash } from 'node:crypto';
import { PIPELINE_VERSION, renderMarkdown, type MarkdownInput, type PipelineOptions, type Rendered } from './pipeline.ts';
import type { RenderStore } from './render-store.ts';

const CANARY: MarkdownInput = {
  markdown: [
    '## Heading *one*', '', 'Text with **strong**, `code`, a [link](https://example.org), <b>raw html</b>,',
    'a citation [@canary2024] and a footnote[^n].', '', '### Sub', '', '- item', '1. item', '', '| a | b |', '|---|---|', '| 1 | 2 |', '',
    '> quote', '', '```js', 'code()', '```', '', '![image](https://example.org/x.png)', '', '[^n]: note', '',
  ].join('\n'),
  bibliography: [{ id: 'canary2024', 'citation-key': 'canary2024', type: 'article', title: 'Canary', author: [{ family: 'Bird', given: 'C.' }], issued: { 'date-parts': [[2024]] } }],
  entryHrefs: { canary2024: '/papers/canary/' },
};

let fingerprint: Promise<string> | null = null;

/**
 * The pipeline's fingerprint: its version and its rendering of the canary. Rendering the canary
 * starts citeproc (~140 ms), so a caller that knows the code is unchanged may keep it (the site
 * does, src/site/markdown-cache.ts) and pass it to cachedRenderer.
 */
export function canaryFingerprint(options: PipelineOptions): Promise<string> {
  fingerprint ??= renderMarkdown(CANARY, options).then((r) =>
    createHash('sha256').update(`${PIPELINE_VERSION}\u0000${JSON.stringify(r)}`).digest('hex'));
  return fingerprint;
}

export function cacheKey(pipeline: string, input: MarkdownInput): string {
  return createHash('sha256')
    .update(pipeline)
    .update('\u0000')
    .update(input.markdown)
    .update('\u0000')
    .update(JSON.stringify(input.bibliography ?? []))
    .update('\u0000')
    .update(JSON.stringify(input.entryHrefs ?? {}))
    .digest('hex');
}

export interface CachedRenderer {
  render(input: MarkdownInput): Promise<Rendered>;
  /** Whether the store already holds this input's rendering. */
  has(input: MarkdownInput): Promise<boolean>;
  stats: { hits: number; misses: number };
}

/**
 * A renderer that looks in `store` first; without a store it renders every time. The key of
 * every rendering it returns is added to `used` (if given), so that a caller that has rendered
 * everything it still needs can prune the rest from the store.
 */
export function cachedRenderer(
  store: RenderStore | null,
  options: PipelineOptions = {},
  used?: Set<string>,
  pipelineFingerprint: (options: PipelineOptions) => Promise<string> = canaryFingerprint,
): CachedRenderer {
  const stats = { hits: 0, misses: 0 };
  return {
    stats,
    async has(input) {
      return store !== null && store.has(cacheKey(await pipelineFingerprint(options), input));
    },
    async render(input) {
      if (!store) return renderMarkdown(input, options);
      const key = cacheKey(await pipelineFingerprint(options), input);
      used?.add(key);
      const hit = store.get(key);
      if (hit) {
        stats.hits++;
        return hit;
      }
      stats.misses++;
      const rendered = await renderMarkdown(input, options);
      store.set(key, rendered);
      return rendered;
    },
  };
}
