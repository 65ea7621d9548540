import { describe, expect, test } from 'vitest';
import type { CslItem } from '../../src/lib/export/csl-json.ts';
import { renderMarkdown } from '../../src/lib/markdown/pipeline.ts';

const item = (id: string, family: string, year: number): CslItem => ({ id, 'citation-key': id, type: 'article', title: `Work ${id}`, author: [{ family, given: 'A.' }], issued: { 'date-parts': [[year]] } });

const input = {
  markdown: 'Compare [@a2024; @Ext1999, p. 3] with [see @b2023].',
  bibliography: [item('a2024', 'Alpha', 2024), item('Ext1999', 'Outside', 1999), item('b2023', 'Beta', 2023)],
  // Ext1999 (a references.bib work) has no page of its own.
  entryHrefs: { a2024: '/papers/a-paper/', b2023: '/papers/b-paper/' },
};

describe('in-text citations link to the cited paper\'s page', () => {
  test('with citationLinks: entries, each cited atlas paper links to its page, other works to the reference list', async () => {
    const { html } = await renderMarkdown(input, { citationLinks: 'entries' });
    expect(html).toContain('<a href="/papers/a-paper/">Alpha, 2024</a>');
    expect(html).toContain('<a href="#bib-ext1999">Outside, 1999</a>');
    // rehype-citation puts a single-item cluster's prefix inside its link.
    expect(html).toContain('(<a href="/papers/b-paper/">see Beta, 2023</a>)');
    expect(html).not.toContain('href="#bib-a2024"');
    // The formatted reference list stays at the end, with its own links to the entries.
    expect(html).toMatch(/<section class="bibliography"[^>]*><h2 id="references">References/);
    expect(html).toContain('<a href="/papers/a-paper/" class="atlas-entry-link">Atlas entry</a>');
    expect(html.indexOf('id="references"')).toBeGreaterThan(html.indexOf('see Beta, 2023</a>)'));
  });

  test('by default in-text citations still point at the reference list', async () => {
    const { html } = await renderMarkdown(input);
    expect(html).toContain('<a href="#bib-a2024">Alpha, 2024</a>');
    expect(html).not.toContain('<a href="/papers/a-paper/">Alpha');
  });

  test('an entry href that is not a site path or web address is dropped by the sanitizer', async () => {
    const { html } = await renderMarkdown({ ...input, entryHrefs: { a2024: 'javascript:alert(1)' } }, { citationLinks: 'entries' });
    expect(html).not.toMatch(/javascript:/i);
  });
});
