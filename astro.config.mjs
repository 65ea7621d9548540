// @ts-check
import { defineConfig, passthroughImageService } from 'astro/config';
import { cacheFolder } from './src/site/build-cache.ts';
import { liveContent } from './src/site/integrations/live-content.ts';
import { siteOutput } from './src/site/integrations/site-output.ts';

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
  // Page-level incremental builds and the sitemap (src/site/incremental.ts explains); in
  // `npm run dev`, the live preview of content edits (src/site/integrations/live-content.ts).
  integrations: [siteOutput(), liveContent()],
});
