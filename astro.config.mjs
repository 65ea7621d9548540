// @ts-check
import { defineConfig, passthroughImageService } from 'astro/config';
import { cacheFolder } from './src/site/build-cache.ts';
import { liveContent } from './src/site/integrations/live-content.ts';
import { outputFolder } from './src/site/integrations/output-folder.ts';
import { paperFiles } from './src/site/integrations/paper-files.ts';
import { closeBuildSession, openBuildSession } from './src/site/integrations/session-bounds.ts';
import { sitemapFile } from './src/site/integrations/sitemap.ts';

const folder = outputFolder();

export default defineConfig({
  site: process.env.ATLAS_SITE_URL ?? 'https://deception-atlas.org',
  trailingSlash: 'always',
  // Tests build fixture atlases side by side; see tests/helpers/build-site.ts.
  outDir: process.env.ATLAS_OUT_DIR ?? './dist',
  // One shared stylesheet file rather than a copy inlined into each of 10,000+ pages.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No image optimisation: entries carry no images, and sharp's native install is not needed.
  image: { service: passthroughImageService() },
  devToolbar: { enabled: false },
  // Astro's own cache beside the site's (src/site/build-cache.ts).
  cacheDir: cacheFolder('astro'),
  telemetry: false,
  // Astro runs each hook of these in this order. A build: open the session (validate the atlas),
  // keep or empty the output folder (src/site/incremental.ts explains); once the pages are done, write the export files and the search index, the
  // sitemap, remove stale files and record the folder, close the session. `npm run dev`: the
  // live preview of content edits.
  integrations: [
    openBuildSession(),
    folder.keep,
    paperFiles(),
    sitemapFile(),
    folder.record,
    closeBuildSession(),
    liveContent(),
  ],
});
