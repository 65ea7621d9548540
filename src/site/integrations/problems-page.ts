/**
 * The plain page the dev server shows while the atlas has errors: each problem with its file,
 * line, field, message and hint, as the validator reports it. Every value is escaped (entries
 * are untrusted); the page loads only Vite's client, which reloads it once the file is fixed.
 */
import type { Diagnostic } from '../../lib/diagnostics.ts';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function problemsPage(errors: readonly Diagnostic[]): string {
  const items = errors.map((d) => `<li>
  <p><code class="where">${escape(`${d.file}:${d.line}:${d.column}`)}</code>${d.field ? ` <code class="field">${escape(d.field)}</code>` : ''} <span class="code">[${escape(d.code)}]</span></p>
  <p class="message">${escape(d.message)}</p>${d.hint ? `\n  <p class="hint">Hint: ${escape(d.hint)}</p>` : ''}
</li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The atlas has ${errors.length} error(s) — Deception Atlas preview</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1c1d21;background:#fdfdfc}li{margin:1rem 0;padding:.6rem .8rem;border-left:4px solid #8f1a1a;background:#fde3e3;list-style:none}ul{padding:0}code{font-size:.95em}.hint{color:#525865}</style>
<script type="module" src="/@vite/client"></script>
</head>
<body>
<main id="atlas-problems">
<h1>The atlas has ${errors.length} error(s)</h1>
<p>Pages come back as soon as the file is fixed and saved; this page reloads by itself. The same list is in the terminal, and <code>npm run validate</code> prints it too.</p>
<ul>
${items}
</ul>
</main>
</body>
</html>
`;
}
