// How a quote is credited wherever it is printed: "Vladimir Putin, Russian President".
import type { Quote } from '../analyze/types.js';

export function creditOf(quote: Pick<Quote, 'speaker' | 'role'>): string {
  if (!quote.speaker) return '';
  return quote.role ? `${quote.speaker}, ${quote.role}` : quote.speaker;
}
