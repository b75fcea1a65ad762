// select stage of the weekly edition: from every input read, the stories of the edition. Keeps the
// period, drops duplicates and stories an earlier edition already ran, merges articles about one
// event into one story, orders (newest first, or as given) and stops at --max; every input left out
// is a skip with its reason, in the order a user reads them: inputs in the order given (unread or
// outside the period), then duplicates, then those already sent, then those over --max.
import { placingDate } from './fileDate.js';
import { CrierError } from '../errors.js';
import type { Article } from '../extract/types.js';
import { warning, type Warning } from '../warnings.js';
import { ranIn, type SentStories } from './alreadySent.js';
import { inRange, type DateRange } from './dateRange.js';
import { dedupe } from './dedupe.js';
import { mergeSameEvents, type MergedArticle, type StoryPick } from './sameEvent.js';

export type { MergedArticle, StoryPick };

/**
 * One input as read: its article, the error that says why it could not be read, or (a feed item)
 * the date its feed gives it when that is outside the period and it was not fetched.
 */
export type ReadInput = { input: string; article: Article } | { input: string; error: CrierError } | { input: string; outside: string };

export interface SelectOptions {
  range: DateRange;
  order?: 'date' | 'given';
  max?: number;
  /** Stories earlier editions in the output folder ran (left out unless `--repeat`). */
  sent?: SentStories;
}

export interface Selection {
  /** The stories, in the edition's order: each an article and the other outlets' articles merged into it. */
  stories: StoryPick[];
  /** Inputs left out: code, input, and the reason as the message. */
  skipped: Warning[];
  /** Articles merged into another outlet's story about the same event. */
  merged: MergedArticle[];
}

export function periodLabel(range: DateRange): string {
  return range.week ?? `${range.since ?? '…'} – ${range.until ?? '…'}`;
}

export function selectStories(read: ReadInput[], options: SelectOptions): Selection {
  const { range } = options;
  const skipped: Warning[] = [];
  const articles: Article[] = [];
  for (const item of read) {
    if ('error' in item) skipped.push(warning('unreadable', item.input, item.error.toLine()));
    else if ('outside' in item) skipped.push(warning('out-of-period', item.input, `dated ${item.outside.slice(0, 10)}, outside ${periodLabel(range)}`));
    else if (placingDate(item.article) && !inRange(placingDate(item.article) ?? '', range)) {
      skipped.push(warning('out-of-period', item.input, `dated ${(placingDate(item.article) ?? '').slice(0, 10)}, outside ${periodLabel(range)}`));
    } else articles.push(item.article);
  }
  const { kept, dropped } = dedupe(articles);
  for (const d of dropped) skipped.push(warning('duplicate', d.article.inputPath, `duplicate of ${d.duplicateOf.inputPath} (${d.reason})`));
  const fresh: Article[] = [];
  for (const article of kept) {
    const ran = options.sent?.find(article);
    if (ran) skipped.push(warning('already-sent', article.inputPath, `already in ${ranIn(ran)}`));
    else fresh.push(article);
  }
  const { picks, merged } = mergeSameEvents(fresh);
  const ordered = options.order === 'given' ? picks : [...picks].sort((a, b) => (placingDate(b.article) ?? '').localeCompare(placingDate(a.article) ?? ''));
  const stories = options.max ? ordered.slice(0, options.max) : ordered;
  for (const p of ordered.slice(stories.length)) for (const a of [p.article, ...p.also]) skipped.push(warning('over-max', a.inputPath, `over --max ${options.max}`));
  const shown = new Set(stories.flatMap((p) => [p.article, ...p.also]));
  return { stories, skipped, merged: merged.filter((m) => shown.has(m.article)) };
}

/** An edition with no story at all is a failure, said in one line. */
export function noStories(range: DateRange, skipped: Warning[]): CrierError {
  const period = range.week ?? (range.since || range.until ? periodLabel(range) : 'this edition');
  const sent = skipped.some((s) => s.code === 'already-sent');
  return new CrierError('NO_ARTICLES', `No articles for ${period}${skipped.length ? ` (${skipped.length} skipped)` : ''}`, {
    hint: sent ? 'every story ran in an earlier edition: add --repeat to run them again, or give --edition N to rebuild edition N' : 'check the folders and the --week / --since / --until dates',
  });
}
