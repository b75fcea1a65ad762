import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMarkdown } from '../../../src/extract/markdown.js';
import { ARTICLES } from '../../helpers/paths.js';

describe('extractMarkdown', () => {
  const draft = extractMarkdown(readFileSync(path.join(ARTICLES, 'harbour-ferry.md'), 'utf8'), 'harbour-ferry.md');

  it('takes metadata from the front matter', () => {
    expect(draft).toMatchObject({
      title: 'City council approves new harbour ferry line',
      source: 'Harbour Gazette',
      byline: 'Maria Lindqvist',
      publishedAt: '2026-11-20',
      url: 'https://gazette.example.com/2026/11/20/harbour-ferry',
      tags: ['transport', 'harbour'],
    });
  });

  it('reduces Markdown to plain paragraphs and keeps links and images', () => {
    expect(draft.paragraphs).toHaveLength(5);
    expect(draft.paragraphs.join(' ')).not.toMatch(/[[\]()#*]|https?:/);
    expect(draft.links).toEqual([{ href: 'https://council.example.com/minutes/2026-11-19', text: 'The full council minutes' }]);
    expect(draft.images[0]?.alt).toBe('The new ferry, as drawn by the shipyard');
  });

  it('takes the genre from front matter, else from the section or the URL', () => {
    expect(extractMarkdown('---\ngenre: Opinion\n---\nBody text here.', 'x.md').genre).toBe('opinion');
    expect(extractMarkdown('---\nsection: Reviews\n---\nBody text here.', 'x.md').genre).toBe('review');
    expect(extractMarkdown('---\nurl: https://example.com/opinion/trams\n---\nBody text here.', 'x.md').genre).toBe('opinion');
    expect(extractMarkdown('---\ngenre: gossip\n---\nBody text here.', 'x.md').genre).toBeUndefined();
  });

  it('takes the title from the first heading when there is no front matter', () => {
    const d = extractMarkdown('# Heading title\n\nBody text here.', 'x.md');
    expect(d.title).toBe('Heading title');
    expect(d.paragraphs).toEqual(['Body text here.']);
  });

  it('drops inline HTML and script bodies', () => {
    const d = extractMarkdown('Before <script>alert(1)</script> after <b>bold</b> end.', 'x.md');
    expect(d.paragraphs[0]).toBe('Before after bold end.');
  });

  it('accepts odd front matter types and rejects front matter that is not YAML', () => {
    const odd = extractMarkdown('---\ntitle: 2026\ntags: one, two\nurl: not-a-url\n---\nText.', 'x.md');
    expect(odd.title).toBe('2026');
    expect(odd.tags).toEqual(['one', 'two']);
    expect(odd.url).toBeUndefined();
    expect(() => extractMarkdown('---\ntitle: [unclosed\n---\nText.', 'bad.md')).toThrow(/bad\.md: front matter is not valid YAML/);
  });
});
