// The quote an edition shows: the strongest named quote (summaries list it first) that the reader
// has not just read inside a summary sentence.
import type { Quote } from '../types.js';

export function keyQuote(quotes: Quote[], shownSentences: string[]): Quote | undefined {
  return quotes.find((q) => q.speaker && !shownSentences.some((s) => s.includes(q.text)));
}
