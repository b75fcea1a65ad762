// analyze stage: Article -> Analysis (sentences, quotes, keywords). Pure.
import type { Analysis } from './types.js';
import type { Article } from '../extract/types.js';
import { extractKeywords } from './keywords.js';
import { extractQuotes } from './quotes.js';
import { creditSpeakers } from './speakers.js';
import { sentencesOf } from './sentences.js';

export function analyze(article: Article): Analysis {
  const sentences = sentencesOf(article.paragraphs, article.lang);
  return {
    sentences,
    quotes: creditSpeakers(extractQuotes(sentences), article.text),
    keywords: extractKeywords(article.title, sentences, article.lang),
  };
}
