/**
 * /sitemap.xml, written once the build is done from the pages the output folder holds, so it lists every page (including those other features add) and nothing that
 * does not exist. Pages that ask not to be indexed (alias redirects) and the 404 page are left out.
 */
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { incrementalState, outputFile } from '../incremental.ts';
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

/** Whether a built page may be listed: it exists and does not ask not to be indexed. */
export function pageIsIndexed(file: string): boolean {
  const start = head(file);
  return start !== null && !NOINDEX.test(start);
}

/**
 * Writes /sitemap.xml once the pages are done: the pages this build rendered and the keyed
 * pages it kept (../incremental.ts), less those that ask not to be indexed.
 */
export function sitemapFile(): AstroIntegration {
  let outDir = '';
  let site = '';
  return {
    name: 'atlas:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        site = config.site ?? 'https://deception-atlas.org/';
      },
      'astro:build:done': ({ pages }) => {
        const state = incrementalState();
        const rendered = pages.map((p) => `/${p.pathname}`.replace(/\/+/g, '/'));
        const keyed = state ? [...state.next.keys()] : [];
        const listed = [...new Set([...rendered, ...keyed])]
          .filter((p) => p.endsWith('/') && !state?.unlisted.has(p))
          // Pages not keyed are few (home, about…): their <head> says whether they are indexed.
          .filter((p) => state?.next.has(p) || pageIsIndexed(path.join(outDir, outputFile(p))));
        writeFileSync(path.join(outDir, 'sitemap.xml'), sitemapXml(site, listed));
      },
    },
  };
}
