import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderMarkdown, type MarkdownInput } from '../../src/lib/markdown/pipeline.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

describe('fixtures: input.md (+ config.json) renders to expected.html', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    test(name, async () => {
      const dir = path.join(FIXTURES, name);
      const expectedFile = path.join(dir, 'expected.html');
      // A missing expected file is a failure, never written on the fly.
      expect(existsSync(expectedFile), `${name}/expected.html is missing`).toBe(true);
      const config = existsSync(path.join(dir, 'config.json')) ? JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8')) : {};
      const rendered = await renderMarkdown({ markdown: readFileSync(path.join(dir, 'input.md'), 'utf8'), ...config });
      expect(`${rendered.html}\n`).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});

// Every way an entry might smuggle script into a page, and what must never come out.
const HOSTILE: [string, string][] = [
  ['script element', '<script>window.__pwned = 1</script>'],
  ['script split across lines', '<scr\nipt>alert(1)</script>'],
  ['event handler on raw html', '<img src=x onerror="alert(1)">'],
  ['event handler on inline html', 'text <b onmouseover=alert(1)>bold</b> text'],
  ['svg with onload', '<svg onload=alert(1)><circle r=1 /></svg>'],
  ['iframe', '<iframe src="javascript:alert(1)"></iframe>'],
  ['object/embed', '<object data="x.swf"></object><embed src="x.swf">'],
  ['style element', '<style>@import url(https://evil.example/x.css)</style>'],
  ['form', '<form action="https://evil.example"><button formaction="javascript:alert(1)">go</button></form>'],
  ['javascript link', '[click](javascript:alert(1))'],
  ['javascript link, mixed case', '[click](JaVaScRiPt:alert(1))'],
  ['javascript link, entity-encoded', '[click](&#106;avascript:alert(1))'],
  ['javascript link, leading space encoded', '[click](%20javascript:alert(1))'],
  ['javascript autolink', '<javascript:alert(1)>'],
  ['javascript reference link', '[click][x]\n\n[x]: javascript:alert(1)'],
  ['data: link', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['vbscript link', '[click](vbscript:msgbox(1))'],
  ['javascript image', '![x](javascript:alert(1))'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['base href', '<base href="https://evil.example/">'],
  ['markup in heading', '## <img src=x onerror=alert(1)> Heading'],
  ['markup in link text', '[<svg onload=alert(1)>](https://example.org)'],
  ['markup in table cell', '| a |\n|---|\n| <script>alert(1)</script> |'],
  ['markup in footnote', 'x[^a]\n\n[^a]: <img src=x onerror=alert(1)>'],
  ['html comment hiding script', '<!-- --><script>alert(1)</script><!-- -->'],
];

describe('hostile Markdown renders inert', () => {
  test.each(HOSTILE)('%s', async (_name, markdown) => {
    const { html } = await renderMarkdown({ markdown });
    expect(html).not.toMatch(/<\s*(script|iframe|object|embed|style|form|button|meta|base|svg|img|input)\b/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(href|src|action|formaction)\s*=\s*"?\s*(javascript|data|vbscript):/i);
  });

  test('markup inside a cited work\'s title is escaped in the bibliography', async () => {
    const input: MarkdownInput = {
      markdown: 'See [@evil2024].',
      bibliography: [{ id: 'evil2024', 'citation-key': 'evil2024', type: 'article', title: '<img src=x onerror=alert(1)>Title', author: [{ family: 'Doe', given: 'J.' }], issued: { 'date-parts': [[2024]] } }],
    };
    const { html } = await renderMarkdown(input);
    expect(html).toContain('(<a href="#bib-evil2024">Doe, 2024</a>)');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>Title');
  });
});

describe('rendering the entry format', () => {
  test('every section heading gets a stable id, an anchor link and a place in the heading list', async () => {
    const { html, headings } = await renderMarkdown({ markdown: '## Summary\n\ntext\n\n## Key Findings\n\n- a\n\n## Philosophical & CogSci Commentary\n\n### Conceptual Issues\n\nx' });
    expect(headings).toEqual([
      { depth: 2, id: 'summary', text: 'Summary' },
      { depth: 2, id: 'key-findings', text: 'Key Findings' },
      { depth: 2, id: 'philosophical--cogsci-commentary', text: 'Philosophical & CogSci Commentary' },
      { depth: 3, id: 'conceptual-issues', text: 'Conceptual Issues' },
    ]);
    for (const h of headings) expect(html).toContain(`<a class="heading-anchor" href="#${h.id}">`);
  });

  test('a citation without a bibliography entry stays as written', async () => {
    const { html } = await renderMarkdown({ markdown: 'As argued [@unknown2020].' });
    expect(html).toBe('<p>As argued [@unknown2020].</p>');
  });

  test('cited atlas papers get a References section linking to their pages', async () => {
    const { html, headings } = await renderMarkdown({
      markdown: 'As shown [@a2024].',
      bibliography: [{ id: 'a2024', 'citation-key': 'a2024', type: 'article', title: 'A', author: [{ family: 'Aa', given: 'B.' }], issued: { 'date-parts': [[2024]] } }],
      entryHrefs: { a2024: '/papers/a2024/' },
    });
    expect(headings).toEqual([{ depth: 2, id: 'references', text: 'References' }]);
    expect(html).toContain('<a href="/papers/a2024/" class="atlas-entry-link">Atlas entry</a>');
  });
});
