import { describe, expect, it } from 'vitest';
import { sitePage } from '../../../src/extract/sitePage.js';

describe('sitePage', () => {
  it('knows a site’s own pages by their address or their title', () => {
    expect(sitePage('https://www.fairkom.eu/about', 'Über uns')).toBe('about');
    expect(sitePage('https://example.de/impressum/', 'Impressum – Example')).toBe('impressum');
    expect(sitePage(undefined, 'Über uns')).toBe('über uns');
    expect(sitePage('https://example.com/contact-us.html', 'Write to us')).toBe('contact-us');
  });

  it('leaves articles alone, also ones about an "about" or a contact', () => {
    expect(sitePage('https://example.com/2019/11/19/what-we-know-about-the-crash', 'What we know about the crash')).toBeUndefined();
    expect(sitePage('https://example.com/news/contact-tracing-app-launches', 'Contact tracing app launches')).toBeUndefined();
    expect(sitePage('https://example.com/about/2019/new-ferry-line', 'New ferry line')).toBeUndefined();
  });
});
