// The period an edition covers, as a key kept in its manifest.json: running the same period again
// rebuilds that edition (select/alreadySent.ts) rather than starting a new one.
import type { DateRange } from './dateRange.js';
import { placingDate } from './fileDate.js';
import type { ReadInput } from './selectStories.js';

/**
 * What makes a re-run the same edition: the period (--week, --since/--until), else the edition date
 * (--date), else the days the articles given span. A re-run rebuilds it (its number and its stories)
 * instead of starting a new one whose stories were all "already sent".
 */
export function editionPeriod(range: DateRange, date: string | undefined, read: ReadInput[]): { period?: string } {
  if (range.week) return { period: range.week };
  if (range.since || range.until) return { period: `${range.since ?? ''}..${range.until ?? ''}` };
  if (date) return { period: `date:${date}` };
  const days = read.flatMap((r) => ('article' in r && placingDate(r.article) ? [(placingDate(r.article) ?? '').slice(0, 10)] : [])).sort();
  return days.length ? { period: `dates:${days[0]}..${days[days.length - 1]}` } : {};
}
