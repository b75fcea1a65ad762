// compose stage of the weekly edition: stories (article + the outlets merged into it + summary) ->
// DigestEdition. With six stories or more they are grouped under topic headings (sections.ts); the
// subject line is the top headlines (subjectLine.ts); offline, the intro is built from the stories
// themselves (introLine.ts) and "the big picture" says what recurs across them (bigPicture.ts).
import { newsletterName } from '../../i18n/newsletterName.js';
import type { CrierConfig } from '../../config/defaults.js';
import type { DigestEdition, DigestSection, Story } from '../types.js';
import type { Article } from '../../extract/types.js';
import type { Summary } from '../../summarize/types.js';
import { interfaceLanguage, mostCommonLanguage } from '../../i18n/languages.js';
import { listOf, t } from '../../i18n/t.js';
import { formatDate, formatDateRange } from '../formatDate.js';
import { clip, PREHEADER_MAX, PREHEADER_MIN } from '../preheader.js';
import { digestBrief } from './digestBrief.js';
import { keyQuote } from '../keyQuote.js';
import { slugify } from '../slugify.js';
import { stripTracking } from '../../text/canonicalUrl.js';
import { staleTime } from '../../text/staleTime.js';
import { tagUrl } from '../utm.js';
import type { DateRange } from '../../select/dateRange.js';
import { digestThreads } from './digestThreads.js';
import { bigPicture } from './bigPicture.js';
import { firstSentences, introOf, isWeekly } from './introLine.js';
import { groupByTopic } from './sections.js';
import { subjectLine } from './subjectLine.js';
import { thumbnailOf } from './thumbnail.js';

export interface DigestOptions {
  config: CrierConfig;
  title?: string;
  edition?: number;
  range: DateRange;
  date?: string;
  /** The week's intro written by a model (grounded); otherwise one is built from the stories. */
  intro?: string;
  /** Group six stories or more under topic headings (default true; `--sections off`). */
  sections?: boolean;
  /** `--order given`: the sections follow the editor's order (the first story's section first). */
  givenOrder?: boolean;
}

/** One story as select/ and summarize/ leave it: the article shown, the outlets merged into it, its summary. */
export interface DigestItem {
  article: Article;
  also?: Article[];
  summary: Summary;
}

const STORY_SENTENCES = 3;

/** A weekly edition is read days after the articles: "yesterday" and "last night" are left out when the story says more. */
function lastingSentences(sentences: string[], lang: string): string[] {
  const lasting = sentences.filter((s) => !staleTime(s, lang));
  return lasting.length ? lasting : sentences;
}

function storyOf(index: number, item: DigestItem, options: DigestOptions, slug: string, lang: string): Story {
  const { config } = options;
  const { article, summary } = item;
  const also = item.also ?? [];
  const sources = [...new Set([article, ...also].map((a) => a.source).filter((s): s is string => Boolean(s)))];
  const story: Story = {
    index,
    anchor: `story-${index + 1}`,
    article,
    also,
    summary,
    headline: summary.headline,
    sources,
    sentences: summary.llm?.intro ? [summary.llm.intro] : lastingSentences(summary.sentences.slice(0, STORY_SENTENCES), article.lang),
  };
  if (sources.length) story.source = listOf(lang, sources);
  const date = formatDate(article.publishedAt, lang);
  if (date) story.date = date;
  // A quote is shown only when it is strong: a named speaker and a whole thought of 8-40 words.
  const quote = keyQuote(summary.quotes, story.sentences);
  const words = quote?.text.split(/\s+/).length ?? 0;
  if (quote && words >= 8 && words <= 40) story.quote = quote;
  if (article.url) story.url = tagUrl(stripTracking(article.url), config.utm, config.newsletter.siteUrl, { slug, ...(options.date ? { date: options.date } : {}) });
  const image = thumbnailOf(article);
  if (image) story.image = image;
  return story;
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

export function composeDigest(items: DigestItem[], options: DigestOptions): DigestEdition {
  const { config } = options;
  // One language for the whole edition: --lang / config language, else the one most stories are in.
  const lang = interfaceLanguage(config.language, mostCommonLanguage(items.map((i) => i.article.lang)));
  const name = newsletterName(config, lang);
  const title = options.title ?? `${name}${options.edition ? ` #${options.edition}` : ''}${options.range.week ? ` — ${options.range.week}` : ''}`;
  // The folder's date: the newest story's, or the day its file was saved when no story is dated.
  const newest = items.map((i) => (i.article.publishedAt ?? i.article.fileDate)?.slice(0, 10) ?? '').sort().pop();
  const slug = slugify(options.title ?? `${name} ${options.edition ? `${options.edition} ` : ''}${options.range.week ?? options.range.until ?? options.date ?? (newest || 'weekly')}`, 'weekly');
  // Reading order: section by section when there are sections, so "Leading" is the story read first.
  const grouped = groupByTopic(items, lang, options.sections !== false, options.givenOrder === true);
  const stories = grouped.items.map((item, i) => storyOf(i, item, options, slug, lang));
  let next = 0;
  const sections: DigestSection[] | undefined = grouped.sections?.map((s) => {
    const under = stories.slice(next, next + s.count);
    for (const story of under) story.topic = s.heading;
    next += s.count;
    return { topic: s.topic, heading: s.heading, stories: under.map((story) => story.index) };
  });
  const big = bigPicture(stories, lang, name);
  const weekly = isWeekly(options.range, stories);
  const intro = options.intro ?? introOf(stories, lang, weekly);
  const base = {
    slug,
    name,
    title,
    subject: options.title ?? (subjectLine(stories.map((s) => s.headline)) || title),
    period: periodOf(options.range, stories, lang),
    intro,
    lang,
    stories,
    ...(sections ? { sections } : {}),
    ...(options.edition !== undefined ? { edition: options.edition } : {}),
    ...(options.date ? { date: options.date } : {}),
    ...(big ? { bigPicture: { sentences: big } } : {}),
  };
  return { ...base, preheader: clip(firstSentences(intro, lang, PREHEADER_MIN), PREHEADER_MAX), threads: digestThreads(base, config, lang, weekly), brief: digestBrief(base) };
}
