/**
 * Where rendered Markdown is kept between builds (render-cache.ts decides what to render): one
 * JSON file per rendering, named by its cache key. Kept apart from the renderer so that code
 * which only prunes the store (the site's build integration) does not load the pipeline.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { replaceFile } from '../replace-file.ts';
import type { Rendered } from './pipeline.ts';

export interface RenderStore {
  get(key: string): Rendered | undefined;
  set(key: string, value: Rendered): void;
  /** Whether a rendering is stored under `key`, without reading it. */
  has(key: string): boolean;
  /** Deletes every stored rendering whose key is not in `keep`; returns how many it deleted. */
  prune(keep: ReadonlySet<string>): number;
}

const SHARD = /^[0-9a-f]{2}$/;
const RENDERING = /^([0-9a-f]{64})\.json$/;

/**
 * One JSON file per rendering under `dir`, sharded by the key's first two hex digits. Other
 * files in `dir` (the pipeline's bibliography folder, a writer's temporary file) are never
 * pruned.
 */
export function fileStore(dir: string): RenderStore {
  const fileOf = (key: string) => path.join(dir, key.slice(0, 2), `${key}.json`);
  return {
    get(key) {
      try {
        return JSON.parse(readFileSync(fileOf(key), 'utf8')) as Rendered;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      replaceFile(fileOf(key), JSON.stringify(value));
    },
    has(key) {
      return existsSync(fileOf(key));
    },
    prune(keep) {
      let deleted = 0;
      let shards: string[];
      try {
        shards = readdirSync(dir).filter((name) => SHARD.test(name));
      } catch {
        return 0;
      }
      for (const shard of shards) {
        for (const name of readdirSync(path.join(dir, shard))) {
          const key = RENDERING.exec(name)?.[1];
          if (key === undefined || keep.has(key)) continue;
          rmSync(path.join(dir, shard, name), { force: true });
          deleted++;
        }
      }
      return deleted;
    },
  };
}
