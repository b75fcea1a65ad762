// The quote an edition shows: the strongest named quote (summaries list it first) that the reader
// has not just read inside a summary sentence, and that is whole — its own quote marks pair up and
// it reads as a sentence, not a fragment picked out of one ("relatively easy to agree").
import { hasUnbalancedQuotes } from '../text/quoteMarks.js';
import type { Quote } from '../analyze/types.js';

export function keyQuote(quotes: Quote[], shownSentences: string[]): Quote | undefined {
  const candidates = quotes.filter((q) => q.speaker && !shownSentences.some((s) => s.includes(q.text)) && !hasUnbalancedQuotes(q.text));
  return candidates.find((q) => /^[\p{Lu}\p{N}]/u.test(q.text) && q.text.split(/\s+/).length >= 5) ?? undefined;
}
