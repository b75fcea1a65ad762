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
  // Sentences the reader has just read in the lede and bullets are left out of the excerpt.
  const shown = new Set(summary.sentences);
  const fresh = article.paragraphs
    .map((p) => splitSentences(p, article.lang).filter((s) => !shown.has(s)).join(' '))
    .filter((p) => p.length > 0);
  return mode === 'full' ? fresh : fresh.slice(0, EXCERPT_PARAGRAPHS);
}

export function composeNewsletter(article: Article, summary: Summary, config: CrierConfig, url?: string): Newsletter {
  // The model's intro and bullets when they passed grounding; otherwise the lead summary sentence
  // and the other summary sentences as bullets.
  const lede = summary.llm?.intro ? [summary.llm.intro] : summary.sentences.slice(0, 1);
  const bullets = summary.method === 'llm' ? summary.bullets : summary.sentences.slice(1);
  const newsletter: Newsletter = {
    name: config.newsletter.name,
    subject: summary.headline,
    preheader: summary.llm?.preheader ?? preheaderFor(summary, lede[0] ?? ''),
    headline: summary.headline,
    lede,
    bullets,
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
  const image = article.images.find((i) => /^https:\/\//i.test(i.src));
  if (image) newsletter.image = { src: image.src, alt: image.alt || summary.headline };
  const link = url ?? article.url;
  if (link) newsletter.url = link;
  return newsletter;
}
