// Keywords for hashtags and the brief: names (runs of capitalised words) and frequent content words,
// scored by frequency with a bonus for appearing in the headline.
import { STOPWORDS } from './stopwords.js';
import type { Sentence } from '../types.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function isName(word: string): boolean {
  return /^[\p{Lu}]/u.test(word) && !STOPWORDS.has(word.toLowerCase());
}

export function extractKeywords(title: string, sentences: Sentence[], limit = 8): string[] {
  const scores = new Map<string, { label: string; score: number }>();
  const add = (label: string, weight: number) => {
    const key = label.toLowerCase();
    const entry = scores.get(key) ?? { label, score: 0 };
    entry.score += weight;
    scores.set(key, entry);
  };
  const titleWords = new Set((title.match(WORD) ?? []).map((w) => w.toLowerCase()));
  for (const sentence of sentences) {
    const words = sentence.text.match(WORD) ?? [];
    let run: string[] = [];
    const flush = () => {
      if (run.length >= 2 && run.length <= 4) add(run.join(' '), 1.5);
      run = [];
    };
    words.forEach((word, i) => {
      const clean = word.replace(/['’]s$/, '');
      const lower = clean.toLowerCase();
      // Capitalised words after the first are names; the first is only a name if it is not a stop word.
      if (isName(clean) && (i > 0 || !STOPWORDS.has(lower))) run.push(clean);
      else flush();
      if (lower.length < 3 || STOPWORDS.has(lower) || /^\d+$/.test(lower)) return;
      add(isName(clean) ? clean : lower, isName(clean) ? 1.2 : 1);
    });
    flush();
  }
  for (const entry of scores.values()) {
    if (entry.label.split(' ').some((w) => titleWords.has(w.toLowerCase()))) entry.score *= 1.5;
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
