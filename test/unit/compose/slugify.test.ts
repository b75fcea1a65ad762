import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/compose/slugify.js';

describe('slugify', () => {
  it('makes lower-case ASCII words joined by "-"', () => {
    expect(slugify('Putin, top Trump aide see hope', 'x')).toBe('putin-top-trump-aide-see-hope');
    expect(slugify('Niinistö says Helsinki’s ready!', 'x')).toBe('niinisto-says-helsinkis-ready');
  });

  it('stays within 60 characters, cut at a word', () => {
    const slug = slugify('A very long headline that goes on and on about many different things in the world', 'x');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).not.toMatch(/-$/);
    expect('a-very-long-headline-that-goes-on-and-on-about-many-different-things'.startsWith(slug)).toBe(true);
  });

  it('falls back when the title has no Latin letters', () => {
    expect(slugify('東京の天気', 'article-abc')).toBe('article-abc');
  });
});
