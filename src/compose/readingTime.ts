// Minutes to read a text, by script. Words are the unit for scripts that separate them with spaces;
// Chinese, Japanese and Korean are read and measured in characters, and a "word" there (a segmenter's
// guess, or a Korean space-separated eojeol of several syllables) says little about the time taken.
//
// Rates:
// - 238 words per minute: adult silent reading of non-fiction (Brysbaert 2019, "How many words do we
//   read per minute? A review and meta-analysis of reading rate", Journal of Memory and Language 109,
//   doi:10.1016/j.jml.2019.104047).
// - 500 characters per minute for Chinese, Japanese and Korean: the rate Medium uses for CJK posts
//   (help.medium.com, "Read time": "for Chinese, Japanese and Korean, it's a function of number of
//   characters (500 characters/min)"), and the silent-reading floor China's compulsory-education
//   Chinese curriculum sets for grades 7–9 (义务教育语文课程标准 2011: 默读一般现代文每分钟不少于500字).
//   Reading aloud is slower (IReST, Trauzettel-Klosinski & Dietz 2012: Chinese 255, Japanese 357
//   characters a minute aloud); a newsletter is read silently.
import { countWords } from '../extract/countWords.js';

export const WORDS_PER_MINUTE = 238;
export const CJK_CHARACTERS_PER_MINUTE = 500;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Characters of Chinese, Japanese and Korean script in `text` (punctuation and Latin not counted). */
export function cjkCharacters(text: string): number {
  return text.match(CJK)?.length ?? 0;
}

/**
 * Whole minutes (at least 1); `wordCount` when the caller has it (Article.wordCount). Text in CJK script is timed by its characters; the words of
 * any other script in it (Latin names, numbers) are added at the word rate.
 */
export function minutesToRead(text: string, wordCount?: number): number {
  const cjk = cjkCharacters(text);
  if (cjk === 0) return Math.max(1, Math.round((wordCount ?? countWords(text)) / WORDS_PER_MINUTE));
  const rest = countWords(text.replace(CJK, ' '));
  return Math.max(1, Math.round(cjk / CJK_CHARACTERS_PER_MINUTE + rest / WORDS_PER_MINUTE));
}
