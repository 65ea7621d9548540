/**
 * Views are frozen once their key is taken (src/site/views/cache-key.ts): a page or component
 * that changed its view while rendering would show something its key does not cover.
 */
import { describe, expect, test } from 'vitest';
import { cacheKeyOf, pathWithView } from '../../src/site/views/cache-key.ts';

describe('pathWithView', () => {
  test('keys the path by the view\'s digest and freezes the view all the way down', () => {
    const view = { paper: { meta: { title: 'A', authors: ['Doe, J.'] } }, byId: new Map([['x', { n: 1 }]]) };
    const key = cacheKeyOf(structuredClone(view));
    const path = pathWithView({ slug: 'a' }, view);
    expect(path.cacheKey).toBe(key);
    expect(path.props.view).toBe(view);
    expect(() => { view.paper.meta.title = 'B'; }).toThrow(TypeError);
    expect(() => { view.paper.meta.authors.push('Roe, R.'); }).toThrow(TypeError);
    expect(() => { view.byId.get('x')!.n = 2; }).toThrow(TypeError);
    expect(view.paper.meta.title).toBe('A');
  });

  test('the same content gives the same key, other content another', () => {
    expect(pathWithView({ slug: 'a' }, { title: 'A' }).cacheKey).toBe(pathWithView({ slug: 'b' }, { title: 'A' }).cacheKey);
    expect(pathWithView({ slug: 'a' }, { title: 'A' }).cacheKey).not.toBe(pathWithView({ slug: 'a' }, { title: 'B' }).cacheKey);
  });
});
