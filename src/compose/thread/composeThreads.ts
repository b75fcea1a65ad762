// compose stage for social posts: the summary becomes one thread per platform.
// Hook = headline + the strongest sentence; body = the other summary sentences and the key quote;
// last post = the link to the article and the hashtags.
import { toHashtag } from '../../analyze/keywords.js';
import { keyQuote } from '../keyQuote.js';
import type { Article, PlatformId, Post, Summary, Thread } from '../../types.js';
import { fits, makePlatforms } from './platforms.js';
import { splitThread, type Block, type Numbering } from './splitThread.js';

export interface ThreadOptions {
  platforms: PlatformId[];
  numbering: Numbering;
  mastodonLimit: number;
  hashtags: number;
  /** The article link after UTM tagging, if any. */
  url?: string;
}

export function threadBlocks(article: Article, summary: Summary, options: ThreadOptions): Block[] {
  const [first, ...rest] = summary.sentences;
  const hook: Block = { role: 'hook', paragraphs: [summary.headline, first ?? ''].filter(Boolean) };
  const body: Block = { role: 'body', paragraphs: [...rest] };
  const quote = keyQuote(summary.quotes, summary.sentences);
  if (quote?.speaker) body.paragraphs.push(`“${quote.text}” — ${quote.speaker}`);
  const tags = summary.keywords
    .map(toHashtag)
    .filter((t): t is string => t !== undefined)
    .slice(0, options.hashtags);
  const link = options.url ?? article.url;
  const cta: string[] = [];
  if (link) cta.push(`Read the full story${article.source ? ` (${article.source})` : ''}: ${link}`);
  else if (article.source) cta.push(`Source: ${article.source}`);
  const ctaLine = [...cta, tags.join(' ')].filter(Boolean).join('\n\n');
  return [hook, body, { role: 'cta', paragraphs: ctaLine ? [ctaLine] : [] }];
}

export function composeThreads(article: Article, summary: Summary, options: ThreadOptions): Thread[] {
  const platforms = makePlatforms({ mastodonLimit: options.mastodonLimit });
  const blocks = threadBlocks(article, summary, options);
  return options.platforms.map((id) => {
    const platform = platforms[id];
    const drafts = splitThread(blocks, platform, options.numbering, article.lang);
    const posts: Post[] = drafts.map((draft, i) => ({
      index: i + 1,
      role: draft.role,
      text: draft.text,
      length: platform.count(draft.text),
      limit: platform.limit,
      ok: fits(platform, draft.text),
    }));
    return { platform: id, limit: platform.limit, counting: platform.counting, posts };
  });
}
