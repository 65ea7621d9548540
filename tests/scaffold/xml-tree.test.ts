import { describe, expect, test } from 'vitest';
import { parseXml } from '../../src/lib/scaffold/xml-tree.ts';

describe('strict XML reading', () => {
  test('namespaces are resolved whatever the prefix', () => {
    const r = parseXml('<f xmlns="http://www.w3.org/2005/Atom" xmlns:x="http://arxiv.org/schemas/atom"><x:doi>10.1/a</x:doi></f>');
    expect(r.ok && r.root.children[0]).toMatchObject({ uri: 'http://arxiv.org/schemas/atom', local: 'doi', text: '10.1/a' });
  });

  test('entities declared in a DOCTYPE are never expanded', () => {
    const r = parseXml('<!DOCTYPE f [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><f>&b;</f>');
    expect(r).toEqual({ ok: false, error: 'Invalid character entity' });
  });

  test('external entities are not fetched', () => {
    const r = parseXml('<!DOCTYPE f [<!ENTITY x SYSTEM "file:///etc/passwd">]><f>&x;</f>');
    expect(r.ok).toBe(false);
  });

  test('very deep nesting is refused', () => {
    const r = parseXml(`${'<a>'.repeat(100)}${'</a>'.repeat(100)}`);
    expect(r).toEqual({ ok: false, error: 'the document is too large or too deeply nested' });
  });

  test.each(['', 'not xml', '<a><b></a>', '<a/><b/>'])('"%s" is not accepted', (text) => expect(parseXml(text).ok).toBe(false));
});
