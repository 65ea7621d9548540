/** Search engines over in-memory index files, built exactly as the site builds them. */
import { loadAtlas, type Atlas } from '../../src/lib/atlas.ts';
import { buildSearchIndex, type SearchIndexFiles } from '../../src/lib/export/search-index.ts';
import type { MetaBundle } from '../../src/lib/search/bundle.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { REPO_ROOT } from '../helpers/build-site.ts';

export interface TestEngine {
  engine: SearchEngine;
  files: SearchIndexFiles;
  /** Names of the files the engine has loaded besides meta, in order. */
  loaded: string[];
}

export function engineFor(atlas: Atlas, options: Parameters<typeof buildSearchIndex>[1] = {}): TestEngine {
  const files = buildSearchIndex(atlas, options);
  const byName = new Map(files.shards.map((f) => [f.name, f.body]));
  const loaded: string[] = [];
  const engine = new SearchEngine(JSON.parse(files.meta.body) as MetaBundle, async (name) => {
    const body = byName.get(name);
    if (body === undefined) throw new Error(`no index file ${name}`);
    loaded.push(name);
    return JSON.parse(body);
  });
  return { engine, files, loaded };
}

let real: Promise<{ atlas: Atlas; test: TestEngine }> | null = null;

/** The engine over the real entries in papers/ and commentary/. */
export function realEngine(): Promise<{ atlas: Atlas; test: TestEngine }> {
  real ??= loadAtlas(REPO_ROOT).then((atlas) => ({ atlas, test: engineFor(atlas) }));
  return real;
}
