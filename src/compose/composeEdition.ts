// compose stage entry: Article + Summary -> Edition (newsletter, threads and brief view models).
import type { CrierConfig } from '../config/defaults.js';
import type { Slot } from '../schedule/planSlots.js';
import type { Edition } from './types.js';
import type { Article } from '../extract/types.js';
import type { Summary } from '../summarize/types.js';
import { composeBrief } from './composeBrief.js';
import { composeNewsletter } from './composeNewsletter.js';
import { slugify } from './slugify.js';
import { stripTracking } from '../text/canonicalUrl.js';
import { tagUrl } from './utm.js';
import { composeThreads } from './thread/composeThreads.js';
import { interfaceLanguage } from '../i18n/languages.js';

export interface ComposeOptions {
  config: CrierConfig;
  /** Edition date (ISO) given by --date or SOURCE_DATE_EPOCH; otherwise the article's date. */
  date?: string;
  /** The posting slot of this edition's threads. */
  schedule?: Slot;
}

/** The keywords without the user's blocked words (config keywords.blocklist). */
function allowedKeywords(keywords: string[], blocklist: string[]): string[] {
  if (!blocklist.length) return keywords;
  const blocked = new Set(blocklist.map((b) => b.replace(/^#/, '').toLocaleLowerCase()));
  return keywords.filter((k) => !blocked.has(k.toLocaleLowerCase()) && !blocked.has(k.replace(/\s+/g, '').toLocaleLowerCase()) && !k.toLocaleLowerCase().split(/\s+/).some((w) => blocked.has(w)));
}

export function composeEdition(article: Article, input: Summary, options: ComposeOptions): Edition {
  const { config } = options;
  const summary = { ...input, keywords: allowedKeywords(input.keywords, config.keywords.blocklist) };
  const slug = slugify(article.title, `article-${article.id}`, article.lang);
  const lang = interfaceLanguage(config.language, article.lang);
  const date = options.date ?? article.publishedAt;
  // The article's address without the tracking it was shared with; then the newsletter's own UTM,
  // per channel: the email's for the email and the brief, each platform's for its posts.
  const clean = article.url ? stripTracking(article.url) : undefined;
  const fill = { slug, ...(date ? { date: date.slice(0, 10) } : {}) };
  const link = clean ? tagUrl(clean, config.utm, config.newsletter.siteUrl, fill) : undefined;
  const urls = clean ? Object.fromEntries(config.platforms.map((p) => [p, tagUrl(clean, config.utm, config.newsletter.siteUrl, fill, { platform: p })])) : undefined;
  const edition: Edition = {
    slug,
    title: summary.headline,
    articles: [article],
    summary,
    newsletter: composeNewsletter(article, summary, config, link),
    threads: composeThreads(article, summary, {
      platforms: config.platforms,
      numbering: config.thread.numbering,
      mastodonLimit: config.thread.mastodonLimit,
      hashtags: config.thread.hashtags,
      linkedinHashtags: config.thread.linkedinHashtags,
      link: config.thread.link,
      blocklist: config.keywords.blocklist,
      lang,
      ...(urls ? { urls } : {}),
    }),
    brief: composeBrief(article, summary, config.brief.style, config.brief.bullets, link, lang),
  };
  if (date) edition.date = date;
  if (options.schedule) edition.schedule = options.schedule;
  return edition;
}
