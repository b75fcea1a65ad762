// compose stage of the weekly edition: stories (article + summary) -> DigestEdition. Offline, the
// intro is built from the stories themselves; "the big picture" is the story the others relate to
// most (mean TF-IDF similarity of their summaries).
import type { CrierConfig } from '../../config/defaults.js';
import { cosine, similarityToOthers, terms, tfidfVectors } from '../../text/vectors.js';
import type { DigestEdition, Story } from '../types.js';
import type { Article } from '../../extract/types.js';
import type { Summary } from '../../summarize/types.js';
import { interfaceLanguage, mostCommonLanguage } from '../../i18n/languages.js';
import { conjunction, t } from '../../i18n/t.js';
import { formatDate, formatDateRange } from '../formatDate.js';
import { clip, PREHEADER_MAX } from '../preheader.js';
import { digestBrief } from './digestBrief.js';
import { keyQuote } from '../keyQuote.js';
import { slugify } from '../slugify.js';
import { stripTracking } from '../../text/canonicalUrl.js';
import { tagUrl } from '../utm.js';
import type { DateRange } from '../../select/dateRange.js';
import { digestThreads } from './digestThreads.js';

export interface DigestOptions {
  config: CrierConfig;
  title?: string;
  edition?: number;
  range: DateRange;
  date?: string;
  /** The week's intro written by a model (grounded); otherwise one is built from the stories. */
  intro?: string;
}

const STORY_SENTENCES = 3;

function storyOf(index: number, article: Article, summary: Summary, options: DigestOptions, slug: string, lang: string): Story {
  const { config } = options;
  const story: Story = {
    index,
    anchor: `story-${index + 1}`,
    article,
    summary,
    headline: summary.headline,
    sentences: summary.llm?.intro ? [summary.llm.intro] : summary.sentences.slice(0, STORY_SENTENCES),
  };
  if (article.source) story.source = article.source;
  const date = formatDate(article.publishedAt, lang);
  if (date) story.date = date;
  // A quote is shown only when it is strong: a named speaker and a whole thought of 8-40 words.
  const quote = keyQuote(summary.quotes, story.sentences);
  const words = quote?.text.split(/\s+/).length ?? 0;
  if (quote && words >= 8 && words <= 40) story.quote = quote;
  if (article.url) story.url = tagUrl(stripTracking(article.url), config.utm, config.newsletter.siteUrl, { slug, ...(options.date ? { date: options.date } : {}) });
  return story;
}

function bigPicture(stories: Story[]): DigestEdition['bigPicture'] {
  if (stories.length < 3) return undefined;
  const vectors = tfidfVectors(stories.map((s) => terms(`${s.headline} ${s.summary.sentences.join(' ')}`)));
  let best = -1;
  let bestScore = 0;
  similarityToOthers(vectors).forEach((sum, i) => {
    const score = sum / (vectors.length - 1);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  const story = stories[best];
  if (!story) return undefined;
  const center = vectors[best];
  const related = center ? vectors.filter((w, j) => j !== best && cosine(center, w) >= 0.05).length : 0;
  // A week of unrelated stories has no big picture; say nothing rather than something forced.
  if (related < Math.max(2, Math.ceil((stories.length - 1) / 3))) return undefined;
  return { index: best, headline: story.headline, related };
}

function periodOf(range: DateRange, stories: Story[], lang: string): DigestEdition['period'] {
  const dates = stories.map((s) => s.article.publishedAt?.slice(0, 10)).filter((d): d is string => Boolean(d)).sort();
  const from = range.since ?? dates[0];
  const to = range.until ?? dates[dates.length - 1];
  const shown = formatDateRange(from, to, lang) ?? '';
  const week = range.week ? t(lang, 'week', { week: Number(range.week.split('W')[1]), year: Number(range.week.slice(0, 4)) }) : '';
  const label = week ? `${week}${from && to ? ` (${shown})` : ''}` : shown;
  const period: DigestEdition['period'] = { label };
  if (from) period.from = from;
  if (to) period.to = to;
  return period;
}

/** "4 stories from A and B", or "4 stories, 3 from A" when not every story names its source. */
function countOf(stories: Story[], lang: string): string {
  const count = t(lang, 'storyCount', { n: stories.length });
  const sourced = stories.filter((s) => s.source);
  const sources = [...new Set(sourced.map((s) => s.source ?? ''))];
  if (sources.length === 0) return count;
  const names = conjunction(lang, sources.length > 3 ? [...sources.slice(0, 3), t(lang, 'andMore', { n: sources.length - 3 })] : sources);
  return sourced.length === stories.length ? t(lang, 'storiesFrom', { count, sources: names, n: stories.length }) : t(lang, 'storiesPartlyFrom', { count, sources: names, n: sourced.length });
}

function introOf(stories: Story[], lang: string): string {
  // "Leading" is the story the reader meets first in the contents; the next two follow.
  const [lead, ...others] = stories;
  const also = others.slice(0, 2).map((s) => s.headline);
  const parts = [t(lang, 'weekIntro', { count: countOf(stories, lang) })];
  if (lead) parts.push(t(lang, 'weekLeading', { headline: lead.headline }));
  if (also.length) parts.push(t(lang, 'weekAlso', { headlines: also.join(t(lang, 'headlineSeparator')) }));
  // Chinese and Japanese sentences end in "。" and take no space after it.
  return parts.join(/[。！？]$/.test(parts[0] ?? '') ? '' : ' ');
}

export function composeDigest(items: { article: Article; summary: Summary }[], options: DigestOptions): DigestEdition {
  const { config } = options;
  // One language for the whole edition: --lang / config language, else the one most stories are in.
  const lang = interfaceLanguage(config.language, mostCommonLanguage(items.map((i) => i.article.lang)));
  const title = options.title ?? `${config.newsletter.name}${options.edition ? ` #${options.edition}` : ''}${options.range.week ? ` — ${options.range.week}` : ''}`;
  const newest = items.map((i) => i.article.publishedAt?.slice(0, 10) ?? '').sort().pop();
  const slug = slugify(options.title ?? `${config.newsletter.name} ${options.edition ? `${options.edition} ` : ''}${options.range.week ?? options.range.until ?? options.date ?? (newest || 'weekly')}`, 'weekly');
  const stories = items.map(({ article, summary }, i) => storyOf(i, article, summary, options, slug, lang));
  const big = bigPicture(stories);
  const base = {
    slug,
    title,
    period: periodOf(options.range, stories, lang),
    intro: options.intro ?? introOf(stories, lang),
    lang,
    stories,
    ...(options.edition !== undefined ? { edition: options.edition } : {}),
    ...(options.date ? { date: options.date } : {}),
    ...(big ? { bigPicture: big } : {}),
  };
  return { ...base, preheader: clip(base.intro, PREHEADER_MAX), threads: digestThreads(base, config, lang), brief: digestBrief(base) };
}
