// Grapheme and word segmentation shared by the counters and the splitter.
import { segmentAll } from './segmentAll.js';

const graphemeSegmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

export function graphemes(text: string): string[] {
  if (SIMPLE.test(text)) return Array.from(text);
  return segmentAll(graphemeSegmenter, text).map((s) => s.segment);
}

/**
 * Characters that never combine with a neighbour (printable ASCII, Latin-1/Latin Extended letters,
 * general punctuation, tab and LF): a string made only of them has one grapheme per UTF-16 unit.
 * Checking that is far cheaper than running the segmenter, which dominates thread splitting.
 */
const SIMPLE = /^[\t\n\u0020-\u007E\u00A0-\u02FF\u2010-\u2027\u2030-\u205E]*$/;

export function countGraphemes(text: string): number {
  // One UTF-16 unit is at most one grapheme (the splitter counts words grapheme by grapheme).
  if (text.length <= 1 || SIMPLE.test(text)) return text.length;
  if (text.length > 2048) return segmentAll(graphemeSegmenter, text).length;
  let n = 0;
  for (const _ of graphemeSegmenter.segment(text)) n++;
  return n;
}

/** Word-level pieces of a run of text without spaces (CJK), keeping every character. */
export function wordPieces(text: string): string[] {
  return segmentAll(wordSegmenter, text).map((s) => s.segment);
}
