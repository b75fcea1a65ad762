// Property tests: for random text (emoji, ZWJ sequences, CJK, RTL, long URLs, hashtags, mentions,
// 1000-character words), every post of every platform fits, no URL / mention / hashtag is cut, and
// the posts give back the text in order (with "…" where a sentence was cut). LinkedIn is one post,
// so there the text comes back only as far as it fits.
import fc from 'fast-check';
import twitter from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { fits, makePlatforms, xLength } from '../../../../src/platforms/platforms.js';
import { splitThread } from '../../../../src/compose/thread/splitThread.js';

const platforms = makePlatforms();
const word = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom('the', 'council', 'voted', 'ferry', 'Helsinki', 'budget.', 'islands,', 'said:', '“quote”', 'U.S.', '41', '€14m', '…', 'cut…', '…on') },
  { weight: 2, arbitrary: fc.constantFrom('👨‍👩‍👧‍👦', '🏳️‍🌈', '👍🏽', '🇫🇮', 'é', 'ñandú') },
  { weight: 2, arbitrary: fc.constantFrom('東京都は晴れです。', '今日は雨が降りました', '서울은 맑음', 'مرحبا بالعالم', 'שלום עולם') },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z]{1,12}$/).map((p) => `https://example.com/${p}/${'seg/'.repeat(p.length * 3)}`) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z]{1,15}$/).map((t) => `#${t}`) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z_]{1,12}$/).map((t) => `@${t}`) },
  { weight: 1, arbitrary: fc.integer({ min: 300, max: 1000 }).map((n) => 'w'.repeat(n)) },
);
const paragraph = fc.array(word, { minLength: 1, maxLength: 120 }).map((ws) => ws.join(' '));
const text = fc.array(paragraph, { minLength: 1, maxLength: 4 });

const SPECIAL = /^(https?:\/\/\S+|[@#]\S+)$/;
const words = (text: string) => text.split(/[\s…]+/).filter(Boolean);
/** Whether `part` is `whole` with some words left out (cut words match a piece of the word). */
function inOrder(part: string[], whole: string[]): boolean {
  let j = 0;
  for (const w of part) {
    while (j < whole.length && !(whole[j] ?? '').includes(w)) j++;
    if (j++ >= whole.length) return false;
  }
  return true;
}

describe('splitThread properties', () => {
  it('every post fits, specials stay whole, and the text comes back in order', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('1/N', 'thread', 'none') as fc.Arbitrary<'1/N' | 'thread' | 'none'>, (paragraphs, numbering) => {
        const input = paragraphs.join(' ');
        for (const platform of Object.values(platforms)) {
          const posts = splitThread([{ role: 'body', paragraphs }], platform, numbering);
          for (const post of posts) expect(fits(platform, post.text), `${platform.id}: ${post.text}`).toBe(true);
          const bodies = posts.map((p) => p.body);
          if (!platform.thread) {
            // LinkedIn: one post, whatever the length; what it keeps is the text's, in order.
            expect(posts).toHaveLength(1);
            expect(inOrder(words(bodies.join(' ')), words(input)), bodies[0]).toBe(true);
            continue;
          }
          // Every word comes back, in order; a cut puts "…" in place of the clause mark before it.
          const letters = (t: string) => t.replace(/[\s…,;:—–]+/g, '');
          expect(letters(bodies.join(''))).toBe(letters(input));
          for (const token of input.split(/\s+/).filter((t) => SPECIAL.test(t))) {
            expect(bodies.some((b) => b.split(/\s+/).includes(token)), `${platform.id} cut ${token}`).toBe(true);
          }
        }
      }),
      // 12 texts of up to 480 words in `npm test` (about 1 s); `npm run fuzz` runs FUZZ_RUNS / 10 with its seed.
      { numRuns: process.env.FUZZ_RUNS ? Math.ceil(Number(process.env.FUZZ_RUNS) / 10) : 12, seed: Number(process.env.FUZZ_SEED ?? 20261127) },
    );
  });

  it('the fast X count equals twitter-text on any text', () => {
    const rules = (twitter as unknown as { configs: Record<string, Parameters<typeof twitter.parseTweet>[1]> }).configs.version2;
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }).map((ws) => ws.join(' ')), fc.string({ unit: 'grapheme', maxLength: 40 }), (a, b) => {
        for (const t of [a, b, `${a} ${b}`]) expect(xLength(t)).toBe(twitter.parseTweet(t, rules).weightedLength);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
