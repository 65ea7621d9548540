/**
 * /sitemap.xml, written once the build is done (by site-output.ts) from the pages the output
 * folder holds, so it lists every page (including those other features add) and nothing that
 * does not exist. Pages that ask not to be indexed (alias redirects) and the 404 page are left out.
 */
import { closeSync, openSync, readSync } from 'node:fs';
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
