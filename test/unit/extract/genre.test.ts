import { describe, expect, it } from 'vitest';
import { genreOf } from '../../../src/extract/genre.js';

describe('genreOf', () => {
  it.each([
    [{ types: ['OpinionNewsArticle'] }, 'opinion'],
    [{ types: ['AnalysisNewsArticle'] }, 'analysis'],
    [{ types: ['NewsArticle', 'Review'] }, 'review'],
    [{ types: ['Recipe'] }, 'recipe'],
    [{ types: ['NewsArticle'], section: 'Opinion' }, 'opinion'],
    [{ types: ['NewsArticle'], url: 'https://www.washingtonexaminer.com/opinion/prince-andrew' }, 'opinion'],
    [{ url: 'http://www.theguardian.com/commentisfree/2019/nov/18/hong-kong' }, 'opinion'],
    [{ title: 'Column: Gannett/GateHouse merger bodes ill for local news' }, 'opinion'],
    [{ title: 'Xbox One X review: A console that keeps up with gaming PCs' }, 'review'],
    [{ title: '15 Tips to Overcome Binge Eating' }, 'list'],
    [{ byline: 'Editorial' }, 'opinion'],
    [{ types: ['NewsArticle'] }, 'news'],
  ])('%o -> %s', (hints, genre) => {
    expect(genreOf(hints)).toBe(genre);
  });

  it('says nothing when the page does not say', () => {
    expect(genreOf({ types: ['WebPage'], title: '2018 Boys State Swim Results', url: 'https://example.com/news/swim' })).toBeUndefined();
  });
});
