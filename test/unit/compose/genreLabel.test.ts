import { describe, expect, it } from 'vitest';
import { genreLabel } from '../../../src/compose/genreLabel.js';

describe('genreLabel', () => {
  it('labels opinion, analysis and review pieces, not news, recipes or lists', () => {
    expect(genreLabel('opinion', 'Hong Kong: a city on the brink')).toBe('Opinion');
    expect(genreLabel('analysis')).toBe('Analysis');
    expect(genreLabel('news')).toBeUndefined();
    expect(genreLabel('recipe')).toBeUndefined();
    expect(genreLabel(undefined)).toBeUndefined();
  });
  it('does not say it twice when the headline does ("Review: Xbox One X review: …")', () => {
    expect(genreLabel('review', 'Xbox One X review: A console that keeps up with gaming PCs')).toBeUndefined();
  });
});
