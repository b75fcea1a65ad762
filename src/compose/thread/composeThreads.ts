// compose stage for social posts: the summary becomes one thread per platform.
// Hook = headline + the strongest sentence; body = the other summary sentences and the key quote;
// last post = the link to the article and the hashtags.
import { keepDirection } from '../../i18n/direction.js';
import { directionOf } from '../../i18n/languages.js';
import { t } from '../../i18n/t.js';
import { creditOf } from '../credit.js';
import { genreLabel } from '../genreLabel.js';
import { keyQuote } from '../keyQuote.js';
import type { PlatformId } from '../../config/choices.js';
import type { Article } from '../../extract/types.js';
import type { Post, Thread } from '../../platforms/types.js';
import type { Summary } from '../../summarize/types.js';
import { hashtagsFor } from './hashtags.js';
import { fits, makePlatforms, type Platform } from '../../platforms/platforms.js';
import { splitThread, type Block, type Numbering } from './splitThread.js';

export interface ThreadOptions {
  platforms: PlatformId[];
  numbering: Numbering;
  mastodonLimit: number;
  hashtags: number;
  /** Words never used as hashtags (brand safety), from config keywords.blocklist. */
  blocklist?: string[];
  /** The article link after UTM tagging, if any. */
  url?: string;
  /** The language the posts' own words are in ("Read the full story"); default: the article's. */
  lang?: string;
}

export function threadBlocks(article: Article, summary: Summary, options: ThreadOptions, platform?: PlatformId): Block[] {
  const lang = options.lang ?? article.lang;
  const [first, ...rest] = summary.sentences;
  // An opinion or analysis says so before its claims: "Opinion: …".
  const label = genreLabel(article.genre, summary.headline, lang);
  let hook: Block = { role: 'hook', paragraphs: [label ? t(lang, 'genreHook', { label, headline: summary.headline }) : summary.headline, first ?? ''].filter(Boolean) };
  let body: Block = { role: 'body', paragraphs: [...rest] };
  const quote = keyQuote(summary.quotes, summary.sentences);
  if (quote?.speaker) body.paragraphs.push(`${t(lang, 'quote', { text: quote.text })} — ${creditOf(quote)}`);
  // The model's posts, when they passed grounding: crier still counts, splits and numbers them.
  const modelPosts = platform ? summary.llm?.posts?.[platform] : undefined;
  if (modelPosts?.length) {
    hook = { role: 'hook', paragraphs: modelPosts.slice(0, 1) };
    body = { role: 'body', paragraphs: modelPosts.slice(1), separate: true };
  }
  const blocked = new Set((options.blocklist ?? []).map((b) => b.replace(/^#/, '').toLocaleLowerCase()));
  const fromModel = (summary.llm?.hashtags ?? []).filter((t) => /^#[\p{L}\p{M}\p{N}_]+$/u.test(t) && !blocked.has(t.slice(1).toLocaleLowerCase()));
  const tags = fromModel.length ? fromModel.slice(0, options.hashtags) : hashtagsFor(summary.keywords, summary.headline, article.lang, options.hashtags, options.blocklist);
  const link = options.url ?? article.url;
  const cta: string[] = [];
  if (link) cta.push(article.source ? t(lang, 'readFullStoryLinkFrom', { source: article.source, url: link }) : t(lang, 'readFullStoryLink', { url: link }));
  else if (article.source) cta.push(t(lang, 'sourceLine', { source: article.source }));
  const ctaLine = [...cta, tags.join(' ')].filter(Boolean).join('\n\n');
  // Arabic or Hebrew posts stay right to left where a paragraph starts with a Latin name, a number or
  // a link: the article's text by the article's direction, crier's own line by the interface's.
  const text = directionOf(article.lang);
  const rtl = (b: Block, dir: 'ltr' | 'rtl'): Block => (dir === 'rtl' ? { ...b, paragraphs: b.paragraphs.map((p) => keepDirection(p, dir)) } : b);
  return [rtl(hook, text), rtl(body, text), rtl({ role: 'cta', paragraphs: ctaLine ? [ctaLine] : [] }, directionOf(lang))];
}

/** One platform's thread: the blocks split, numbered and counted by that platform's rules. */
export function threadFor(platform: Platform, blocks: Block[], numbering: Numbering, lang?: string): Thread {
  const posts: Post[] = splitThread(blocks, platform, numbering, lang).map((draft, i) => ({
    index: i + 1,
    role: draft.role,
    text: draft.text,
    length: platform.count(draft.text),
    limit: platform.limit,
    ok: fits(platform, draft.text),
  }));
  return { platform: platform.id, limit: platform.limit, counting: platform.counting, posts };
}

export function composeThreads(article: Article, summary: Summary, options: ThreadOptions): Thread[] {
  const platforms = makePlatforms({ mastodonLimit: options.mastodonLimit });
  return options.platforms.map((id) => threadFor(platforms[id], threadBlocks(article, summary, options, id), options.numbering, article.lang));
}
