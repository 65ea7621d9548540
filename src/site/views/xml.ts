/** XML text and attribute escaping for feeds and the sitemap. Strips characters XML 1.0 forbids. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text without the characters XML 1.0 forbids (control characters), for libraries that escape but do not drop them. */
export function xmlChars(text: string): string {
  return text.replace(FORBIDDEN, '');
}

export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
