// Keywords for hashtags and the brief: names (runs of capitalised words) and frequent content words,
// scored by frequency with a bonus for appearing in the headline.
import { STOPWORDS } from './stopwords.js';
import type { Sentence } from '../types.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

const CAPITAL = /^\p{Lu}/u;
const DIGITS = /^\d+$/;

export function extractKeywords(title: string, sentences: Sentence[], limit = 8): string[] {
  const scores = new Map<string, { label: string; score: number }>();
  const add = (label: string, weight: number, key = label.toLowerCase()) => {
    const entry = scores.get(key);
    if (entry) entry.score += weight;
    else scores.set(key, { label, score: weight });
  };
  const titleWords = new Set((title.match(WORD) ?? []).map((w) => w.toLowerCase()));
  for (const sentence of sentences) {
    const words = sentence.text.match(WORD) ?? [];
    let run: string[] = [];
    const flush = () => {
      if (run.length >= 2 && run.length <= 4) add(run.join(' '), 1.5);
      run = [];
    };
    for (const word of words) {
      const clean = word.endsWith('s') && /['’]s$/.test(word) ? word.slice(0, -2) : word;
      const lower = clean.toLowerCase();
      const stop = STOPWORDS.has(lower);
      // A capitalised word that is not a stop word is (part of) a name; runs of them are names.
      const name = !stop && CAPITAL.test(clean);
      if (name) run.push(clean);
      else flush();
      if (lower.length < 3 || stop || DIGITS.test(lower)) continue;
      add(name ? clean : lower, name ? 1.2 : 1, lower);
    }
    flush();
  }
  for (const [key, entry] of scores) {
    const inTitle = key.includes(' ') ? key.split(' ').some((w) => titleWords.has(w)) : titleWords.has(key);
    if (inTitle) entry.score *= 1.5;
  }
  const ranked = [...scores.values()]
    .filter((entry) => entry.score >= 2)
    .sort((a, b) => b.score - a.score || (a.label < b.label ? -1 : 1));
  // Drop a single word that is already part of a chosen name ("Putin" after "Vladimir Putin").
  const chosen: string[] = [];
  for (const { label } of ranked) {
    const lower = label.toLowerCase();
    if (chosen.some((c) => c.toLowerCase().split(' ').includes(lower) || lower.split(' ').includes(c.toLowerCase()))) continue;
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
