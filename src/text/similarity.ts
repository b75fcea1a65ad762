// How much two lines say the same thing: the share of the shorter line's content words that the
// longer one also has. Good enough to catch a bullet that repeats the lead, or a dek that is the
// headline again, without a language model.
import { stopwordsFor } from './stopwordsFor.js';

export function contentWords(text: string, lang = 'en'): Set<string> {
  const stop = stopwordsFor(lang);
  const words = text.toLocaleLowerCase(lang).match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => w.length > 2 && !stop.has(w)));
}

export function overlap(a: string, b: string, lang = 'en'): { share: number; size: number } {
  const x = contentWords(a, lang);
  const y = contentWords(b, lang);
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return { share: 0, size: 0 };
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return { share: shared / small.size, size: small.size };
}

/**
 * A line that only says the headline again: it shares nearly all the headline's content words and
 * adds at most one of its own. (A lead that restates the news and adds who, when or where — "Two
 * United States service members have been killed…, the US military said on Wednesday" under "US
 * service members killed in Afghanistan helicopter crash" — is the lead, not a repeat.)
 */
export function repeatsHeadline(headline: string, line: string, lang = 'en'): boolean {
  const head = contentWords(headline, lang);
  const words = contentWords(line, lang);
  if (head.size < 3) return false;
  let shared = 0;
  for (const w of head) if (words.has(w)) shared++;
  return shared / head.size >= 0.8 && words.size - shared < 2;
}
