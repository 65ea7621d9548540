/**
 * axe on every page template of the static site, in the light and the dark theme (the site
 * follows prefers-color-scheme; in the dark theme, the rules colours decide): no serious or
 * critical violation is allowed.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { FIXTURE_TEMPLATES, REAL_TEMPLATES } from '../site/site-templates.ts';

let browser: Browser;
let page: Page;
const servers: Record<string, StaticServer> = {};

beforeAll(async () => {
  servers.real = await serveStatic(inject('realSite'));
  servers.fixture = await serveStatic(inject('fixtureSite'));
  browser = await launchBrowser();
  // axe needs a page of an explicit context (it opens a blank page there to assemble results).
  page = await (await browser.newContext()).newPage();
});
afterAll(async () => {
  await browser?.close();
  for (const s of Object.values(servers)) await s.close();
});

const cases = [
  ...Object.entries(REAL_TEMPLATES).map(([name, url]) => ({ site: 'real', name, url })),
  ...Object.entries(FIXTURE_TEMPLATES).map(([name, url]) => ({ site: 'fixture', name, url })),
];

/** axe rules whose outcome depends on the page's colours. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

describe.each(['light', 'dark'] as const)('%s theme', (scheme) => {
  test.each(cases)('$name ($url): no serious or critical axe violation', async ({ site, url }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(servers[site].url + url);
    // The dark theme changes only colours, so its pass runs the rules colours decide; the light
    // pass runs them all.
    const axe = new AxeBuilder({ page });
    const results = await (scheme === 'dark' ? axe.withRules(COLOUR_RULES) : axe).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
    expect(serious).toEqual([]);
    // The theme really switched: the page background follows the scheme.
    const dark = await page.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
      return (r + g + b) / 3 < 128;
    });
    expect(dark).toBe(scheme === 'dark');
  });
});
