/**
 * `npm run dev` as a live preview: watches the content folders, loads the atlas again after
 * every save (add, change or delete), prints its diagnostics in the validator's format, clears
 * Astro's route cache (so new and deleted entries gain and lose their pages) and reloads the
 * browser. While the atlas has errors, every page request gets a plain page listing them, never
 * a stale page; fixing the file brings the site back. Drafts get pages in the preview.
 * `astro dev` only: a build's own Vite server is left alone.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { countBySeverity, type Diagnostic } from '../../lib/diagnostics.ts';
import { formatHuman } from '../../lib/format-diagnostics.ts';
import { REFERENCES_FILE } from '../../lib/load/list-sources.ts';
import { CONTENT_ROOT, enablePreview, reloadAtlas } from '../atlas-data.ts';
import { problemsPage } from './problems-page.ts';

export const WATCHED = ['papers', 'commentary', 'taxonomies', 'verified-metadata', REFERENCES_FILE];
/** Saves closer together than this (an editor writing a file in steps) make one reload. */
const SETTLE_MS = 60;

/** Requests for pages, not for the dev server's own modules and assets. */
function isPageRequest(url: string, accept: string | undefined): boolean {
  const pathname = url.split('?')[0];
  if (/^\/(@|node_modules\/|_astro\/|src\/)/.test(pathname) || pathname.startsWith('/__')) return false;
  return pathname.endsWith('/') || pathname.endsWith('.html') || (accept ?? '').includes('text/html');
}

export function liveContent(): AstroIntegration {
  // Astro also starts a Vite server while building (and runs astro:server:setup for it): only
  // `astro dev` gets the preview.
  let dev = false;
  return {
    name: 'atlas:live-content',
    hooks: {
      'astro:config:setup': ({ command }) => {
        dev = command === 'dev';
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!dev) return;
        enablePreview();
        const roots = WATCHED.map((p) => path.join(CONTENT_ROOT, p));
        server.watcher.add(roots);
        let errors: Diagnostic[] = [];
        let timer: ReturnType<typeof setTimeout> | undefined;
        let changed = new Set<string>();

        const reload = async () => {
          const files = [...changed].map((f) => path.relative(CONTENT_ROOT, f));
          changed = new Set();
          const started = performance.now();
          const atlas = await reloadAtlas();
          errors = atlas.diagnostics.filter((d) => d.severity === 'error');
          const { warnings } = countBySeverity(atlas.diagnostics);
          const ms = Math.round(performance.now() - started);
          if (errors.length) logger.error(`${files.join(', ')} changed; the atlas has ${errors.length} error(s), shown in the browser until fixed:\n\n${formatHuman(errors, false)}\n`);
          else logger.info(`${files.join(', ')} changed: atlas reloaded in ${ms} ms (${atlas.papers.length} papers${warnings ? `, ${warnings} warning(s): npm run validate` : ''})`);
          // Astro keeps each route's getStaticPaths() result until content changes: say it has.
          for (const [name, environment] of Object.entries(server.environments)) if (name !== 'client') environment.hot.send('astro:content-changed', {});
          server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        };

        server.watcher.on('all', (_event, file) => {
          if (!roots.some((root) => file === root || file.startsWith(root + path.sep))) return;
          changed.add(file);
          clearTimeout(timer);
          timer = setTimeout(() => void reload().catch((error: unknown) => logger.error(String(error))), SETTLE_MS);
        });

        server.middlewares.use((req, res, next) => {
          if (errors.length === 0 || !isPageRequest(req.url ?? '/', req.headers.accept)) return next();
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(problemsPage(errors));
        });
      },
    },
  };
}
