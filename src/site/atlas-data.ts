/**
 * The site's one door to the core: loads the atlas once per build and refuses to build when
 * any entry has an error, printing the validator's diagnostics. Pages import from here only.
 * ATLAS_ROOT points the build at another content folder (tests build fixture atlases).
 */
import path from 'node:path';
import { loadAtlas, type Atlas } from '../lib/atlas.ts';
import { countBySeverity } from '../lib/diagnostics.ts';
import { formatHuman } from '../lib/format-diagnostics.ts';

export const CONTENT_ROOT = path.resolve(process.env.ATLAS_ROOT ?? process.cwd());

// The build's atlas, also read by integrations once the pages are built (they run in another
// module instance, hence a global symbol rather than this module's own variable).
const LOADED = Symbol.for('deception-atlas.loaded-atlas');
type Holder = { [LOADED]?: Promise<Atlas> };

/** The atlas the pages of this build were made from, if they loaded it. */
export function loadedAtlas(): Promise<Atlas> | undefined {
  return (globalThis as Holder)[LOADED];
}

export function forgetLoadedAtlas(): void {
  delete (globalThis as Holder)[LOADED];
}

let pending: Promise<Atlas> | null = null;

/**
 * The atlas, loaded once per build: the build loads it first of all (integrations/site-output.ts,
 * at build start), so an invalid entry stops the build before anything is bundled, and the pages
 * find that same atlas here.
 */
export function getAtlas(): Promise<Atlas> {
  const holder = globalThis as Holder;
  pending ??= holder[LOADED] ??= loadAtlas(CONTENT_ROOT).then((atlas) => {
    const { errors } = countBySeverity(atlas.diagnostics);
    if (errors > 0) {
      const text = formatHuman(atlas.diagnostics.filter((d) => d.severity === 'error'), false);
      const error = new Error(`The atlas has ${errors} validation error(s); fix them before building:\n\n${text}\n`);
      // The diagnostics are the whole story: Astro prints a stack trace only when there is one.
      error.stack = '';
      throw error;
    }
    return atlas;
  });
  return pending;
}

/** Published papers: drafts are validated but never built. */
export async function publishedPapers() {
  return (await getAtlas()).papers.filter((p) => !p.meta.draft);
}
