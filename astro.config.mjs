// @ts-check
import { defineConfig, passthroughImageService } from 'astro/config';

export default defineConfig({
  site: process.env.ATLAS_SITE_URL ?? 'https://deception-atlas.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No image optimisation: entries carry no images, and sharp's native install is not needed.
  image: { service: passthroughImageService() },
  devToolbar: { enabled: false },
  telemetry: false,
});
