// Who a quote is by, the way an editor credits it: the speaker's full name and role from their
// first mention ("— Vladimir Putin, Russian President", "— Sergei Karaganov, former Kremlin foreign
// policy adviser"), not the surname the quote's own sentence uses ("— Putin").
import type { Quote } from './types.js';

/** Capitalised words that are titles or descriptions, not parts of a name. */
const TITLE_WORDS = new Set(
  `president vice prime minister chancellor senator sen. rep. representative gov. governor mayor dr. judge justice secretary general gen. col. lt. sgt. capt. admiral coach chief officer ceo cfo coo cto director chairman chairwoman chair spokesman spokeswoman spokesperson adviser advisor attorney prosecutor sheriff commissioner ambassador king queen prince princess pope bishop rev. professor prof. mr. mrs. ms. foreign defense defence national security interior finance health state federal former deputy acting executive senior assistant associate head leader speaker house council police fire manager founder co-founder owner editor analyst economist minister's`
    .split(/\s+/),
);
const NATIONALITY = /^(?:U\.?S\.?|US|UK|EU|UN|American|British|Russian|Chinese|French|German|Iranian|Israeli|Ukrainian|Indian|Japanese|Korean|North|South|Finnish|Swedish|Canadian|Australian|Mexican|Brazilian|Italian|Spanish|Turkish|Saudi|Palestinian|Syrian|Iraqi|Afghan|Pakistani|Nigerian|Kenyan|Egyptian|Polish|Dutch|Belgian|Irish|Scottish|Welsh|European|Republican|Democratic|Democrat|White|Kremlin)$/;
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
/** A job written in lower case before a name, with the organisation before it when it has one. */
const LOWER_JOB = /(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}(?:spokes(?:man|woman|person)|minister|official|adviser|advisor|director|chief|commander|leader|analyst|professor|coach|manager|founder|researcher|scientist|author|lawyer|attorney|economist|executive|president|secretary|ambassador|governor|senator|mayor|chairman|chairwoman)\s+$/u;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const isTitle = (word: string) => TITLE_WORDS.has(word.toLowerCase()) || NATIONALITY.test(word);

/** The first mention of `speaker` in the text: full name, and a role when the text gives one. */
export function firstMention(speaker: string, text: string): { name: string; role?: string } {
  const surname = speaker.trim().split(/\s+/).pop() ?? speaker;
  const pattern = new RegExp(`((?:${NAME_WORD}\\s+){0,6})${escapeRegExp(surname)}(?![\\p{L}\\p{N}])`, 'gu');
  // The first mention that names the person in full (a headline may use the surname alone first).
  const matches = [...text.matchAll(pattern)].slice(0, 50);
  const match = matches.find((m) => (m[1] ?? '').trim().split(/\s+/).some((w) => w && !isTitle(w))) ?? matches[0];
  if (!match) return { name: speaker };
  const before = (match[1] ?? '').trim().split(/\s+/).filter(Boolean);
  // From the end: name words until a title word; what comes before is the role ("Russian President").
  const nameWords: string[] = [];
  let i = before.length - 1;
  while (i >= 0 && !isTitle(before[i] ?? '') && nameWords.length < 3) nameWords.unshift(before[i--] ?? '');
  // A name longer than the speaker's own words is only taken when it ends in them.
  const name = [...nameWords, surname].join(' ');
  const titleRun = before.slice(0, i + 1);
  const prefixRole = titleRun.some(isTitle) ? titleRun.slice(titleRun.findIndex(isTitle)).join(' ') : undefined;
  // An apposition after the name: "Sergei Karaganov, a former Kremlin foreign policy adviser, said".
  const after = text.slice((match.index ?? 0) + match[0].length);
  const apposition = /^,\s+(?:(?:an?|the)\s+)?([^,.;:()“”"]{3,80}?)(?:,|\.|;|\s+(?:said|told|says|added|wrote))/u.exec(after)?.[1]?.trim();
  // A job in lower case right before the name: "Taliban spokesman Zabihullah Mujahid".
  const preceding = text.slice(Math.max(0, (match.index ?? 0) - 80), match.index ?? 0);
  const job = LOWER_JOB.exec(preceding)?.[0].trim().replace(/^(?:the|a|an)\s+/i, '');
  const role = apposition && /^\p{Ll}/u.test(apposition) && !/^(?:who|which|that|said|told|says|and|but|as|in|on|at|for|with|according)\b/.test(apposition) && apposition.split(/\s+/).length <= 8 ? apposition : (prefixRole ?? job);
  return role ? { name, role } : { name };
}

/** Quotes with each speaker named in full and given a role, from the article's text. */
export function creditSpeakers(quotes: Quote[], text: string): Quote[] {
  const cache = new Map<string, { name: string; role?: string }>();
  return quotes.map((quote) => {
    if (!quote.speaker) return quote;
    let credit = cache.get(quote.speaker);
    if (!credit) {
      credit = firstMention(quote.speaker, text);
      cache.set(quote.speaker, credit);
    }
    const credited: Quote = { ...quote, speaker: credit.name };
    if (credit.role) credited.role = credit.role;
    return credited;
  });
}
