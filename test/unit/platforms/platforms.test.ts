import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fits, makePlatforms, mastodonLength, xLength } from '../../../src/platforms/platforms.js';
import { FIXTURES } from '../../helpers/paths.js';
import twitterText from 'twitter-text';

interface Case {
  description: string;
  text: string;
  weightedLength: number;
  valid: boolean;
}
const { cases } = JSON.parse(readFileSync(path.join(FIXTURES, 'twitter-text/weighted-tweets.json'), 'utf8')) as { cases: Case[] };
const platforms = makePlatforms();

describe('X counting', () => {
  it.each(cases.map((c) => [c.description, c] as const))('agrees with twitter-text conformance: %s', (_name, c) => {
    expect(xLength(c.text)).toBe(c.weightedLength);
    expect(fits(platforms.x, c.text)).toBe(c.valid);
  });
});

describe('Bluesky counting', () => {
  it('counts graphemes, so an emoji family is one', () => {
    expect(platforms.bluesky.count('👨‍👩‍👧‍👦')).toBe(1);
    expect(platforms.bluesky.count('héllo')).toBe(5);
  });

  it('also enforces 3000 UTF-8 bytes', () => {
    // 300 family emoji = 300 graphemes but 7500 bytes.
    expect(fits(platforms.bluesky, '👨‍👩‍👧‍👦'.repeat(300))).toBe(false);
    expect(fits(platforms.bluesky, 'a'.repeat(300))).toBe(true);
  });
});

describe('Mastodon counting', () => {
  it('counts every URL as 23 and a remote mention as @user', () => {
    expect(mastodonLength(`see https://example.com/${'a'.repeat(200)}`)).toBe(4 + 23);
    expect(mastodonLength('hi @alice@example.social')).toBe('hi @alice'.length);
  });

  it('uses the configured instance limit', () => {
    expect(makePlatforms({ mastodonLimit: 1000 }).mastodon.limit).toBe(1000);
  });
});

describe('Threads rules', () => {
  it('allows at most five links in a post', () => {
    const links = (n: number) => Array.from({ length: n }, (_, i) => `https://e.com/${i}`).join(' ');
    expect(fits(platforms.threads, links(5))).toBe(true);
    expect(fits(platforms.threads, links(6))).toBe(false);
  });
});

describe('X counting of links without twitter-text (fast path)', () => {
  // The reference: twitter-text itself, loaded here the way platforms.ts loads it.
  const reference = (text: string) => (twitterText.parseTweet as (t: string, c: unknown) => { weightedLength: number })(text, (twitterText as unknown as { configs: Record<string, unknown> }).configs.version2).weightedLength;
  const links = [
    'https://example.com/',
    'https://example.com',
    'http://www.example.org/2026/11/27/story-title',
    'https://news.example.co.uk/world/europe-123?utm_source=crier&utm_medium=social',
    'https://example.com/a_b-c/d.html',
    'https://sub.domain.example.io/path/',
    'https://example.com/a.', // the final dot is not part of the link
    'https://example.com/a)',
    'https://t.co/abcdef',
    'https://example.co/x',
    'https://example.invalidtld/x',
    'https://example.com/é',
    '(https://example.com/a)',
    'example.com/x',
  ];
  const words = ['Read', 'more:', 'the', 'council', 'voted.', '—', '“quoted”', '#ferry', '@city', 'U.S.', '3.5%', 'e.g.', 'a.m.', 'No.1', '$1.5bn', 'x.ai', 'St.Paul', 'end.', 'co.uk', 'example.com', 'ex.ample', 'v2.0.1', '\n\n', 'café', 'Zürich.Ärger']; // dotted words: some are links to twitter-text
  it.each(links)('counts %s as twitter-text does, alone and among words', (link) => {
    for (const text of [link, `Read more: ${link}`, `${link} and more`, `Ferry approved\n\n${link}\n\nNext`, `${link} ${link}`]) {
      expect(xLength(text), text).toBe(reference(text));
    }
  });
  it('agrees with twitter-text on random mixes of words and links', () => {
    let seed = 7;
    const pick = <T>(xs: T[]): T => xs[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % xs.length] as T;
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 1 + (i % 9) }, () => pick([...words, ...links])).join(pick([' ', ' ', '\n', '', '(']));
      expect(xLength(text), text).toBe(reference(text));
    }
  });
});
