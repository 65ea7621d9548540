/**
 * Folding for search: one function, used when the index is built and when a reader types, so
 * "Järviniemi", "JARVINIEMI" and "jarviniemi" meet. NFKD splits accented letters into a base
 * letter and a combining mark, which is dropped; letters that do not decompose (ø, ß, ł, æ…)
 * are spelt out the way a reader without the key would type them.
 */
const SPELT_OUT: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l',
  đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', þ: 'th', Þ: 'th', ı: 'i', ħ: 'h', Ħ: 'h', ŋ: 'n', Ŋ: 'n',
};
const SPELT_OUT_PATTERN = new RegExp(`[${Object.keys(SPELT_OUT).join('')}]`, 'gu');

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(SPELT_OUT_PATTERN, (c) => SPELT_OUT[c])
    .toLowerCase();
}
