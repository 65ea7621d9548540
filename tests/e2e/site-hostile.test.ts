/**
 * The fixture site's hostile entries (tests/fixtures/site) in a real browser: every page of the
 * fixture site loads without running any of their script. The entries set window.__pwned when
 * anything of theirs executes; the DOM must hold no event-handler attribute, no javascript: or
 * data: URL, and no script but the site's own.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let browser: Browser;
let page: Page;
let server: StaticServer;
let pages: string[];
const dialogs: string[] = [];

beforeAll(async () => {
  server = await serveStatic(inject('fixtureSite'));
  const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text();
  pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the fixture site holds the hostile entries', () => {
  expect(pages).toContain('/papers/hostile-markup/');
  expect(pages).toContain('/commentary/hostile-commentary/');
});

test('no page runs entry script, carries a handler attribute or a script URL', async () => {
  const problems: string[] = [];
  for (const path of pages) {
    await page.goto(server.url + path);
    // Give anything that could fire (onload, onerror, ontoggle, meta refresh) the chance to.
    await page.waitForTimeout(50);
    const found = await page.evaluate(() => {
      const out: string[] = [];
      if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) out.push(`__pwned = ${String((window as unknown as { __pwned?: unknown }).__pwned)}`);
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name)) out.push(`<${el.tagName.toLowerCase()} ${attr.name}>`);
          if (['href', 'src', 'action', 'formaction', 'data'].includes(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value)) out.push(`<${el.tagName.toLowerCase()} ${attr.name}="${attr.value}">`);
        }
      }
      // The site's own scripts are Astro's modules and the JSON-LD block; none may sit inside
      // entry content, and none but the JSON-LD (as escaped data) may carry entry text.
      for (const s of document.querySelectorAll('script')) {
        if (s.type !== 'module' && s.type !== 'application/ld+json') out.push(`script ${s.outerHTML.slice(0, 80)}`);
        if (s.type !== 'application/ld+json' && /pwned|alert\(/.test(s.src + s.text)) out.push(`script carrying entry text ${s.outerHTML.slice(0, 80)}`);
        if (s.closest('.entry-body, .paper-header, .credibility, .commentary-list, .paper-list, h1')) out.push(`script inside entry content ${s.outerHTML.slice(0, 80)}`);
      }
      for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
        try {
          JSON.parse(s.textContent ?? '');
        } catch {
          out.push('JSON-LD that does not parse');
        }
      }
      for (const tag of ['iframe', 'object', 'embed', 'form[action^="https://example"]', 'base', 'meta[http-equiv]', 'img[src="x"]']) {
        if (document.querySelector(tag)) out.push(`element ${tag}`);
      }
      return out;
    });
    if (new URL(page.url()).pathname !== path) found.push(`navigated away to ${page.url()}`);
    problems.push(...found.map((f) => `${path}: ${f}`));
  }
  expect(problems).toEqual([]);
  expect(dialogs).toEqual([]);
});

test('hostile text is shown as text, where a reader can see what the entry says', async () => {
  await page.goto(`${server.url}/papers/hostile-markup/`);
  await expect(page.locator('h1').textContent()).resolves.toContain("<script>window.__pwned = 'title'</script>");
  await expect(page.locator('.lead').textContent()).resolves.toContain('</script><script>');
  await expect(page.locator('.term-facts a', { hasText: '<script>' }).count()).resolves.toBe(1);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld.description).toContain("</script><script>window.__pwned = 'jsonld'</script>");
  // The body's own style element was dropped: the page is still visible.
  await expect(page.locator('main').isVisible()).resolves.toBe(true);
  // A <base> in the entry did not move relative links off the site.
  const home = await page.locator('.entry-body a', { hasText: 'home' }).evaluate((a) => (a as HTMLAnchorElement).href);
  expect(new URL(home).origin).toBe(server.url);
});

test('the hostile commentary keeps its rating and reason visible, as text', async () => {
  await page.goto(`${server.url}/commentary/hostile-commentary/`);
  await expect(page.locator('.credibility .badge:not(.badge--stance)').textContent()).resolves.toBe('Credibility: low');
  await expect(page.locator('.badge--stance').first().textContent()).resolves.toBe('Stance: Supports');
  await expect(page.locator('.credibility').textContent()).resolves.toContain(`<img src=x onerror="window.__pwned='c-reason'"> Sensational.`);
  const original = await page.locator('header a[rel~="external"]').getAttribute('href');
  expect(original).toBe(`https://example.org/post?x="><script>window.__pwned='c-url'</script>`);
});
