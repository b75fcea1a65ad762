// The short brief, in one of two styles:
//   tldr    - headline, reading time, the lead sentence, then up to three bullets
//   brevity - one-sentence lede, "Why it matters:", two or three bullets, "Go deeper:" link
//             (offline the bullets are the other summary sentences: with the default four, three
//             when no sentence says why, else two)
import { genreLabel } from './genreLabel.js';
import { keyQuote } from './keyQuote.js';
import type { Brief } from './types.js';
import type { BriefStyle } from '../config/choices.js';
import type { Article } from '../extract/types.js';
import type { Summary } from '../summarize/types.js';
import { minutesToRead, WORDS_PER_MINUTE } from './readingTime.js';

/** Words that say why something matters: consequences, stakes, firsts and records. */
const WHY_IT_MATTERS = /\b(?:because|means|so that|as a result|could|would|will|threat|risk|impact|affect(?:s|ed)?|lead to|first (?:time|ever)|record|biggest|largest|crucial|key to|significant|major|consequence|expected to|likely to|raises?|cost|warn(?:s|ed)?)\b/i;

/** Minutes for a text of `wordCount` words in a script that separates words (see readingTime.ts). */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/** Brevity's bullets: two or three whatever brief.bullets says (the style is that short on purpose). */
function brevityBullets(bulletCount: number): number {
  return Math.min(3, Math.max(2, bulletCount));
}

export function composeBrief(article: Article, summary: Summary, style: BriefStyle, bulletCount: number, url?: string, lang = article.lang): Brief {
  const brief: Brief = {
    title: summary.headline,
    summary: summary.sentences,
    bullets: [],
    keywords: summary.keywords,
    quotes: summary.quotes.filter((q) => q.speaker),
    // Chinese, Japanese and Korean are timed by characters, other scripts by words.
    readingMinutes: minutesToRead(article.text, article.wordCount),
    style,
  };
  if (summary.method === 'llm') {
    // The model wrote bullets and "why it matters" on purpose; use them as they are.
    brief.bullets = summary.bullets.slice(0, style === 'brevity' ? brevityBullets(bulletCount) : bulletCount);
    const why = summary.llm?.whyItMatters ?? summary.sentences[1];
    if (why) brief.whyItMatters = why;
  } else if (style === 'brevity') {
    // Lede is the first summary sentence; "Why it matters" is a later one that says why (a
    // consequence, a stake, a first) — or the label is left out; the rest are bullets.
    const [, ...rest] = summary.sentences;
    const why = rest.find((s) => WHY_IT_MATTERS.test(s));
    if (why) brief.whyItMatters = why;
    brief.bullets = rest.filter((s) => s !== why).slice(0, brevityBullets(bulletCount));
  } else {
    // The lead sentence stands under the headline; the bullets are what follows it.
    brief.bullets = summary.bullets.slice(summary.bullets.length > 1 ? 1 : 0).slice(0, bulletCount);
  }
  // brief.md shows one quote: a named one the reader has not just read in a summary sentence.
  const quote = keyQuote(brief.quotes, brief.summary);
  if (quote) brief.quote = quote;
  const link = url ?? article.url;
  if (link) brief.url = link;
  if (article.source) brief.source = article.source;
  const label = genreLabel(article.genre, summary.headline, lang);
  if (label) brief.label = label;
  return brief;
}
