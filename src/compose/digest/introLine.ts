// The weekly edition's own opening, offline: how many stories from which outlets, and the story the
// reader meets first. "This week" only when the edition is a week's: a --week, or
// stories spread over at most 14 days — a month's edition says "In this edition".
import { splitSentences } from '../../analyze/sentences.js';
import { conjunction, t } from '../../i18n/t.js';
import type { DateRange } from '../../select/dateRange.js';
import type { Story } from '../types.js';

/** Longer than this is not "this week" (two weeks still read as "this week's" round-up; a month does not). */
export const WEEK_DAYS = 14;

const day = (iso: string | undefined) => (iso ? Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000 : NaN);

/** Is the edition a week's: --week, or a period (given or spanned by the stories) of at most 14 days. */
export function isWeekly(range: DateRange, stories: Pick<Story, 'article'>[]): boolean {
  if (range.week) return true;
  const dates = stories.map((s) => s.article.publishedAt?.slice(0, 10)).filter((d): d is string => Boolean(d)).sort();
  const span = day(range.until ?? dates[dates.length - 1]) - day(range.since ?? dates[0]);
  return Number.isNaN(span) || span <= WEEK_DAYS;
}

/**
 * "Leading: {headline}." — a headline that ends on its own mark keeps it and the line takes no second
 * one ("Top-Thema: Wie kann ich schnell abnehmen?", not "…abnehmen?."; "informiert…", not "informiert….").
 */
export function leadingLine(headline: string, lang: string): string {
  return t(lang, 'weekLeading', { headline: headline.replace(/\.$/, '') }).replace(/([?!…])\s*[.。]$/u, '$1');
}

/** "4 stories from A and B", or "4 stories, 3 from A" when not every story names its source. */
function countOf(stories: Story[], lang: string): string {
  const count = t(lang, 'storyCount', { n: stories.length });
  // A story credits its own outlets only: one without a source is never counted as another's.
  const sourced = stories.filter((s) => s.sources.length > 0);
  const sources = [...new Set(sourced.flatMap((s) => s.sources))];
  if (sources.length === 0) return count;
  const names = conjunction(lang, sources.length > 3 ? [...sources.slice(0, 3), t(lang, 'andMore', { n: sources.length - 3 })] : sources);
  return sourced.length === stories.length ? t(lang, 'storiesFrom', { count, sources: names, n: stories.length }) : t(lang, 'storiesPartlyFrom', { count, sources: names, n: sourced.length });
}

export function introOf(stories: Story[], lang: string, weekly: boolean): string {
  // "Leading" is the story the reader meets first in the contents (after sections, if any). The
  // others are not listed here: the contents right below list every headline.
  const [lead] = stories;
  const parts = [t(lang, weekly ? 'weekIntro' : 'editionIntro', { count: countOf(stories, lang) })];
  if (lead) parts.push(leadingLine(lead.headline, lang));
  // Chinese and Japanese sentences end in "。" and take no space after it.
  return parts.join(/[。！？]$/.test(parts[0] ?? '') ? '' : ' ');
}

/** The first sentence of the intro (and the next, when the first is too short for an inbox list). */
export function firstSentences(intro: string, lang: string, min: number): string {
  const sentences = splitSentences(intro, lang);
  let out = '';
  for (const sentence of sentences) {
    out = out ? `${out}${/[。！？]$/.test(out) ? '' : ' '}${sentence}` : sentence;
    if ([...out].length >= min) break;
  }
  return out || intro;
}
