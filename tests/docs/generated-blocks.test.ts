import { describe, expect, test } from 'vitest';
import { endMarker, spliceGenerated, startMarker } from '../../src/lib/docs/generated-blocks.ts';

const doc = `# Title\n\nHand-written.\n\n${startMarker('a')}\nold\n${endMarker('a')}\n\nMore hand-written text.\n`;

describe('splicing generated blocks into a hand-written document', () => {
  test('replaces only the text between the markers', () => {
    expect(spliceGenerated(doc, { a: 'new\ncontent' })).toEqual({
      ok: true,
      text: `# Title\n\nHand-written.\n\n${startMarker('a')}\n\nnew\ncontent\n\n${endMarker('a')}\n\nMore hand-written text.\n`,
    });
  });

  test('is stable: splicing the same content twice changes nothing', () => {
    const once = spliceGenerated(doc, { a: 'x' });
    expect(once.ok && spliceGenerated(once.text, { a: 'x' })).toEqual(once);
  });

  test('a bare start marker written by hand is recognised', () => {
    const bare = doc.replace(startMarker('a'), '<!-- generated:a -->');
    expect(spliceGenerated(bare, { a: 'x' })).toEqual(spliceGenerated(doc, { a: 'x' }));
  });

  test.each([
    ['a missing block', doc, { b: 'x' }, 'expected one "<!-- generated:b … -->" marker, found 0'],
    ['a repeated block', doc + doc, { a: 'x' }, 'expected one "<!-- generated:a … -->" marker, found 2'],
    ['an unclosed block', doc.replace(endMarker('a'), ''), { a: 'x' }, 'expected one "<!-- /generated:a -->" marker after the start marker'],
  ])('%s is an error, not a guess', (_, text, blocks, error) => {
    expect(spliceGenerated(text, blocks)).toEqual({ ok: false, error });
  });
});
