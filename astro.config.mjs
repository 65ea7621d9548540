// @ts-check
import { defineConfig, passthroughImageService } from 'astro/config';
import { sitemap } from './src/site/integrations/sitemap.ts';

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
  telemetry: false,
  integrations: [sitemap()],
});
