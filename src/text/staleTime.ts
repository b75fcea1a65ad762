// Day words that go stale in an inbox: "yesterday", "last night", "today" read wrong once the email
// is opened a day (or, in a weekly edition, a week) after the article was written. `crier check`'s
// editorial findings flag them; the weekly edition leaves a story's sentence that has one out when
// the story has others to say.
import { withoutQuotations } from './quoteMarks.js';

const EN = /\b(?:last night|yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening)|earlier today|later today)\b/i;
// Per language: "hier" is yesterday in French and "here" in German and Dutch; "morgen" is
// tomorrow in German and morning in Dutch. (?<!\p{L}) instead of \b: "aujourd’hui" starts with a letter \b sees.
const STALE: Record<string, RegExp> = {
  de: /(?<!\p{L})(?:gestern|heute|morgen|vorgestern|übermorgen|heute (?:früh|abend|morgen))(?!\p{L})/iu,
  fr: /(?<!\p{L})(?:hier|aujourd’hui|aujourd'hui|demain|ce (?:matin|soir)|cette nuit|hier soir)(?!\p{L})/iu,
};

/** Does the sentence (outside its quotations: a speaker's "today" is theirs) lean on the day it was written? */
export function staleTime(sentence: string, lang = 'en'): boolean {
  const text = withoutQuotations(sentence);
  const own = STALE[(lang || 'en').toLowerCase().split('-')[0] ?? 'en'];
  return EN.test(text) || Boolean(own?.test(text));
}
