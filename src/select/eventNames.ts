// The names a story is about: the capitalised words of its headline and lede that the article never
// writes in lower case ("Assange", "Sweden", "WikiLeaks" — not "The", "Prosecutors" when the text
// says "prosecutors", not weekdays or months). A run of them is one name, keyed by its last word,
// so "Julian Assange" and "Assange's" meet. Two stories about one event share several of these;
// the weekly edition's merge (sameEvent.ts) and its big picture (compose/digest/bigPicture.ts) read them.
import type { Article } from '../extract/types.js';
import { stopwordsFor } from '../text/stopwordsFor.js';

export interface EventNames {
  /** Name keys: the last word of each name, lower-case, without a possessive. */
  keys: Set<string>;
  /** How each key is written at its longest ("Julian Assange" for "assange"). */
  display: Map<string, string>;
}

/** Day and month names are capitalised in English but name no one (English, and the article's language via Intl). */
const calendars = new Map<string, Set<string>>();
function calendarWords(lang: string): Set<string> {
  let set = calendars.get(lang);
  if (!set) {
    set = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
    for (const tag of new Set(['en', lang])) {
      try {
        const month = new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' });
        const weekday = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' });
        for (let m = 0; m < 12; m++) set.add(month.format(Date.UTC(2026, m, 15)).toLowerCase());
        for (let d = 0; d < 7; d++) set.add(weekday.format(Date.UTC(2026, 0, 5 + d)).toLowerCase());
      } catch {
        // an unknown language tag: English names only
      }
    }
    calendars.set(lang, set);
  }
  return set;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;

/** Punctuation around a word: quotes, brackets, commas, full stops. */
const LEADING = /^[^\p{L}\p{N}]+/u;
const TRAILING = /[^\p{L}\p{N}'’.-]+$/u;

const bare = (word: string) => word.replace(/['’]s?$/u, '').replace(/[.'’-]+$/u, '');

/**
 * The words the article writes, in lower case and capitalised (lower-cased): a capitalised word the
 * text also writes in lower case is a sentence start, not a name; in a Title Case headline only
 * words the text capitalises are names. (Split, not matched: this reads every word of every article.)
 */
/** A-Z, a-z, 0-9: the common case, told without a regular expression. */
const plain = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

function wordsOf(text: string): { lower: Set<string>; capitalised: Set<string> } {
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  // Split at spaces and dashes, then trim punctuation only where there is some: every word of every
  // article of a week goes through here.
  for (const token of text.split(/[\s/—–]+/)) {
    if (!token) continue;
    let word = plain(token.charCodeAt(0)) ? token : token.replace(LEADING, '');
    if (!plain(word.charCodeAt(word.length - 1))) word = bare(word.replace(TRAILING, ''));
    if (!word) continue;
    const first = word.charAt(0);
    if (first !== first.toUpperCase()) lower.add(word);
    else if (first !== first.toLowerCase()) capitalised.add(word.toLowerCase());
  }
  return { lower, capitalised };
}

/** "Swedish Prosecutors Discontinue Assange Probe": a headline that capitalises nearly every word says nothing by it. */
function isTitleCase(title: string, stop: Set<string>): boolean {
  const words = (title.match(WORD) ?? []).map(bare).filter((w) => w.length >= 4 && !stop.has(w.toLowerCase()));
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.75 * words.length;
}

/** Each article's names, read once: the merge and the big picture both ask. */
const cache = new WeakMap<object, EventNames>();

export function eventNames(article: Pick<Article, 'title' | 'lede' | 'text' | 'lang'>): EventNames {
  const cached = cache.get(article);
  if (cached) return cached;
  const names = readNames(article);
  cache.set(article, names);
  return names;
}

function readNames(article: Pick<Article, 'title' | 'lede' | 'text' | 'lang'>): EventNames {
  const stop = stopwordsFor(article.lang);
  const calendar = calendarWords(article.lang);
  const { lower, capitalised } = wordsOf(article.text);
  // In a Title Case headline only the words the text also capitalises are names.
  const confirmed = isTitleCase(article.title, stop) ? capitalised : undefined;
  const keys = new Set<string>();
  const display = new Map<string, string>();
  // Headline and lede, each line on its own: a name never runs across a line or a sentence end.
  const split = (text: string) => text.split(/\n|(?<=[.!?;:])\s+/);
  const lines = [...split(article.title).map((line) => ({ line, inTitle: true })), ...split(article.lede).map((line) => ({ line, inTitle: false }))];
  for (const { line, inTitle } of lines) {
    let run: string[] = [];
    const close = () => {
      const last = run[run.length - 1];
      if (last) {
        const key = last.toLowerCase();
        keys.add(key);
        const shown = run.join(' ');
        if ((display.get(key)?.length ?? 0) < shown.length) display.set(key, shown);
      }
      run = [];
    };
    let end = 0;
    for (const match of line.matchAll(WORD)) {
      const word = bare(match[0]);
      const low = word.toLowerCase();
      const gap = line.slice(end, match.index);
      end = (match.index ?? 0) + match[0].length;
      // A comma, a dash or a quote between two capitalised words ends the name.
      if (/[^\s]/u.test(gap)) close();
      const name = /^\p{Lu}/u.test(word) && word.length >= 2 && !/^\p{N}+$/u.test(word) && !stop.has(low) && !lower.has(low) && !calendar.has(low) && !(inTitle && confirmed && !confirmed.has(low));
      if (name) run.push(word);
      else close();
    }
    close();
  }
  return { keys, display };
}
