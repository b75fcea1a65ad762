// Keywords for hashtags and the brief: names and key terms only. Candidates are names (runs of
// capitalised words that the article also capitalises mid-sentence: "Inner Mongolia" stays one
// name) and content words the article repeats; each is scored by frequency, with a bonus for the
// headline, and kept only when it passes the keyword rules of src/text/keywordProblem.ts (no stop
// words in the article's language, no contractions, no sentence-initial common words, no half
// names, no particles). No keyword is better than a bad one.
import { keywordProblem } from '../text/keywordProblem.js';
import { stopwordsFor } from '../text/stopwordsFor.js';
import type { Sentence } from './types.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const CAPITAL = /^\p{Lu}/u;
const CONNECTORS = new Set(['de', 'van', 'von', 'der', 'den', 'al', 'bin', 'la', 'le', 'du', 'da', 'di', 'of']);
// Korean nouns carry their particle attached ("엘제이의" = "of LJ"): the keyword is the noun.
const KOREAN_PARTICLE = /(?:에서|에게|께서|으로|의|은|는|을|를|로|와|과|도|만|이|가)$/u;

function stem(word: string, lang: string): string {
  const possessive = word.replace(/['’]s$/u, '');
  if ((lang === 'ko' || /\p{Script=Hangul}/u.test(word)) && possessive.length > 2) return possessive.replace(KOREAN_PARTICLE, '');
  return possessive;
}

export function extractKeywords(title: string, sentences: Sentence[], lang = 'en', limit = 8): string[] {
  const stop = stopwordsFor(lang);
  const text = sentences.map((s) => s.text).join(' ');
  const scores = new Map<string, { label: string; score: number; name: boolean }>();
  const add = (label: string, weight: number, name: boolean) => {
    const key = label.toLocaleLowerCase(lang);
    const entry = scores.get(key);
    if (entry) entry.score += weight;
    else scores.set(key, { label, score: weight, name });
  };
  for (const sentence of sentences) {
    const words = (sentence.text.match(WORD) ?? []).map((w) => stem(w, lang));
    let run: string[] = [];
    const flush = () => {
      while (run.length && CONNECTORS.has(run[run.length - 1] ?? '')) run.pop();
      if (run.length >= 2 && run.length <= 4) add(run.join(' '), 1.5, true);
      run = [];
    };
    words.forEach((word, i) => {
      const lower = word.toLocaleLowerCase(lang);
      const isStop = stop.has(lower);
      // The first word of a sentence is capitalised anyway: it is a name only if the article also
      // writes it that way elsewhere (checked by keywordProblem below). Inside a sentence a
      // capitalised stop word belongs to a name ("New York", "United States").
      const capital = CAPITAL.test(word) && (!isStop || (i > 0 && run.length > 0) || (i > 0 && CAPITAL.test(words[i + 1] ?? '') && !stop.has((words[i + 1] ?? '').toLocaleLowerCase(lang))));
      if (capital || (run.length > 0 && CONNECTORS.has(word) && i + 1 < words.length && CAPITAL.test(words[i + 1] ?? ''))) run.push(word);
      else flush();
      if (isStop || lower.length < 3 || /^\p{N}+$/u.test(lower) || CONNECTORS.has(word)) return;
      add(capital ? word : lower, capital ? 1.2 : 1, capital);
      // Two content words in a row that recur are a term: "bubonic plague", "feather duvet".
      const next = words[i + 1];
      if (!capital && next && !CAPITAL.test(next) && next.length >= 3 && !stop.has(next.toLocaleLowerCase(lang)) && !/^\p{N}+$/u.test(next)) {
        add(`${lower} ${next.toLocaleLowerCase(lang)}`, 1.5, false);
      }
    });
    flush();
  }
  const titleWords = new Set((title.match(WORD) ?? []).map((w) => stem(w, lang).toLocaleLowerCase(lang)));
  for (const [key, entry] of scores) {
    if (key.split(' ').some((w) => titleWords.has(w))) entry.score *= 1.5;
  }
  const ranked = [...scores.values()]
    // A name seen twice is a keyword; a common word must recur (three times) to be a key term.
    .filter((e) => e.score >= (e.name ? 2 : 3))
    .sort((a, b) => b.score - a.score || (a.label < b.label ? -1 : 1));
  const chosen: string[] = [];
  for (const { label } of ranked) {
    const lower = label.toLocaleLowerCase(lang);
    const words = lower.split(' ');
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

/** "Vladimir Putin" -> "#VladimirPutin"; keywords that cannot be a hashtag are skipped. */
export function toHashtag(keyword: string): string | undefined {
  const words = keyword.match(/[\p{L}\p{N}]+/gu);
  if (!words) return undefined;
  const tag = words.map((w) => (w[0] ?? '').toUpperCase() + w.slice(1)).join('');
  if (!/\p{L}/u.test(tag) || tag.length > 30) return undefined;
  return `#${tag}`;
}
