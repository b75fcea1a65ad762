// Markdown injection: text from articles and models, escaped for a Markdown template, renders (with
// marked, GFM on) as text only: no link, image, heading, list, quote, table, code or HTML of its own.
import fc from 'fast-check';
import { Lexer, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeDeep, escapeMarkdownPost, escapeMarkdownText, markdownUrl } from '../../../src/render/escapeMarkdown.js';

/** Every token type in the tree, depth first. */
function types(tokens: Token[]): string[] {
  return tokens.flatMap((t) => {
    const children = [
      ...((t as { tokens?: Token[] }).tokens ?? []),
      ...((t as { items?: { tokens: Token[] }[] }).items ?? []).flatMap((i) => i.tokens),
    ];
    return [t.type, ...types(children)];
  });
}
const lex = (markdown: string) => new Lexer({ gfm: true }).lex(markdown);
/** What text may become inside a template's line: words, escapes, line breaks. */
const INLINE_OK = new Set(['text', 'escape', 'br', 'space']);
const inlineTypes = (markdown: string, block: string) => {
  const tokens = lex(markdown);
  expect(tokens.filter((t) => t.type !== 'space').map((t) => t.type), markdown).toEqual([block]);
  return types(tokens).slice(1).filter((t) => !INLINE_OK.has(t) && t !== 'list_item' && t !== 'paragraph');
};

const hostile = [
  'x [Claim](javascript:alert(1)) ![](https://tracker/p.gif)',
  'x\n# Heading',
  'x\r\n\r\n- item\n> quote\n1. one\n2) two\n    code\n```js\nalert(1)\n```',
  '<img src=x onerror=alert(1)> <script>alert(1)</script> <!-- c --> <https://evil.example> <a@b.co>',
  'see https://evil.example/x and www.evil.example and mail@evil.example',
  '[ref]: https://evil.example\n[ref]',
  'a | b\n--|--\n1 | 2',
  'Title\n===',
  '&lt;script&gt; &#60;b&#62; ~~gone~~ **bold** _em_ `code`',
  '\u2028# Heading via a line separator',
];

describe('escapeMarkdownText', () => {
  it.each(hostile)('keeps %j to text in a heading, a list item and a paragraph', (text) => {
    const escaped = escapeMarkdownText(text);
    expect(inlineTypes(`# ${escaped}`, 'heading')).toEqual([]);
    expect(inlineTypes(`- ${escaped}`, 'list')).toEqual([]);
    expect(inlineTypes(`**TL;DR** ${escaped}`, 'paragraph')).toEqual(['strong']);
    expect(inlineTypes(escaped, 'paragraph')).toEqual([]);
  });

  it('shows the same characters once rendered', () => {
    const title = 'x [Claim](javascript:alert(1)) ![](https://tracker/p.gif)';
    const heading = lex(`# ${escapeMarkdownText(title)}`)[0] as Tokens.Heading;
    expect(heading.tokens.map((t) => (t as Tokens.Text).text).join('')).toBe(title);
  });

  it('leaves ordinary prose readable', () => {
    expect(escapeMarkdownText('Prices rose 5% to $3.50 (a record) - officials said; snake_case and #Kremlin stay, 3 < 4.')).toBe(
      'Prices rose 5% to $3.50 (a record) - officials said; snake_case and #Kremlin stay, 3 < 4.',
    );
  });

  it('holds for any mix of Markdown syntax (property)', () => {
    const pieces = ['[', ']', '(', ')', '!', '<', '>', '#', ' ', '\n', '\r', '-', '+', '*', '_', '`', '~', '|', ':', '=', '1', '.', ')', 'a', 'https://x.io/a_(b)', 'www.x.io', 'a@b.io', '&', 'lt;', '#60;', '\\', '\t', '    ', 'javascript:', '<img src=x>', '<script>', '-->', '[x]: /u'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join('')), (text) => {
        const escaped = escapeMarkdownText(text);
        expect(inlineTypes(`- ${escaped}`, 'list')).toEqual([]);
        expect(inlineTypes(`# ${escaped}`, 'heading')).toEqual([]);
        const post = escapeMarkdownPost(text, []);
        const bad = types(lex(`### 1/2\n\n${post}\n\n### 2/2`)).filter((t) => !INLINE_OK.has(t) && t !== 'paragraph');
        expect(bad, JSON.stringify(text)).toEqual(['heading', 'heading']);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500), ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}) },
    );
  });
});

describe('posts and URLs', () => {
  it('keeps the edition’s own link live in a post, and nothing else', () => {
    const link = 'https://gazette.example.com/2026/11/20/harbour-ferry?utm_source=newsletter';
    const post = `Read the full story (Gazette): ${link}\n\n#Ferry #Harbour https://evil.example ![](https://tracker/p.gif)`;
    const tokens = lex(`### 3/3\n\n${escapeMarkdownPost(post, [link])}`);
    const links = types(tokens).filter((t) => t === 'link' || t === 'image');
    expect(links).toEqual(['link']);
    expect(JSON.stringify(tokens)).toContain(`"href":"${link}"`);
    expect(types(tokens).filter((t) => t === 'heading')).toEqual(['heading']);
  });

  it('passes only plain http(s) URLs to the template', () => {
    expect(markdownUrl('https://example.com/a?b=c')).toBe('https://example.com/a?b=c');
    expect(markdownUrl('https://example.com/a b<img>')).toBe('https://example.com/a%20b%3Cimg%3E');
    expect(markdownUrl('javascript:alert(1)')).toBeNull();
    expect(markdownUrl('not a url')).toBeNull();
  });

  it('escapes every string of a template context, URL fields as URLs', () => {
    const context = escapeDeep({ title: 'x\n# H', url: 'javascript:alert(1)', n: 3, quote: null, threads: [{ posts: [{ text: 'a\n- b' }] }] });
    expect(context).toEqual({ title: 'x # H', url: null, n: 3, quote: null, threads: [{ posts: [{ text: 'a\n\\- b' }] }] });
  });
});
