// Which sentences may appear in a summary at all, each printed alone as a lead, a bullet or a
// post: never a question to the reader, a caption, a credit, a byline, a timestamp, page furniture,
// a fragment, a quotation cut in half, the headline again, or the author talking about themselves.
import { authorFirstPerson, pointsBack } from '../text/openers.js';
import { hasUnbalancedQuotes, withoutQuotations } from '../text/quoteMarks.js';
import { repeatsHeadline } from '../text/similarity.js';
import { stampOrCaption } from '../text/stamps.js';

const CAPTION = /^(photo|image|picture|file photo|video|credit|caption|source)\b.{0,20}[:|]/i;
const BYLINE = /^(by|reporting by|additional reporting by|editing by|written by)\s/i;
const DATELINE_ONLY = /^[\p{Lu} .,'’-]{2,40}(\([^)]+\))?\s*[-–—:]?\s*$/u;
const EDITORIAL = /^(editor['’]s note|correction|clarification|note to readers|this (article|story) (was|has been))\b/i;
/** A sentence ends on one of these; a line that doesn't is a heading, caption or teaser. */
const TERMINAL = /[.!?…。！？]["”’»」)]*$/u;
const MIN_WORDS = 6;

/**
 * A call to action is not a fact: "Be sure to visit Arrowhead on Facebook, Twitter, and Instagram.",
 * "Bei konkreten Fragen … können Sie sich an die Verbraucherzentralen wenden.", "Wir verraten, wie …".
 * It may stay in the article; it never stands for it.
 */
const CALL_TO_ACTION = [
  /^(?:be sure to|make sure (?:to|you) (?:visit|follow|check out|subscribe)|don['’]t forget to|follow us|click (?:here|the link)|check out (?:our|the full)|for more (?:information|details),? (?:visit|see|go to|call)|bei (?:konkreten |weiteren |allen )?fragen\b|beachten sie\b|wir verraten\b|hier (?:erfahren|finden) sie\b|mehr (?:dazu|infos?|informationen) (?:gibt es |finden sie |findet ihr )?(?:hier|unter)\b)/i,
  /\b(?:visit|follow|find|join) (?:us|him|her|them|[\p{Lu}][\p{L}&'’.-]*(?: [\p{Lu}][\p{L}&'’.-]*){0,3}) on (?:Facebook|Twitter|Instagram|TikTok|YouTube|LinkedIn)\b/u,
  /\b(?:wenden sie sich|können sie sich\b.{0,120}\bwenden|findet ihr (?:hier|unter)|finden sie (?:hier|unter)|(?:verrate|zeige) ich (?:dir|euch|ihnen)|verraten wir (?:dir|euch|ihnen))\b/iu,
];

/**
 * A subordinate clause with no main clause is the answer to a question the reader did not see:
 * "Because space travel and sustaining life off Earth are anything but easy." (With a comma, a main
 * clause follows: "Because the bridge closed, buses took a detour.")
 */
const CLAUSE_ONLY = /^(?:because|although|though|whereas|unless|which is why|which means)\b[^,;:—–]*[.!?…]["”’»)]*$/i;

/** A greeting is not a fact: "Welcome to the new 16-inch MacBook Pro." */
const GREETING = /^(?:welcome to|welcome back|hello|hi|hey|good (?:morning|evening|afternoon)|greetings)\b/i;
/** Steps and ingredients of a recipe, items of a list: a summary of such a page tells what it is. */
const LIST_ITEM = /^(?:\d+[.):]\s|\d+(?:\/\d+)?\s*(?:cups?|tbsp|tsp|tablespoons?|teaspoons?|g|kg|ml|l|oz|ounces?|pounds?|lbs?|grams?)\b|[½¼¾⅓⅔]|(?:preheat|stir|whisk|bake|chop|combine|pour|season|simmer|drain|knead|sprinkle|serve)\b)/i;

/** A line of code or data ("rekt: { list: [ list: [ …"), not prose: brackets, braces and operators. */
export function looksLikeCode(text: string): boolean {
  const symbols = text.match(/[{}[\]<>=;|\\`$]/g)?.length ?? 0;
  return symbols >= 4 && symbols / text.length > 0.03;
}

export interface EligibilityContext {
  lang?: string;
  /** Recipes and lists are summarised from their introduction, not their items. */
  genre?: string;
  /** The headline: a sentence that only repeats it adds nothing under it. */
  headline?: string;
}

/** Why `sentence` may not stand alone in a summary, or undefined when it may. */
export function whyIneligible(sentence: string, context: EligibilityContext = {}): string | undefined {
  const text = sentence.trim();
  const lang = context.lang ?? 'en';
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text);
  if (!cjk && text.split(/\s+/).length < MIN_WORDS) return 'fragment';
  if (cjk && text.length < 12) return 'fragment';
  if (/\?["”’)»]*$/.test(text)) return 'question';
  if (CAPTION.test(text) || BYLINE.test(text) || EDITORIAL.test(text) || DATELINE_ONLY.test(text)) return 'page furniture';
  const furniture = stampOrCaption(text);
  if (furniture) return furniture;
  if (!TERMINAL.test(text)) return 'no sentence end';
  if (GREETING.test(text)) return 'greeting';
  if (CLAUSE_ONLY.test(text)) return 'fragment';
  if (CALL_TO_ACTION.some((pattern) => pattern.test(text))) return 'call to action';
  if (looksLikeCode(text)) return 'code';
  if ((context.genre === 'recipe' || context.genre === 'list') && LIST_ITEM.test(text)) return 'list item';
  // A sentence with an unclosed quote was cut from a quotation: it reads wrong alone.
  if (hasUnbalancedQuotes(text)) return 'broken quotation';
  if (authorFirstPerson(withoutQuotations(text), lang)) return 'first person';
  if (pointsBack(text, lang)) return 'points back';
  if (context.headline && repeatsHeadline(context.headline, text, lang)) return 'repeats the headline';
  return undefined;
}

export function isEligible(sentence: string, context: EligibilityContext = {}): boolean {
  return whyIneligible(sentence, context) === undefined;
}
