/**
 * ASCII folding, the one copy: slugs, citekeys, search and "did you mean" all fold through here,
 * so "Łódź", "Lodz" and "LODZ" meet everywhere. NFKD splits accented letters into a base letter
 * and a combining mark, which is dropped; letters that do not decompose (ł, ø, ß, æ…) are spelt
 * out the way a reader without the key would type them.
 */
const SPELT_OUT: Record<string, string> = {
  ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L',
  đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'TH', ı: 'i', ħ: 'h', Ħ: 'H', ŋ: 'n', Ŋ: 'N',
};
const SPELT_OUT_PATTERN = new RegExp(`[${Object.keys(SPELT_OUT).join('')}]`, 'gu');

/** The text in ASCII letters where it has a spelling in them, case kept ("Łódź" → "Lodz"). */
export function asciiFold(text: string): string {
  return text
    .replace(SPELT_OUT_PATTERN, (c) => SPELT_OUT[c])
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

/** asciiFold, lower-cased: what comparisons use ("Järviniemi" and "JARVINIEMI" meet). */
export function foldText(text: string): string {
  return asciiFold(text).toLowerCase();
}

/** A URL slug: folded, lower case, runs of anything else turned into one hyphen ("Łódź AI" → "lodz-ai"). */
export function slugify(text: string): string {
  return foldText(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
