/**
 * Writes /sitemap.xml once the build is done, from the pages Astro actually wrote, so it lists
 * every page (including those other features add) and nothing that does not exist. Pages that
 * ask not to be indexed (alias redirects) and the 404 page are left out.
 */
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { escapeXml } from '../views/xml.ts';

const NOINDEX = /<meta name="robots" content="noindex"/;

/** Reads only the start of a page: the robots meta tag sits in its <head>. */
function head(file: string, bytes = 4096): string | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

export function sitemapXml(site: string, pathnames: readonly string[]): string {
  const urls = [...new Set(pathnames)].sort().map((p) => `  <url><loc>${escapeXml(new URL(p, site).href)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}

export function sitemap(): AstroIntegration {
  let site = 'https://deception-atlas.org/';
  return {
    name: 'deception-atlas-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
      },
      'astro:build:done': ({ dir, pages }) => {
        const out = fileURLToPath(dir);
        const listed = pages
          .map((p) => `/${p.pathname}`.replace(/\/+/g, '/'))
          .filter((p) => p.endsWith('/'))
          .filter((p) => {
            const start = head(path.join(out, p, 'index.html'));
            return start !== null && !NOINDEX.test(start);
          });
        writeFileSync(path.join(out, 'sitemap.xml'), sitemapXml(site, listed));
      },
    },
  };
}
