// The newsletter view model: what the email template shows, as plain strings (escaped at render).
import { footerText, newsletterName } from '../i18n/newsletterName.js';
import { shorten, SUBJECT_MAX } from './digest/subjectLine.js';
import { splitSentences } from '../analyze/sentences.js';
import { countWords } from '../extract/countWords.js';
import type { CrierConfig } from '../config/defaults.js';
import { directionOf, interfaceLanguage } from '../i18n/languages.js';
import { authorFirstPerson, danglingOpener, pronounLead } from '../text/openers.js';
import { hasUnbalancedQuotes, withoutQuotations } from '../text/quoteMarks.js';
import { stampOrCaption } from '../text/stamps.js';
import type { Quote } from '../analyze/types.js';
import type { Newsletter } from './types.js';
import type { Article } from '../extract/types.js';
import type { Summary } from '../summarize/types.js';
import { formatDate } from './formatDate.js';
import { genreLabel } from './genreLabel.js';
import { keyQuote } from './keyQuote.js';
import { preheaderFor } from './preheader.js';

const EXCERPT_PARAGRAPHS = 3;

/**
 * Whether a paragraph can be printed on its own under the summary: it must not open on a word that
 * leans on the paragraph before ("They are only…", "But…"), introduce something that was left out
 * ("…adds two numbers:"), be a subheading ("Using standalone mode #") or a caption, or cut a quote.
 */
/** Words that point at something beside the text: "below", "the following", "here's what it looks like". */
const POINTS_AT_MISSING = /\b(?:below|the following|as follows|here(?:'s| is) (?:what|how|a|the)|shown here|looks like this|this is (?:a|an|the) [\w ]{0,30}(?:representation|screenshot|example|sample|snippet|chart|graph|table|map))\b/i;

function standsAlone(paragraph: string, lang: string): boolean {
  const first = splitSentences(paragraph, lang)[0] ?? paragraph;
  if (danglingOpener(first, lang) || pronounLead(first, lang)) return false;
  if (/:\s*$/.test(paragraph) || /(?:^|\s)#\s*$/.test(paragraph)) return false;
  // It points at something the email does not carry (a code sample, a table, a picture)…
  if (POINTS_AT_MISSING.test(paragraph)) return false;
  // …or someone speaks in the first person outside quote marks (the blogger an article quotes at
  // length), which reads as the newsletter's own voice once the paragraph stands alone.
  if (authorFirstPerson(withoutQuotations(paragraph), lang)) return false;
  // Words by the segmenter, so that a Chinese or Japanese paragraph (no spaces) is not "one word".
  if (!/[.!?…。！？।؟۔]["”’»」』)）]*$/u.test(paragraph) || countWords(paragraph) < 8) return false;
  return !stampOrCaption(paragraph) && !hasUnbalancedQuotes(paragraph);
}

/**
 * The article text after the summary: whole paragraphs that stand alone, in article order, never one
 * the reader has just read a sentence of (in the lede, the bullets or the key quote).
 */
function excerptOf(article: Article, summary: Summary, quote: Quote | undefined, mode: CrierConfig['newsletterBody']): string[] {
  if (mode === 'none') return [];
  const shown = [...summary.sentences, ...(summary.edits ?? []).map((e) => e.from), ...(quote ? [quote.text] : [])];
  const fresh = article.paragraphs.filter((p) => !shown.some((s) => p.includes(s)) && standsAlone(p, article.lang));
  return mode === 'full' ? fresh : fresh.slice(0, EXCERPT_PARAGRAPHS);
}


export function composeNewsletter(article: Article, summary: Summary, config: CrierConfig, url?: string): Newsletter {
  // The language readers are addressed in: --lang / config language, else the article's.
  const lang = interfaceLanguage(config.language, article.lang);
  // The model's intro and bullets when they passed grounding; otherwise the lead summary sentence
  // and the other summary sentences as bullets.
  const lede = summary.llm?.intro ? [summary.llm.intro] : summary.sentences.slice(0, 1);
  const bullets = summary.method === 'llm' ? summary.bullets : summary.sentences.slice(1);
  const newsletter: Newsletter = {
    name: newsletterName(config, lang),
    // Inboxes cut a subject after about 78 characters: a longer headline is cut at a word, with "…".
    subject: shorten(summary.headline, SUBJECT_MAX),
    preheader: summary.llm?.preheader ?? preheaderFor(summary, lede[0] ?? '', lang),
    headline: summary.headline,
    lede,
    bullets,
    excerpt: [],
    footer: footerText(config, lang),
    brandColor: config.newsletter.brandColor,
    lang,
    dir: directionOf(lang),
  };
  const label = genreLabel(article.genre, summary.headline, lang);
  if (label) newsletter.label = label;
  if (article.source) newsletter.source = article.source;
  if (article.byline) newsletter.byline = article.byline;
  const date = formatDate(article.publishedAt, lang);
  if (date) newsletter.date = date;
  // The key quote box repeats nothing the reader has just read in the lede.
  const quote = keyQuote(summary.quotes, [...lede, ...bullets]);
  if (quote) newsletter.quote = quote;
  newsletter.excerpt = excerptOf(article, summary, quote, config.newsletterBody);
  const image = article.images.find((i) => /^https:\/\//i.test(i.src));
  // The image's own description or nothing: with images blocked, a headline as alt text is read twice.
  if (image) newsletter.image = { src: image.src, alt: image.alt };
  const link = url ?? article.url;
  if (link) newsletter.url = link;
  return newsletter;
}
