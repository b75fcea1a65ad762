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

  // Issue 18: non-Latin titles got slugs like "article-e7a3da89b053".
  it('transliterates titles in other scripts instead of falling back to a hash', () => {
    expect(slugify('Путин встретился с Си Цзиньпином в Москве', 'x')).toBe('putin-vstretilsya-s-si-czinpinom-v-moskve');
    expect(slugify('Україна отримала нову партію', 'x')).toBe('ukrayina-otrimala-novu-partiyu');
    expect(slugify('서울시, 내년부터 대중교통 요금 인상', 'x', 'ko')).toBe('seoulsi-naenyeonbuteo-daejunggyotong-yogeum-insang');
    expect(slugify('Łódź: Straße über die Weichsel', 'x')).toBe('lodz-strasse-uber-die-weichsel');
    // Chinese and Japanese have no spaces: the words come from Intl.Segmenter, each word's syllables joined.
    expect(slugify('北京市政府宣布开通新地铁线路', 'x', 'zh')).toMatch(/^beijingshi-zhengfu-xuanbu-/);
    expect(slugify('東京の天気', 'x', 'ja')).toMatch(/^[a-z]+(?:-[a-z]+)+$/);
    for (const title of ['مصر تفتتح المتحف المصري الكبير', 'ישראל והמשבר הפוליטי', 'भारत ने चंद्रयान मिशन लॉन्च किया']) {
      expect(slugify(title, 'article-abc')).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)+$/);
    }
  });

  it('keeps a long transliterated title within 60 characters', () => {
    const slug = slugify('中华人民共和国国务院新闻办公室今天上午举行新闻发布会介绍国民经济运行情况和下一步工作安排', 'x', 'zh');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('falls back when nothing in the title can be written in ASCII', () => {
    expect(slugify('🎉🎉🎉', 'article-abc')).toBe('article-abc');
  });
});
