/**
 * The site's one door to the core: loads the atlas once per build and refuses to build when
 * any entry has an error, printing the validator's diagnostics. Pages import from here only.
 * ATLAS_ROOT points the build at another content folder (tests build fixture atlases).
 */
import path from 'node:path';
import { loadAtlas, type Atlas } from '../lib/atlas.ts';
import { countBySeverity } from '../lib/diagnostics.ts';
import { formatHuman } from '../lib/format-diagnostics.ts';
import { session } from './build-session.ts';

export const CONTENT_ROOT = path.resolve(process.env.ATLAS_ROOT ?? process.cwd());

/** The atlas the pages of this build were made from, if they loaded it (the integrations read it once the pages are built). */
export function loadedAtlas(): Promise<Atlas> | undefined {
  return session.atlas;
}

export function forgetLoadedAtlas(): void {
  session.atlas = undefined;
}

/** Refuses an atlas with errors, with the validator's diagnostics as the whole message. */
function checked(atlas: Atlas): Atlas {
  const { errors } = countBySeverity(atlas.diagnostics);
  if (errors > 0) {
    const text = formatHuman(atlas.diagnostics.filter((d) => d.severity === 'error'), false);
    const error = new Error(`The atlas has ${errors} validation error(s); fix them before building:\n\n${text}\n`);
    // The diagnostics are the whole story: Astro prints a stack trace only when there is one.
    error.stack = '';
    throw error;
  }
  return previewMode() ? withDraftsShown(atlas) : atlas;
}

/**
 * The atlas, loaded once per build: the build loads it first of all (integrations/session-bounds.ts,
 * at build start), so an invalid entry stops the build before anything is bundled, and the pages
 * find that same atlas here. In `npm run dev` it is loaded again after every content change
 * (integrations/live-content.ts calls reloadAtlas).
 */
export function getAtlas(): Promise<Atlas> {
  return (session.atlas ??= loadAtlas(CONTENT_ROOT).then(checked));
}

/** Loads the content again (the dev server, after a save): the next getAtlas() is the new atlas. The raw atlas comes back, errors and all. */
export function reloadAtlas(): Promise<Atlas> {
  const raw = loadAtlas(CONTENT_ROOT);
  const next = raw.then(checked);
  // The pages see the rejection (an invalid atlas); nobody else need handle it.
  next.catch(() => {});
  session.atlas = next;
  return raw;
}

// The dev server's preview: drafts get pages too, marked as drafts, so a contributor can see an
// entry before publishing it. Off in builds.
export function enablePreview(): void {
  session.previewDrafts ??= new WeakSet();
}

function previewMode(): boolean {
  return session.previewDrafts !== undefined;
}

/** Whether a paper is a draft shown only because this is the dev server's preview. */
export function isPreviewedDraft(paper: object): boolean {
  return session.previewDrafts?.has(paper) ?? false;
}

function withDraftsShown(atlas: Atlas): Atlas {
  const drafts = session.previewDrafts!;
  const papers = atlas.papers.map((p) => {
    if (!p.meta.draft) return p;
    const shown = { ...p, meta: { ...p.meta, draft: false } };
    drafts.add(shown);
    return shown;
  });
  return { ...atlas, papers };
}

/** Published papers: drafts are validated but never built. */
export async function publishedPapers() {
  return (await getAtlas()).papers.filter((p) => !p.meta.draft);
}
