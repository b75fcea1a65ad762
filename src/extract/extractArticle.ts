// extract stage: LoadedInput -> Article. Picks the reader for the format, then fills the derived
// fields (lede, text, word count, language) the same way for every format.
import { CrierError } from '../errors.js';
import { warning, type Warning } from '../warnings.js';
import type { Article } from './types.js';
import type { FeedFields, LoadedInput } from '../load/types.js';
import { countWords } from './countWords.js';
import { detectLanguage } from './detectLanguage.js';
import { languageTag } from '../i18n/languages.js';
import type { ArticleDraft } from './draft.js';
import { extractHtml } from './html.js';
import { extractMarkdown } from './markdown.js';
import { cleanParagraphs } from './cleanParagraphs.js';
import { normaliseDate } from './normaliseDate.js';
import { publishedDate } from './publishedDate.js';
import { extractText } from './text.js';

export interface Extracted {
  article: Article;
  warnings: Warning[];
}

export interface ExtractOptions {
  /**
   * "Now" for telling a true date from an impossible one (after tomorrow). Default: the
   * SOURCE_DATE_EPOCH of a reproducible build, else the clock.
   */
  now?: Date;
}

function buildClock(env: NodeJS.ProcessEnv): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

const MAX_DERIVED_TITLE = 90;

/** An article without a headline gets its first words as one, and a warning. */
function titleFromText(paragraph: string): string {
  const firstSentence = paragraph.split(/(?<=[.!?])\s/)[0] ?? paragraph;
  if (firstSentence.length <= MAX_DERIVED_TITLE) return firstSentence.replace(/[.!?]$/, '');
  const cut = firstSentence.slice(0, MAX_DERIVED_TITLE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).trim()}…`;
}

/**
 * What a feed says of its item wins over the page: the feed's title, date and link are the ones the
 * publisher chose for the item; its author, category, image and name fill what the page leaves out.
 */
function withFeedFields(draft: ArticleDraft, feed: FeedFields | undefined): ArticleDraft {
  if (!feed) return draft;
  if (feed.title) draft.title = feed.title;
  if (feed.publishedAt) draft.publishedAt = feed.publishedAt;
  if (feed.url) draft.url = feed.url;
  for (const key of ['source', 'byline', 'section', 'lang'] as const) {
    const value = feed[key];
    if (!draft[key] && value) draft[key] = value;
  }
  if (feed.image && !draft.images.some((i) => i.src === feed.image?.src)) draft.images.unshift({ alt: '', ...feed.image });
  return draft;
}

function readDraft(input: LoadedInput): ArticleDraft {
  switch (input.format) {
    case 'markdown':
      return extractMarkdown(input.text, input.path);
    case 'html':
      return extractHtml(input.text, input.path === '-' ? 'standard input' : input.path, input.url, input.feed?.source);
    case 'feed':
      throw new CrierError('INPUT_NOT_TEXT', `${input.path} is a feed, not an article`, { hint: 'crier digest reads feeds: crier digest <feed> --week <yyyy-Www>' });
    default:
      return extractText(input.text);
  }
}

/**
 * A headline longer than this is not one (a page's whole text in its <h1>, or a stranger's 100 KB
 * title): it would fill the table of contents, and the cover card's text fitting ran out of memory
 * on two of them. Feed titles are cut at the same length (load/feed.ts).
 */
export const MAX_HEADLINE_CHARS = 300;

/** The headline cut at a word to MAX_HEADLINE_CHARS, with an ellipsis. */
function cutHeadline(title: string): string {
  if (title.length <= MAX_HEADLINE_CHARS) return title;
  const cut = title.slice(0, MAX_HEADLINE_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_HEADLINE_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

export function extractArticle(input: LoadedInput, options: ExtractOptions = {}): Extracted {
  const label = input.path === '-' ? 'standard input' : input.path;
  const draft = withFeedFields(readDraft(input), input.feed);
  // Strip control characters (NUL, escape sequences) that would corrupt the outputs or a terminal.
  // Control characters, and the invisible soft hyphens and zero-width spaces some pages put inside
  // words ("réac\u00adtion"): they split words for keywords and show up in plain text.
  // And the bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069): one left open in a
  // stranger's headline runs on over what crier prints after it (an RLO shows the post's link
  // backwards, "Trojan Source"), and a headline or sentence cut short can lose its closer. Arabic and
  // Hebrew need none of them (the email sets dir; the marks U+200E/U+200F stay).
  const clean = (s: string) => s.replace(/[\u0000-\u0008\u000B-\u001F\u007F]|\u00AD|\u200B|\u2060|\uFEFF|[\u202A-\u202E\u2066-\u2069]/g, '').trim();
  const cleaned = cleanParagraphs(draft.paragraphs.map(clean).filter(Boolean), draft);
  const paragraphs = cleaned.paragraphs;
  if (paragraphs.length === 0) {
    throw new CrierError('NO_ARTICLES', `${label} has no article text${draft.title ? ' after its title' : ''}`, {
      hint: 'the file must hold the article paragraphs, not only a headline or page boilerplate',
    });
  }
  const warnings: Warning[] = [];
  let title = cutHeadline(clean(draft.title ?? ''));
  if (!title) {
    title = titleFromText(paragraphs[0] ?? '');
    warnings.push(warning('no-headline', input.path, `${label}: no headline found; using "${title}"`));
  }
  const text = paragraphs.join('\n\n');
  const article: Article = {
    id: input.sha256.slice(0, 12),
    title,
    // A page's lang can be anything ("de, at, ch", "en_US"): a clean tag, else the detector's guess.
    lang: languageTag(draft.lang, '') || detectLanguage(text),
    tags: draft.tags,
    lede: paragraphs[0] ?? '',
    paragraphs,
    text,
    images: draft.images,
    links: draft.links,
    wordCount: countWords(text),
    inputPath: input.path,
    sha256: input.sha256,
  };
  if (draft.source) article.source = clean(draft.source);
  if (draft.byline) article.byline = clean(draft.byline);
  if (draft.genre) article.genre = draft.genre;
  const section = draft.section ? clean(draft.section).slice(0, 60) : '';
  if (section) article.section = section;
  const picked = publishedDate([draft.publishedAt, ...(draft.dates ?? []), cleaned.printedDate], options.now ?? buildClock(process.env));
  if (picked.date) article.publishedAt = picked.date;
  // Only the date the article states first is worth a word: the others are fallbacks.
  const stated = draft.publishedAt?.trim();
  if (stated && picked.rejected[0] === stated) {
    const why = normaliseDate(stated) ? 'is not a real publication date' : 'cannot be read';
    warnings.push(warning('unreadable-date', input.path, `${label}: the date "${stated}" ${why}; ${picked.date ? `using ${picked.date} instead` : 'the article has no date'}`));
  }
  if (draft.url) article.url = draft.url;
  return { article, warnings };
}
