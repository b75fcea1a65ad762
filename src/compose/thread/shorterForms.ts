// Shorter forms of one sentence that still say the same thing as a whole sentence: what an editor
// cuts first when a sentence is too long for a post — an aside in brackets, an aside between two
// dashes, the speaker's job title after "said Name". Quotations are never touched, and the speaker
// is never dropped (a claim without its source would read as the publisher's own).
import { hasUnbalancedQuotes } from '../../text/quoteMarks.js';
import { insideQuotes } from './cutPoints.js';

const QUOTE_MARK = /[“”"«»„「」『』]/;

/** Removes the spans that `pattern` finds, when they are outside quotations and hold no quote mark. */
function without(text: string, pattern: RegExp, keep = ''): string {
  const inside = insideQuotes(text);
  return text.replace(pattern, (span: string, ...rest: unknown[]) => {
    const at = rest.find((r) => typeof r === 'number') ?? 0;
    return inside[at] || QUOTE_MARK.test(span) ? span : keep;
  });
}

/** "(CNN)", "(ePA)", "(pictured, left)": brackets not at the very start. */
const PARENTHESIS = /(?<=\S)\s+\([^()]{1,200}\)(?=[\s.,;:!?…]|$)/gu;
/**
 * "the meeting — the third between the two leaders — could": an aside between two spaced dashes
 * (web text often types the dash as a spaced hyphen: "upstarts - Blue Origin and SpaceX - to").
 */
const DASH_ASIDE = /\s+[—–-]\s+[^—–]{3,200}?\s+[—–-](?=\s)/gu;
const SAID = '(?:said|says|told\\s+\\S+|added|wrote|writes|explained|noted|according\\s+to)';
const NAME = '(?:\\p{Lu}[\\p{L}\'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}\'’-]*';
/** "…, said Sergei Karaganov, a former Kremlin foreign policy adviser." -> "…, said Sergei Karaganov." */
const TRAILING_ROLE = new RegExp(`(,?\\s+${SAID}\\s+${NAME}),\\s+(?:a|an|the|who|whose|which)\\s[^“”"«»]+?([.!?])$`, 'u');
/** "Sergei Karaganov, a former Kremlin adviser, said" -> "Sergei Karaganov said". */
const ROLE_BEFORE_SAID = new RegExp(`(${NAME}),\\s+(?:a|an|the)\\s[^,“”"«»]{3,120},(\\s+${SAID}\\b)`, 'u');

/** Ever shorter whole-sentence forms of `sentence` (each differs from the one before), shortest last. */
export function shorterForms(sentence: string): string[] {
  const forms: string[] = [];
  let text = sentence;
  const step = (next: string) => {
    const tidy = next.replace(/\s+([,.;:!?])/g, '$1').replace(/\s{2,}/g, ' ').trim();
    if (tidy !== text && tidy.length < text.length && !hasUnbalancedQuotes(tidy) && /[\p{L}\p{N}]/u.test(tidy)) {
      text = tidy;
      forms.push(tidy);
    }
  };
  step(without(text, PARENTHESIS));
  step(without(text, DASH_ASIDE));
  step(text.replace(TRAILING_ROLE, '$1$2'));
  step(text.replace(ROLE_BEFORE_SAID, '$1$2'));
  return forms;
}
