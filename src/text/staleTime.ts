// Day words that go stale in an inbox: "yesterday", "last night", "today" read wrong once the email
// is opened a day (or, in a weekly edition, a week) after the article was written. `crier check`'s
// editorial findings flag them; the weekly edition leaves a story's sentence that has one out when
// the story has others to say.
import { withoutQuotations } from './quoteMarks.js';

const STALE = /\b(?:last night|yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening)|earlier today|later today)\b|\b(?:gestern|heute|morgen|hier|aujourd’hui|demain)\b/i;

/** Does the sentence (outside its quotations: a speaker's "today" is theirs) lean on the day it was written? */
export function staleTime(sentence: string): boolean {
  return STALE.test(withoutQuotations(sentence));
}
