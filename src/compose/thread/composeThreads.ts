// compose stage for social posts: the summary becomes one thread per platform.
// Threads (X, Bluesky, Mastodon, Threads): a hook (headline + the lead's key fact), the other
// summary sentences and the key quote (whole, or left out), then the link and 0–2 hashtags in the
// last post — or the link in the first post, or in a post of its own right after it (thread.link).
// LinkedIn: one post — a one-line hook, three bullets, the link, up to three hashtags.
import { keepDirection } from '../../i18n/direction.js';
import { directionOf } from '../../i18n/languages.js';
import { t } from '../../i18n/t.js';
import { creditOf } from '../credit.js';
import { genreLabel } from '../genreLabel.js';
import { keyQuote } from '../keyQuote.js';
import { sourceLabel } from '../sourceLabel.js';
import type { PlatformId } from '../../config/choices.js';
import type { Article } from '../../extract/types.js';
import { fits, makePlatforms, type Platform } from '../../platforms/platforms.js';
import type { Post, Thread } from '../../platforms/types.js';
import type { Summary } from '../../summarize/types.js';
import { keywordProblem } from '../../text/keywordProblem.js';
import { danglingOpener } from '../../text/openers.js';
import { hasUnbalancedQuotes } from '../../text/quoteMarks.js';
import { startsMidSentence } from '../../text/startsMidSentence.js';
import { hashtagsFor } from './hashtags.js';
import { hookPost, X_HOOK_TARGET } from './hookPost.js';
import { linkedinBlocks } from './linkedinPost.js';
import { postBudget, splitThread, type Block, type Numbering } from './splitThread.js';

export type LinkPlacement = 'last' | 'first' | 'reply';

export interface ThreadOptions {
  platforms: PlatformId[];
  numbering: Numbering;
  mastodonLimit: number;
  /** Hashtags on X, Bluesky, Mastodon and Threads (at most 2). */
  hashtags: number;
  /** Hashtags on LinkedIn (at most 3; default 3). */
  linkedinHashtags?: number;
  /** Which post carries the link (default last). */
  link?: LinkPlacement;
  /** Words never used as hashtags (brand safety), from config keywords.blocklist. */
  blocklist?: string[];
  /** The article link, if any (the same on every platform). */
  url?: string;
  /** The article link per platform, tagged for that channel (wins over `url`). */
  urls?: Partial<Record<PlatformId, string>>;
  /** The language the posts' own words are in ("Read the full story"); default: the article's. */
  lang?: string;
}

/** At most this many hashtags in a thread, and on LinkedIn. */
export const MAX_THREAD_HASHTAGS = 2;
export const MAX_LINKEDIN_HASHTAGS = 3;

/** How many hashtags a platform takes: 0–2 on threads, up to 3 on LinkedIn. */
function hashtagCount(options: ThreadOptions, platform: PlatformId): number {
  return platform === 'linkedin' ? Math.min(options.linkedinHashtags ?? MAX_LINKEDIN_HASHTAGS, MAX_LINKEDIN_HASHTAGS) : Math.min(options.hashtags, MAX_THREAD_HASHTAGS);
}

/**
 * The article's hashtags, best first (each platform takes as many as it allows): the model's when
 * they pass the keyword rules, else names and key terms; none when no good one exists.
 */
function hashtagsOf(article: Article, summary: Summary, options: ThreadOptions): string[] {
  const max = Math.max(0, ...options.platforms.map((p) => hashtagCount(options, p)));
  if (max <= 0) return [];
  const blocked = new Set((options.blocklist ?? []).map((b) => b.replace(/^#/, '').toLocaleLowerCase()));
  const fromModel = (summary.llm?.hashtags ?? [])
    .map((tag) => (tag.startsWith('#') ? tag : `#${tag}`))
    .filter((tag) => /^#[\p{L}\p{M}\p{N}_]+$/u.test(tag) && !blocked.has(tag.slice(1).toLocaleLowerCase()) && !keywordProblem(tag, article.lang, article.text));
  return fromModel.length ? fromModel.slice(0, max) : hashtagsFor(summary.keywords, summary.headline, article.lang, max, options.blocklist, article.text);
}

/**
 * Sentences a post can print: a summary sentence that is the tail of another ("moment takes
 * place…"), leans on one the reader has not seen ("And…", when no sentence stood alone) or holds
 * half a quotation is left out.
 */
const postable = (sentences: string[], lang: string) => sentences.filter((s) => !startsMidSentence(s) && !danglingOpener(s, lang) && !hasUnbalancedQuotes(s));

/** The headline as a post prints it: an opinion or analysis says so before its claims ("Opinion: …"). */
function labelled(article: Article, summary: Summary, lang: string): string {
  const label = genreLabel(article.genre, summary.headline, lang);
  return label ? t(lang, 'genreHook', { label, headline: summary.headline }) : summary.headline;
}

/** "Read the full story (Bloomberg): https://…", or "Source: Bloomberg" without a link, in `lang`. */
export function linkLine(source: string | undefined, link: string | undefined, lang = 'en'): string | undefined {
  const name = sourceLabel(source);
  if (link) return name ? t(lang, 'readFullStoryLinkFrom', { source: name, url: link }) : t(lang, 'readFullStoryLink', { url: link });
  return name ? t(lang, 'sourceLine', { source: name }) : undefined;
}

/** The key quote, credited in full when that fits a post, else by the speaker's name; else none. */
function quoteParagraph(summary: Summary, lang: string, fitsPost: (text: string) => boolean): string | undefined {
  const quote = keyQuote(summary.quotes, summary.sentences);
  // A quotation that opens on "And…" or "But…" answers something the thread never showed.
  if (!quote?.speaker || danglingOpener(quote.text, lang)) return undefined;
  const quoted = t(lang, 'quote', { text: quote.text });
  return [`${quoted} — ${creditOf(quote)}`, `${quoted} — ${quote.speaker}`].find(fitsPost);
}

/**
 * Arabic or Hebrew posts stay right to left where a paragraph starts with a Latin name, a number or
 * a link: the article's text by the article's direction, crier's own lines by the interface's.
 */
function directed(blocks: Block[], article: Article, lang: string): Block[] {
  const text = directionOf(article.lang);
  const own = directionOf(lang);
  return blocks.map((b) => {
    const dir = b.role === 'cta' ? own : text;
    return dir === 'rtl' ? { ...b, paragraphs: b.paragraphs.map((p) => keepDirection(p, dir)) } : b;
  });
}

function threadBlocks(platform: Platform, article: Article, summary: Summary, options: ThreadOptions, hashtags: string[], posts: number): Block[] {
  const link = options.urls?.[platform.id] ?? options.url ?? article.url;
  const placement = link ? (options.link ?? 'last') : 'last';
  const lang = options.lang ?? article.lang;
  const line = linkLine(article.source, link, lang);
  const tags = hashtags.slice(0, hashtagCount(options, platform.id)).join(' ');
  // Room for the numbering of a thread of `posts` posts ("9/9"), so the hook fits once numbered.
  const budget = postBudget(platform, options.numbering, posts);
  const inFirst = placement === 'first' && link ? link : undefined;
  const withLink = (lines: string[]) => [...lines, ...(inFirst ? [inFirst] : [])];
  const blocks: Block[] = [];
  const modelPosts = summary.llm?.posts?.[platform.id];
  if (modelPosts?.length) {
    // The model's posts, when they passed grounding: crier still counts, splits and numbers them.
    blocks.push({ role: 'hook', paragraphs: withLink(modelPosts.slice(0, 1)) });
    if (placement === 'reply' && line) blocks.push({ role: 'cta', paragraphs: [line] });
    blocks.push({ role: 'body', paragraphs: modelPosts.slice(1), separate: true });
  } else {
    const target = platform.id === 'x' ? X_HOOK_TARGET : budget.room;
    const sentences = postable(summary.sentences, article.lang);
    const hook = hookPost(labelled(article, summary, lang), sentences, (t) => budget.fits(withLink([t]).join('\n\n')), budget, target);
    blocks.push({ role: 'hook', paragraphs: withLink(hook.lines) });
    if (placement === 'reply' && line) blocks.push({ role: 'cta', paragraphs: [line] });
    const body = [...(hook.rest ? [hook.rest] : []), ...sentences.filter((_, i) => !hook.used.includes(i))];
    blocks.push({ role: 'body', paragraphs: body, fit: 'optional' });
    const quote = quoteParagraph(summary, article.lang, budget.fits);
    if (quote) blocks.push({ role: 'body', paragraphs: [quote], fit: 'whole' });
  }
  const closing = [placement === 'last' ? line : undefined, tags].filter((p): p is string => Boolean(p));
  blocks.push({ role: 'cta', paragraphs: closing.length ? [closing.join('\n\n')] : [] });
  return directed(blocks, article, lang);
}

/** The blocks of one platform's posts for an article (LinkedIn: the blocks of its one post). */
export function articleBlocks(platform: Platform, article: Article, summary: Summary, options: ThreadOptions, hashtags = hashtagsOf(article, summary, options), posts = 9): Block[] {
  if (platform.thread) return threadBlocks(platform, article, summary, options, hashtags, posts);
  const link = options.urls?.[platform.id] ?? options.url ?? article.url;
  const lang = options.lang ?? article.lang;
  const closing = [linkLine(article.source, link, lang) ?? '', hashtags.slice(0, hashtagCount(options, platform.id)).join(' ')];
  return directed(linkedinBlocks(platform, labelled(article, summary, lang), postable(summary.bullets, article.lang), closing), article, lang);
}

/** One platform's thread: the blocks split, numbered and counted by that platform's rules. */
export function threadFor(platform: Platform, blocks: Block[], numbering: Numbering, lang?: string, link?: string): Thread {
  const posts: Post[] = splitThread(blocks, platform, numbering, lang).map((draft, i) => ({
    index: i + 1,
    role: draft.role,
    text: draft.text,
    length: platform.count(draft.text),
    limit: platform.limit,
    ok: fits(platform, draft.text),
  }));
  return { platform: platform.id, limit: platform.limit, counting: platform.counting, posts, ...(link ? { link } : {}) };
}

export function composeThreads(article: Article, summary: Summary, options: ThreadOptions): Thread[] {
  const platforms = makePlatforms({ mastodonLimit: options.mastodonLimit });
  const hashtags = hashtagsOf(article, summary, options);
  return options.platforms.map((id) => {
    const link = options.urls?.[id] ?? options.url ?? article.url;
    const thread = threadFor(platforms[id], articleBlocks(platforms[id], article, summary, options, hashtags), options.numbering, article.lang, link);
    // A thread of ten posts or more numbers them "10/12": its hook is chosen again with that room.
    if (thread.posts.length <= 9) return thread;
    return threadFor(platforms[id], articleBlocks(platforms[id], article, summary, options, hashtags, thread.posts.length), options.numbering, article.lang, link);
  });
}
