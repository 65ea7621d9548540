import { describe, expect, test } from 'vitest';
import { SLUG_PATTERN } from '../../schemas/common.ts';
import { CITEKEY_PATTERN } from '../../schemas/paper.ts';
import { CITEKEY, joinBibtex, parseBasket, SLUG, withItem, withoutItem } from '../../src/scripts/cite-basket-store.ts';

const item = (slug: string, citekey = slug, title = `Title of ${slug}`) => ({ slug, citekey, title });

describe('cite basket storage', () => {
  test('restates the schemas\' slug and citekey patterns exactly', () => {
    expect(SLUG.source).toBe(SLUG_PATTERN.source);
    expect(CITEKEY.source).toBe(CITEKEY_PATTERN.source);
  });

  test('round-trips through JSON, in the order added, without duplicates', () => {
    let items = withItem([], item('b2020x'));
    items = withItem(items, item('a2020y'));
    items = withItem(items, item('b2020x'));
    expect(parseBasket(JSON.stringify(items))).toEqual([item('b2020x'), item('a2020y')]);
    expect(withoutItem(items, 'b2020x')).toEqual([item('a2020y')]);
  });

  test.each([
    ['not JSON', '{'],
    ['not an array', '{"slug":"a"}'],
    ['a slug that is a path', JSON.stringify([item('../../etc/passwd')])],
    ['a slug with markup', JSON.stringify([item('<img src=x onerror=alert(1)>')])],
    ['a citekey with a brace', JSON.stringify([item('ok', 'a}b')])],
    ['a non-string title', JSON.stringify([{ slug: 'ok', citekey: 'ok', title: { toString: 1 } }])],
    ['an overlong title', JSON.stringify([item('ok', 'ok', 'x'.repeat(501))])],
  ])('drops stored data that is %s', (_, text) => {
    expect(parseBasket(text)).toEqual([]);
  });

  test('keeps an item whose list did not give a citekey', () => {
    expect(parseBasket(JSON.stringify([item('p', '')]))).toEqual([item('p', '')]);
  });

  test('joins fetched entries in citekey order, one blank line apart', () => {
    const text = joinBibtex(['@misc{zed2020a,\n  title = {Z}\n}\n', '@article{abe2021b,\n  title = {A}\n}', '']);
    expect(text).toBe('@article{abe2021b,\n  title = {A}\n}\n\n@misc{zed2020a,\n  title = {Z}\n}\n');
  });
});
