// The period of a weekly edition: --week 2026-W48 (ISO week, Monday to Sunday), or --since/--until.
import { DateTime } from 'luxon';
import { CrierError } from '../errors.js';

export interface DateRange {
  /** Inclusive, YYYY-MM-DD. */
  since?: string;
  until?: string;
  /** "2026-W48" when the range came from --week. */
  week?: string;
}

function day(value: string, flag: string): string {
  const d = DateTime.fromISO(value, { zone: 'utc' });
  if (!d.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new CrierError('USAGE', `${flag} "${value}" is not a date`, { hint: 'use YYYY-MM-DD' });
  return value;
}

export function parseRange(options: { week?: string; since?: string; until?: string }): DateRange {
  if (options.week) {
    if (options.since || options.until) throw new CrierError('USAGE', '--week cannot be combined with --since or --until', { hint: 'use one or the other' });
    const match = /^(\d{4})-?W(\d{1,2})$/i.exec(options.week.trim());
    if (!match) throw new CrierError('USAGE', `--week "${options.week}" is not an ISO week`, { hint: 'use YYYY-Www, e.g. --week 2026-W48' });
    const [year, week] = [Number(match[1]), Number(match[2])];
    // ISO years have 52 or 53 weeks; "2025-W53" deserves the year's real count, not "not a week".
    const weeks = DateTime.fromObject({ weekYear: year, weekNumber: 1 }, { zone: 'utc' }).weeksInWeekYear;
    if (week < 1 || week > weeks) {
      throw new CrierError('USAGE', `--week ${options.week}: ${year} has ${weeks} ISO weeks`, { hint: `use ${year}-W01 to ${year}-W${weeks}` });
    }
    const start = DateTime.fromObject({ weekYear: year, weekNumber: week, weekday: 1 }, { zone: 'utc' });
    return { since: start.toISODate() ?? '', until: start.plus({ days: 6 }).toISODate() ?? '', week: `${match[1]}-W${String(Number(match[2])).padStart(2, '0')}` };
  }
  const range: DateRange = {};
  if (options.since) range.since = day(options.since, '--since');
  if (options.until) range.until = day(options.until, '--until');
  if (range.since && range.until && range.since > range.until) throw new CrierError('USAGE', `--since ${range.since} is after --until ${range.until}`, { hint: 'swap them' });
  return range;
}

export function inRange(date: string, range: DateRange): boolean {
  const d = date.slice(0, 10);
  return (!range.since || d >= range.since) && (!range.until || d <= range.until);
}
