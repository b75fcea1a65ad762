import { describe, expect, it } from 'vitest';
import { CJK_CHARACTERS_PER_MINUTE, minutesToRead, WORDS_PER_MINUTE } from '../../../src/compose/readingTime.js';

describe('minutesToRead', () => {
  it('times spaced scripts by words (238 a minute)', () => {
    expect(minutesToRead('word '.repeat(WORDS_PER_MINUTE * 3))).toBe(3);
    expect(minutesToRead('слово '.repeat(WORDS_PER_MINUTE * 2))).toBe(2);
  });

  // Issue 18: a 3,000-character Chinese article said "1 min read" (its "words" were long runs).
  it('times Chinese, Japanese and Korean by characters (500 a minute)', () => {
    expect(minutesToRead('北京市政府宣布开通新地铁线路。'.repeat(200))).toBe(Math.round((14 * 200) / CJK_CHARACTERS_PER_MINUTE));
    expect(minutesToRead('東京で新しい地下鉄が開業した。'.repeat(100))).toBe(Math.round((14 * 100) / CJK_CHARACTERS_PER_MINUTE));
    expect(minutesToRead('부산시는 도시철도를 개통했다. '.repeat(150))).toBe(Math.round((12 * 150) / CJK_CHARACTERS_PER_MINUTE));
    expect(minutesToRead('短い。')).toBe(1);
  });
});
