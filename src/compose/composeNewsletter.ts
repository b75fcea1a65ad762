// The newsletter view model: what the email template shows, as plain strings (escaped at render).
import { splitSentences } from '../analyze/sentences.js';
import type { CrierConfig } from '../config/defaults.js';
import type { Article, Newsletter, Summary } from '../types.js';
import { formatDate } from './formatDate.js';
import { keyQuote } from './keyQuote.js';
import { preheaderFor } from './preheader.js';

const RTL_LANGS = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ku', 'sd', 'ug']);
const EXCERPT_PARAGRAPHS = 3;

function excerptOf(article: Article, summary: Summary, mode: CrierConfig['newsletterBody']): string[] {
  if (mode === 'none') return [];
  // A paragraph whose every sentence is already in the summary would be read twice.
  const shown = new Set(summary.sentences);
  const fresh = article.paragraphs.filter((p) => !splitSentences(p, article.lang).every((s) => shown.has(s)));
  return mode === 'full' ? fresh : fresh.slice(0, EXCERPT_PARAGRAPHS);
}

export function composeNewsletter(article: Article, summary: Summary, config: CrierConfig, url?: string): Newsletter {
  // The model's intro, when it passed grounding; otherwise the article's own summary sentences.
  const lede = summary.llm?.intro ? [summary.llm.intro] : summary.sentences;
  const newsletter: Newsletter = {
    name: config.newsletter.name,
    subject: summary.headline,
    preheader: summary.llm?.preheader ?? preheaderFor(summary, lede[0] ?? ''),
    headline: summary.headline,
    lede,
    excerpt: excerptOf(article, summary, config.newsletterBody),
    footer: config.newsletter.footer,
    brandColor: config.newsletter.brandColor,
    lang: article.lang === 'und' ? 'en' : article.lang,
    dir: RTL_LANGS.has(article.lang) ? 'rtl' : 'ltr',
  };
  if (article.source) newsletter.source = article.source;
  if (article.byline) newsletter.byline = article.byline;
  const date = formatDate(article.publishedAt, article.lang);
  if (date) newsletter.date = date;
  // The key quote box repeats nothing the reader has just read in the lede.
  const quote = keyQuote(summary.quotes, lede);
  if (quote) newsletter.quote = quote;
  const link = url ?? article.url;
  if (link) newsletter.url = link;
  return newsletter;
}
