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

  it('brevity: lede, why it matters, two or three bullets, go deeper link', () => {
    const brief = composeBrief(article, summary, 'brevity', 3);
    expect(brief.whyItMatters).toBe('Why sentence.');
    expect(brief.bullets).toEqual(['Third sentence.', 'Fourth sentence.']);
    expect(brief.style).toBe('brevity');
  });

  it('rounds reading time to whole minutes, at least one', () => {
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(2380)).toBe(10);
  });
});
