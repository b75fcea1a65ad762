import { describe, expect, it } from 'vitest';
import { composeBrief, readingMinutes } from '../../../src/compose/composeBrief.js';
import type { Summary } from '../../../src/types.js';
import { articleFrom } from '../../helpers/articles.js';

const article = { ...articleFrom('Title\n\nOne sentence here for the test.'), url: 'https://example.com/story', wordCount: 950 };
const summary: Summary = {
  sentences: ['Lead sentence.', 'Why sentence.', 'Third sentence.', 'Fourth sentence.'],
  headline: 'Headline',
  bullets: ['Lead sentence.', 'Why sentence.', 'Third sentence.', 'Fourth sentence.'],
  quotes: [],
  keywords: ['ferry'],
  method: 'extractive',
};

describe('composeBrief', () => {
  it('tldr: the lead sentence, then up to three bullets and the reading time', () => {
    const brief = composeBrief(article, summary, 'tldr', 3);
    expect(brief.bullets).toEqual(['Why sentence.', 'Third sentence.', 'Fourth sentence.']);
    expect(brief.readingMinutes).toBe(4);
    expect(brief.url).toBe('https://example.com/story');
  });

  it('brevity: lede, a "why it matters" sentence that says why, bullets, go deeper link', () => {
    const why = { ...summary, sentences: ['Lead sentence.', 'The mayor spoke on Monday.', 'The closure could cost the port 300 jobs.', 'Fourth sentence.'] };
    const brief = composeBrief(article, why, 'brevity', 3);
    expect(brief.whyItMatters).toBe('The closure could cost the port 300 jobs.');
    expect(brief.bullets).toEqual(['The mayor spoke on Monday.', 'Fourth sentence.']);
    expect(brief.style).toBe('brevity');
  });

  it('brevity leaves "Why it matters" out when no sentence says why (not the second sentence by default)', () => {
    const brief = composeBrief(article, summary, 'brevity', 3);
    expect(brief.whyItMatters).toBeUndefined();
    expect(brief.bullets).toEqual(['Why sentence.', 'Third sentence.', 'Fourth sentence.']);
  });

  it('brevity gives two or three bullets with a model too, whatever brief.bullets says (README)', () => {
    const llm: Summary = { ...summary, method: 'llm', bullets: ['One.', 'Two.', 'Three.', 'Four.'], llm: { whyItMatters: 'Why.' } };
    expect(composeBrief(article, llm, 'brevity', 1).bullets).toEqual(['One.', 'Two.']);
    expect(composeBrief(article, llm, 'brevity', 5).bullets).toEqual(['One.', 'Two.', 'Three.']);
    expect(composeBrief(article, { ...summary, sentences: [...summary.sentences, 'Fifth.', 'Sixth.'] }, 'brevity', 5).bullets).toEqual(['Why sentence.', 'Third sentence.', 'Fourth sentence.']);
    expect(composeBrief(article, summary, 'brevity', 1).bullets).toEqual(['Why sentence.', 'Third sentence.']);
  });

  it('rounds reading time to whole minutes, at least one', () => {
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(2380)).toBe(10);
  });
});
