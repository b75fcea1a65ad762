// select stage of the weekly edition: from every input read, the stories of the edition. Keeps the
// period, drops duplicates, orders (newest first, or as given) and stops at --max; every input left
// out is a skip with its reason, in the order a user reads them: inputs in the order given (unread or
// outside the period), then duplicates, then those over --max.
import { CrierError } from '../errors.js';
import type { Article } from '../extract/types.js';
import { warning, type Warning } from '../warnings.js';
import { inRange, type DateRange } from './dateRange.js';
import { dedupe } from './dedupe.js';

/** One input as read: its article, or the error that says why it could not be read. */
export type ReadInput = { input: string; article: Article } | { input: string; error: CrierError };

export interface SelectOptions {
  range: DateRange;
  order?: 'date' | 'given';
  max?: number;
}

export interface Selection {
  stories: Article[];
  /** Inputs left out: code, input, and the reason as the message. */
  skipped: Warning[];
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
    else if (item.article.publishedAt && !inRange(item.article.publishedAt, range)) {
      skipped.push(warning('out-of-period', item.input, `dated ${item.article.publishedAt.slice(0, 10)}, outside ${periodLabel(range)}`));
    } else articles.push(item.article);
  }
  const { kept, dropped } = dedupe(articles);
  for (const d of dropped) skipped.push(warning('duplicate', d.article.inputPath, `duplicate of ${d.duplicateOf.inputPath} (${d.reason})`));
  const ordered = options.order === 'given' ? kept : [...kept].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
  const stories = options.max ? ordered.slice(0, options.max) : ordered;
  for (const a of ordered.slice(stories.length)) skipped.push(warning('over-max', a.inputPath, `over --max ${options.max}`));
  return { stories, skipped };
}

/** An edition with no story at all is a failure, said in one line. */
export function noStories(range: DateRange, skipped: number): CrierError {
  const period = range.week ?? (range.since || range.until ? periodLabel(range) : 'this edition');
  return new CrierError('NO_ARTICLES', `No articles for ${period}${skipped ? ` (${skipped} skipped)` : ''}`, {
    hint: 'check the folders and the --week / --since / --until dates',
  });
}
