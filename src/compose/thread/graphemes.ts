// Grapheme and word segmentation shared by the counters and the splitter.
const graphemeSegmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

export function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

export function countGraphemes(text: string): number {
  let n = 0;
  for (const _ of graphemeSegmenter.segment(text)) n++;
  return n;
}

/** Word-level pieces of a run of text without spaces (CJK), keeping every character. */
export function wordPieces(text: string): string[] {
  return Array.from(wordSegmenter.segment(text), (s) => s.segment);
}
