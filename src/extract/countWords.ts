// Word count that also works for scripts without spaces (CJK, Thai), via the word segmenter.
// The segmenter is slow on long texts, so text without such scripts is counted with a regex.
import { segmentAll } from '../text/segmentAll.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
const NO_SPACE_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  if (!NO_SPACE_SCRIPTS.test(text)) return (text.match(WORD) ?? []).length;
  let count = 0;
  for (const segment of segmentAll(segmenter, text)) if (segment.isWordLike) count++;
  return count;
}
