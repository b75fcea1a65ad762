import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fits, makePlatforms, mastodonLength, xLength } from '../../../../src/compose/thread/platforms.js';
import { FIXTURES } from '../../../helpers/paths.js';

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
