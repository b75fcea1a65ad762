// Keywords for hashtags and the brief: names and key terms only. Candidates are names (runs of
// capitalised words that the article also capitalises mid-sentence: "Inner Mongolia" stays one
// name) and content words the article repeats; each is scored by frequency, with a bonus for the
// headline, and kept only when it passes the keyword rules of src/text/keywordProblem.ts (no stop
// words in the article's language, no contractions, no sentence-initial common words, no half
// names, no particles). Words are shown in their dictionary form (src/text/wordForms.ts: no case
// ending, particle or prefix), and left out when the article only ever inflects them. No keyword is
// better than a bad one.
import { keywordProblem } from '../text/keywordProblem.js';
import { stopwordsFor } from '../text/stopwordsFor.js';
import { NO_SPACE_SCRIPT, tokensOf } from '../text/tokens.js';
import { baseForms } from '../text/wordForms.js';
import type { Sentence } from './types.js';

const CAPITAL = /^\p{Lu}/u;
/** A word of Chinese, Japanese or Korean is two characters or more ("成都", "부산"), as in Hebrew; elsewhere three. */
const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// Hebrew is written without vowels: "תל" (Tel), "קו" (line) are words.
const tooShort = (word: string) => [...word].length < (CJK.test(word) || /\p{Script=Hebrew}/u.test(word) ? 2 : 3);
/** Languages that capitalise every noun. */
const NOUNS_CAPITALISED = new Set(['de', 'lb']);
const CONNECTORS = new Set(['de', 'van', 'von', 'der', 'den', 'al', 'bin', 'la', 'le', 'du', 'da', 'di', 'of']);

function stem(word: string): string {
  return word.replace(/['’]s$/u, '');
}

export function extractKeywords(title: string, sentences: Sentence[], lang = 'en', limit = 8): string[] {
  const stop = stopwordsFor(lang);
  const text = sentences.map((s) => s.text).join(' ');
  // "Казани" -> "Казань", "부산시는" -> "부산시"; null: only inflected forms, never a keyword.
  const forms = baseForms(sentences.map((s) => s.text), lang);
  const base = (word: string): string | null => {
    const form = forms.get(word);
    return form === undefined ? word : form;
  };
  const scores = new Map<string, { label: string; score: number; name: boolean }>();
  const add = (label: string, weight: number, name: boolean) => {
    const key = label.toLocaleLowerCase(lang);
    const entry = scores.get(key);
    if (entry) entry.score += weight;
    else scores.set(key, { label, score: weight, name });
  };
  for (const sentence of sentences) {
    const surface = tokensOf(sentence.text, lang).map(stem);
    // A word with no dictionary form in the article is kept in place (it still ends a name) as "".
    const words = surface.map((w) => base(w) ?? '');
    let run: string[] = [];
    const flush = () => {
      while (run.length && CONNECTORS.has(run[run.length - 1] ?? '')) run.pop();
      if (run.length >= 2 && run.length <= 4) add(run.join(' '), 1.5, true);
      run = [];
    };
    words.forEach((word, i) => {
      if (!word) return flush();
      const lower = word.toLocaleLowerCase(lang);
      const isStop = stop.has(lower);
      // The first word of a sentence is capitalised anyway: it is a name only if the article also
      // writes it that way elsewhere (checked by keywordProblem below). Inside a sentence a
      // capitalised stop word belongs to a name ("New York", "United States").
      const capital = CAPITAL.test(word) && (!isStop || (i > 0 && run.length > 0) || (i > 0 && CAPITAL.test(words[i + 1] ?? '') && !stop.has((words[i + 1] ?? '').toLocaleLowerCase(lang))));
      if (capital || (run.length > 0 && CONNECTORS.has(word) && i + 1 < words.length && CAPITAL.test(words[i + 1] ?? ''))) run.push(word);
      else flush();
      if (isStop || tooShort(lower) || /^\p{N}+$/u.test(lower) || CONNECTORS.has(word)) return;
      add(capital ? word : lower, capital ? 1.2 : 1, capital);
      // Two content words in a row that recur are a term: "bubonic plague", "feather duvet". (Not
      // where words have no spaces: the segmenter's pieces of one compound are not two words.)
      const next = words[i + 1];
      if (!capital && next && !NO_SPACE_SCRIPT.test(word) && !CAPITAL.test(next) && !tooShort(next) && !stop.has(next.toLocaleLowerCase(lang)) && !/^\p{N}+$/u.test(next) && next.toLocaleLowerCase(lang) !== lower) {
        add(`${lower} ${next.toLocaleLowerCase(lang)}`, 1.5, false);
      }
    });
    flush();
  }
  const titleWords = new Set(tokensOf(title, lang).map((w) => (base(stem(w)) ?? stem(w)).toLocaleLowerCase(lang)));
  for (const [key, entry] of scores) {
    if (key.split(' ').some((w) => titleWords.has(w))) entry.score *= 1.5;
  }
  const ranked = [...scores.values()]
    // A name seen twice is a keyword; a common word must recur (three times) to be a key term.
    .filter((e) => e.score >= (e.name ? 2 : 3))
    .sort((a, b) => b.score - a.score || (a.label < b.label ? -1 : 1));
  const chosen: string[] = [];
  const nounsCapitalised = NOUNS_CAPITALISED.has(lang.toLowerCase().split('-')[0] ?? '');
  for (const { label, name } of ranked) {
    const lower = label.toLocaleLowerCase(lang);
    const words = lower.split(' ');
    // German writes every noun with a capital: a word it writes in lower case is a verb or an
    // adjective ("können", "lachen", "unwirksam"), not a keyword, unless the headline uses it.
    if (nounsCapitalised && !name && !words.every((w) => titleWords.has(w))) continue;
    // Drop a single word already inside a chosen name ("Putin" after "Vladimir Putin"), and a name
    // that contains a chosen word.
    if (chosen.some((c) => c.toLocaleLowerCase(lang).split(' ').includes(lower) || words.includes(c.toLocaleLowerCase(lang)))) continue;
    if (words.length === 1 && keywordProblem(label, lang, text)) continue;
    if (words.length > 1 && words.some((w) => /['’]/.test(w))) continue;
    chosen.push(label);
    if (chosen.length >= limit) break;
  }
  return chosen;
}

/**
 * "Vladimir Putin" -> "#VladimirPutin"; keywords that cannot be a hashtag are skipped. Scripts
 * without capitals cannot show where a word ends: their words are joined by "_" ("#الخط_الثالث").
 */
export function toHashtag(keyword: string): string | undefined {
  const words = keyword.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu);
  if (!words) return undefined;
  const caseless = words.some((w) => {
    const letter = /\p{L}/u.exec(w)?.[0];
    return letter !== undefined && letter.toUpperCase() === letter.toLowerCase();
  });
  const tag = caseless ? words.join('_') : words.map((w) => (w[0] ?? '').toUpperCase() + w.slice(1)).join('');
  if (!/\p{L}/u.test(tag) || tag.length > 30) return undefined;
  return `#${tag}`;
}
