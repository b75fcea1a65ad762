import { describe, expect, it } from 'vitest';
import { tagUrl } from '../../../src/compose/utm.js';

const utm = { source: 'newsletter', medium: 'email', campaign: '{date}-{slug}', domains: ['blog.example.org'] };

describe('tagUrl', () => {
  it('tags links to the user’s own sites, keeping existing parameters', () => {
    expect(tagUrl('https://www.example.com/story?id=7', utm, 'https://example.com', { slug: 'ferry', date: '2026-11-20' })).toBe(
      'https://www.example.com/story?id=7&utm_source=newsletter&utm_medium=email&utm_campaign=2026-11-20-ferry',
    );
    expect(tagUrl('https://blog.example.org/x', utm, undefined, { slug: 's' })).toContain('utm_campaign=-s');
  });

  it('leaves other sites and non-http links alone', () => {
    expect(tagUrl('https://other.com/a', utm, 'https://example.com', { slug: 's' })).toBe('https://other.com/a');
    expect(tagUrl('mailto:a@example.com', utm, 'https://example.com', { slug: 's' })).toBe('mailto:a@example.com');
    expect(tagUrl('https://example.com/a', undefined, 'https://example.com', { slug: 's' })).toBe('https://example.com/a');
  });

  it('a post link no longer says utm_medium=email, nor carries a second set (utm_source=twitter&utm_medium=email)', () => {
    const shared = 'https://example.com/a?id=7&utm_source=twitter&utm_medium=email&utm_term=t';
    expect(tagUrl(shared, utm, 'https://example.com', { slug: 's', date: 'd' }, { platform: 'x' })).toBe('https://example.com/a?id=7&utm_source=x&utm_medium=social&utm_campaign=d-s');
    expect(tagUrl(shared, utm, 'https://example.com', { slug: 's', date: 'd' })).toBe('https://example.com/a?id=7&utm_source=newsletter&utm_medium=email&utm_campaign=d-s');
    expect(tagUrl('https://example.com/a', utm, 'https://example.com', { slug: 's' }, { platform: 'linkedin' })).toContain('utm_source=linkedin&utm_medium=social');
  });
});
