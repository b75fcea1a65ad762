// When an edition gets quote-card.png: a strong key quote. The rule, in full:
//   - a named speaker (a quote whose speaker is unknown or only "he"/"she" is not carded);
//   - a whole thought: it opens with a capital (or a letter of a script without case) and is not
//     cut ("…" at either end, or an opening lower-case fragment like “relatively easy to agree”);
//   - 6 to 35 words (words by Intl.Segmenter, so Chinese and Japanese count too) and at most 220
//     characters, so it reads at a good size on a 1200×630 card.
// Among the quotes that pass, the summary's order decides (it lists the strongest first).
import type { Quote } from '../analyze/types.js';

export const STRONG_QUOTE = { minWords: 6, maxWords: 35, maxChars: 220 } as const;

function words(text: string): number {
  let n = 0;
  for (const s of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)) if (s.isWordLike) n++;
  return n;
}

export function isStrongQuote(quote: Quote): boolean {
  const text = quote.text.trim();
  if (!quote.speaker || /^(he|she|they)$/i.test(quote.speaker)) return false;
  if (!/^[\p{Lu}\p{Lo}\p{N}]/u.test(text)) return false;
  if (/^(…|\.\.\.)|(…|\.\.\.)$/u.test(text)) return false;
  if (/["“”«»„]/u.test(text)) return false; // a quote inside a quote: hard to show without its context
  const n = words(text);
  return n >= STRONG_QUOTE.minWords && n <= STRONG_QUOTE.maxWords && text.length <= STRONG_QUOTE.maxChars;
}

export function strongQuote(quotes: Quote[]): Quote | undefined {
  return quotes.find(isStrongQuote);
}
