// The weekly edition's posts. On X, Bluesky, Mastodon and Threads: a hook post for the week, one
// post per story (headline, lede and the story's own link, always together in one post) for up to
// 12 stories, and a closing post. On LinkedIn: one post — a line for the week, the three leading
// stories with their links as bullets, the closing line and up to three hashtags.
import { splitSentences } from '../../analyze/sentences.js';
import { newsletterName } from '../../i18n/newsletterName.js';
import type { CrierConfig } from '../../config/defaults.js';
import type { PlatformId } from '../../config/choices.js';
import { makePlatforms, type Platform } from '../../platforms/platforms.js';
import type { Thread } from '../../platforms/types.js';
import { stripTracking } from '../../text/canonicalUrl.js';
import type { DigestEdition, Story } from '../types.js';
import { hashtagsFor } from '../thread/hashtags.js';
import { linkedinBlocks } from '../thread/linkedinPost.js';
import { MAX_LINKEDIN_HASHTAGS, MAX_THREAD_HASHTAGS, threadFor } from '../thread/composeThreads.js';
import { clauseCuts } from '../thread/cutPoints.js';
import { fitSentence } from '../thread/fitSentence.js';
import { POST_MARKS } from '../thread/postMarks.js';
import { shorterForms } from '../thread/shorterForms.js';
import { postBudget, type Block } from '../thread/splitThread.js';
import { hasUnbalancedQuotes } from '../../text/quoteMarks.js';
import { t } from '../../i18n/t.js';
import { leadingLine } from './introLine.js';
import { tagUrl } from '../utm.js';

/** A weekly thread posts at most this many stories (the newsletter has them all). */
export const WEEKLY_THREAD_STORIES = 12;

type Digest = Omit<DigestEdition, 'threads' | 'brief' | 'preheader'>;

/** Names that more than one story of the week is about: the week's hashtags (none when no story shares one). */
function weekHashtags(stories: Story[], max: number, config: CrierConfig): string[] {
  const counts = new Map<string, { keyword: string; n: number }>();
  for (const story of stories) {
    for (const keyword of new Set(story.summary.keywords.filter((k) => /^\p{Lu}/u.test(k)))) {
      const key = keyword.toLocaleLowerCase();
      counts.set(key, { keyword, n: (counts.get(key)?.n ?? 0) + 1 });
    }
  }
  const shared = [...counts.values()].filter((c) => c.n >= 2).sort((a, b) => b.n - a.n).map((c) => c.keyword);
  const text = stories.map((s) => s.article.text).join('\n\n');
  return hashtagsFor(shared, '', stories[0]?.article.lang ?? 'en', max, config.keywords.blocklist, text);
}

/** The story's link for one platform: clean, then tagged for that channel. */
function storyLink(story: Story, digest: Digest, config: CrierConfig, platform: PlatformId): string | undefined {
  if (!story.article.url) return undefined;
  return tagUrl(stripTracking(story.article.url), config.utm, config.newsletter.siteUrl, { slug: digest.slug, ...(digest.date ? { date: digest.date } : {}) }, { platform });
}

/**
 * Where a sentence may be cut at a word, longest first, leaving at least `min` characters: never
 * inside a name ("Mason | Rudolph"), after a number ("71.6 | million") or after a short word ("to…").
 */
function wordCuts(sentence: string, min: number): number[] {
  const cuts: number[] = [];
  for (const match of sentence.matchAll(/\s+/gu)) {
    const at = match.index ?? 0;
    if (at < min) continue;
    const before = /(\S+)$/u.exec(sentence.slice(0, at))?.[1] ?? '';
    const after = /^\S+/u.exec(sentence.slice(at + match[0].length))?.[0] ?? '';
    if (/^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(after)) continue;
    if (/\p{N}$/u.test(before) || [...before].length <= 3) continue;
    cuts.push(at);
  }
  return cuts.reverse();
}

/**
 * One story's post: its headline, its lede and its link. A lede too long for the post is shortened
 * or cut after a clause ("…"); without room for any of it the post is the headline and the link.
 */
function storyPost(story: Story, link: string | undefined, fitsPost: (text: string) => boolean, platform: Platform): string {
  const post = (headline: string, lede?: string) => [headline, lede, link].filter(Boolean).join('\n\n');
  // The story's first sentence (a model's intro is two or three sentences in one).
  const lede = splitSentences(story.sentences[0] ?? '', story.article.lang)[0];
  if (lede && !hasUnbalancedQuotes(lede)) {
    const forms = [lede, ...shorterForms(lede)];
    const shortest = forms[forms.length - 1] ?? lede;
    const heads = clauseCuts(shortest, 4).map((c) => `${shortest.slice(0, c.headEnd).replace(/[\s,;:—–]+$/u, '')}${POST_MARKS.ellipsis}`).reverse();
    // A lede without a clause to cut at ("The Steelers spent Monday trying to distance themselves
    // from…") is cut at a word, keeping at least 60 characters: the post is never the headline alone.
    const words = wordCuts(shortest, 60).map((end) => `${shortest.slice(0, end).replace(/[\s,;:—–]+$/u, '')}${POST_MARKS.ellipsis}`);
    const fitting = [...forms, ...heads, ...words].find((l) => fitsPost(post(story.headline, l)));
    if (fitting) return post(story.headline, fitting);
  }
  if (fitsPost(post(story.headline))) return post(story.headline);
  // A headline that leaves no room for its link (hundreds of characters) is cut, never the link.
  const cost = (text: string) => platform.count(text);
  const headline = fitSentence(story.headline, { fits: (text) => fitsPost(post(text)), cost, room: platform.limit - (link ? cost(link) + 2 : 0) }, 'required')[0] ?? story.headline;
  return post(headline);
}

/** "The Brief #12 — Week 48, 2026 (…)": the edition's title and its period. */
const weekTitle = (digest: Digest) => (digest.period.label ? `${digest.title} — ${digest.period.label}` : digest.title);

/**
 * "That's the week. More at https://…" (or "…from The Brief." without a site); an edition that is
 * not a week (a period of more than 14 days without --week) says "this edition" instead.
 */
const weekEnd = (config: CrierConfig, lang: string, weekly: boolean) =>
  config.newsletter.siteUrl
    ? t(lang, weekly ? 'weekThreadEndSite' : 'editionThreadEndSite', { url: config.newsletter.siteUrl })
    : t(lang, weekly ? 'weekThreadEnd' : 'editionThreadEnd', { name: newsletterName(config, lang) });
/** "12 stories worth your time this week." (or without "this week" when it is not a week). */
const hookCount = (n: number, lang: string, weekly: boolean) => t(lang, weekly ? 'weekThreadHook' : 'editionThreadHook', { n });

function threadBlocks(digest: Digest, config: CrierConfig, platform: Platform, lang: string, weekly: boolean): Block[] {
  const stories = digest.stories.slice(0, WEEKLY_THREAD_STORIES);
  const budget = postBudget(platform, config.thread.numbering, stories.length + 2);
  const title = weekTitle(digest);
  const count = hookCount(digest.stories.length, lang, weekly);
  const lead = stories[0] ? `${count} ${leadingLine(stories[0].headline, lang)}` : count;
  const hook = [`${title}\n\n${lead}`, `${title}\n\n${count}`, count].find(budget.fits) ?? count;
  const tags = weekHashtags(stories, Math.min(config.thread.hashtags, MAX_THREAD_HASHTAGS), config).join(' ');
  return [
    { role: 'hook', paragraphs: [hook], fit: 'whole' },
    // Each story post is built to fit; were it still too long (a link longer than a post), it is
    // split rather than dropped: a story never loses its link.
    { role: 'body', separate: true, paragraphs: stories.map((s) => storyPost(s, storyLink(s, digest, config, platform.id), budget.fits, platform)) },
    { role: 'cta', apart: true, paragraphs: [[weekEnd(config, lang, weekly), tags].filter(Boolean).join('\n\n')] },
  ];
}

function linkedinPost(digest: Digest, config: CrierConfig, platform: Platform, lang: string, weekly: boolean): Block[] {
  const bullets = digest.stories.map((s) => {
    const link = storyLink(s, digest, config, platform.id);
    return link ? `${s.headline} — ${link}` : s.headline;
  });
  const tags = weekHashtags(digest.stories.slice(0, WEEKLY_THREAD_STORIES), Math.min(config.thread.linkedinHashtags, MAX_LINKEDIN_HASHTAGS), config).join(' ');
  return linkedinBlocks(platform, `${weekTitle(digest)}: ${hookCount(digest.stories.length, lang, weekly)}`, bullets, [weekEnd(config, lang, weekly), tags]);
}

/** `weekly`: the edition covers a week (introLine.ts isWeekly), so its posts may say "this week". */
export function digestThreads(digest: Digest, config: CrierConfig, lang: string, weekly: boolean): Thread[] {
  const platforms = makePlatforms({ mastodonLimit: config.thread.mastodonLimit });
  return config.platforms.map((id) => {
    const platform = platforms[id];
    const blocks = platform.thread ? threadBlocks(digest, config, platform, lang, weekly) : linkedinPost(digest, config, platform, lang, weekly);
    return threadFor(platform, blocks, config.thread.numbering, lang);
  });
}
