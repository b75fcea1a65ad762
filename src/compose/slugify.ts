// <slug> of the output folder (docs/architecture.md): lower-case ASCII words joined by "-", at most
// 60 characters. Titles in other scripts are transliterated (the `transliteration` package: Cyrillic,
// Greek, Arabic, Hebrew, Devanagari, Hangul, kana, Han as pinyin), never replaced by a hash:
// "Путин встретился с Си" -> "putin-vstretilsya-s-si", "서울시 요금 인상" -> "seoulsi-yogeum-insang".
import type * as Transliteration from 'transliteration';
import { lazy } from '../lazy.js';
import { segmentAll } from '../text/segmentAll.js';

/** The library loads only for a title it is needed for: most titles are ASCII once accents are off. */
const plain = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
function transliterate(text: string): string {
  return /[^\x00-\x7f]/.test(plain(text)) ? lazy<typeof Transliteration>('transliteration').transliterate(text) : text;
}

const MAX_SLUG = 60;
/** Scripts written without spaces between words: split into words first, or a slug is one long run. */
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const segmenters = new Map<string, Intl.Segmenter>();

/** "東京で新しい地下鉄" -> "東京 で 新しい 地下鉄": word boundaries the transliteration keeps. */
function spacedWords(title: string, lang: string): string {
  if (!NO_SPACES.test(title)) return title;
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang === 'und' ? 'en' : lang, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    }
    segmenters.set(lang, segmenter);
  }
  // Each word is transliterated on its own and its syllables joined: 习近平 -> "xijinping".
  return segmentAll(segmenter, title)
    .map((s) => (s.isWordLike && NO_SPACES.test(s.segment) ? ` ${transliterate(s.segment).replace(/\s+/g, '')} ` : s.segment))
    .join('');
}

export function slugify(title: string, fallback: string, lang = 'en'): string {
  const ascii = transliterate(spacedWords(title.replace(/[’']/g, ''), lang)) // "Trump's" -> "trumps", not "trump-s"
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents the transliteration left: "Niinistö" -> "niinisto"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = ascii;
  if (slug.length > MAX_SLUG) {
    slug = slug.slice(0, MAX_SLUG + 1);
    // Cut at the last whole word that fits.
    const cut = slug.lastIndexOf('-');
    slug = cut > 20 ? slug.slice(0, cut) : slug.slice(0, MAX_SLUG);
    slug = slug.replace(/-+$/, '');
  }
  return slug || fallback;
}
