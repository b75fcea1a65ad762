// The words of a text, for keywords and word forms. Letters with their combining marks (Devanagari
// vowel signs, Arabic and Hebrew points are marks: without them "दिल्ली" falls apart), digits,
// inner apostrophes and hyphens. Scripts written without spaces (Chinese, Japanese, Thai…) are cut
// into words by Intl.Segmenter; Japanese particles and okurigana (runs of hiragana) and single
// characters there are not words worth keeping.
import { segmentAll } from './segmentAll.js';

export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
export const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

export function tokensOf(text: string, lang: string): string[] {
  if (!NO_SPACE_SCRIPT.test(text)) return text.match(WORD) ?? [];
  const out: string[] = [];
  for (const { segment, isWordLike } of segmentAll(segmenterFor(lang === 'und' ? 'en' : lang), text)) {
    if (!isWordLike) continue;
    if (NO_SPACE_SCRIPT.test(segment) && ([...segment].length < 2 || HIRAGANA_ONLY.test(segment))) continue;
    out.push(segment);
  }
  return out;
}
