// Posting slots for scheduling by hand: --schedule-start "2026-12-01 09:00" --every 2h --tz Europe/Helsinki.
// Each edition's thread is one slot (all its posts, on every platform, go out together); editions
// of one run get consecutive slots in input order.
import type { Duration as DurationType } from 'luxon';
import type * as Luxon from 'luxon';
import { lazy } from '../lazy.js';
import { CrierError } from '../errors.js';

export interface ScheduleOptions {
  start: string;
  every?: string;
  tz?: string;
}

export interface Slot {
  /** Local wall-clock date and time in the slot's zone. */
  date: string;
  time: string;
  tz: string;
  /** The same instant in UTC, ISO 8601. */
  utc: string;
  /** Set when the wall-clock time does not exist in the zone (a DST gap) and the slot was moved. */
  warning?: string;
}

const EVERY = /^(\d+)\s*(m|min|h|d|w)$/i;
/** A posting interval longer than a year is a typo, and would run the calendar past 9999. */
const MAX_EVERY = { minutes: 525_600, hours: 8_760, days: 365, weeks: 52 } as const;
/** Minutes of the calendar event (schedule.ics); it too must end by the year 9999. */
export const EVENT_MINUTES = 15;
const FORMAT = 'yyyy-MM-dd HH:mm';

export function parseEvery(every: string): DurationType {
  const { Duration } = lazy<typeof Luxon>('luxon');
  const match = EVERY.exec(every.trim());
  if (!match?.[1] || !match[2]) {
    throw new CrierError('USAGE', `--every "${every}" is not an interval`, { hint: 'use minutes, hours, days or weeks: 90m, 2h, 1d, 1w' });
  }
  const n = Number(match[1]);
  const unit = match[2].toLowerCase();
  if (n === 0) throw new CrierError('USAGE', '--every must be more than 0', { hint: 'e.g. --every 2h' });
  const key = unit.startsWith('m') ? 'minutes' : unit === 'h' ? 'hours' : unit === 'd' ? 'days' : 'weeks';
  if (n > MAX_EVERY[key]) {
    throw new CrierError('USAGE', `--every "${every}" is more than a year`, { hint: `use at most ${MAX_EVERY.weeks}w, ${MAX_EVERY.days}d or ${MAX_EVERY.hours}h` });
  }
  return Duration.fromObject({ [key]: n });
}

export function planSlots(options: ScheduleOptions, count: number): Slot[] {
  const { DateTime, Duration } = lazy<typeof Luxon>('luxon');
  const tz = options.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!DateTime.local().setZone(tz).isValid) {
    throw new CrierError('USAGE', `--tz "${tz}" is not a time zone`, { hint: 'use an IANA name such as Europe/Helsinki or America/New_York' });
  }
  const input = options.start.trim().replace('T', ' ');
  const start = DateTime.fromFormat(input, FORMAT, { zone: tz });
  // The same wall-clock fields without a zone: what the user asked for, before any DST move.
  const requested = DateTime.fromFormat(input, FORMAT, { zone: 'utc' });
  if (!start.isValid) {
    throw new CrierError('USAGE', `--schedule-start "${options.start}" is not a date and time`, { hint: 'use "YYYY-MM-DD HH:MM", e.g. "2026-12-01 09:00"' });
  }
  const every = parseEvery(options.every ?? '1d');
  return Array.from({ length: count }, (_, i) => {
    // Hours and minutes are exact durations; days and weeks keep the wall-clock time across DST.
    const steps = Object.fromEntries(Object.entries(every.toObject()).map(([k, v]) => [k, (v ?? 0) * i]));
    const at = start.plus(Duration.fromObject(steps));
    const end = at.plus({ minutes: EVENT_MINUTES });
    // A four-digit year is what iCalendar and the CSV dates can hold, in local time and in UTC.
    if (!end.isValid || end.year > 9999 || end.toUTC().year > 9999) {
      const which = i === 0 ? `--schedule-start "${options.start}"` : `--schedule-start "${options.start}" with --every ${options.every ?? '1d'} for ${count} editions`;
      throw new CrierError('USAGE', `${which} goes past the year 9999`, { hint: 'choose an earlier start or a shorter --every' });
    }
    const slot: Slot = { date: at.toFormat('yyyy-MM-dd'), time: at.toFormat('HH:mm'), tz, utc: at.toUTC().toISO({ suppressMilliseconds: true }) ?? '' };
    // Luxon moves a time in a DST gap forward (02:30 on the spring-forward day is 03:30): say so.
    // Days and weeks ask for the same wall-clock time every time; hours and minutes are exact.
    const wanted = i === 0 || 'days' in steps || 'weeks' in steps ? requested.plus({ days: steps.days ?? 0, weeks: steps.weeks ?? 0 }).toFormat(FORMAT) : undefined;
    if (wanted && wanted !== `${slot.date} ${slot.time}`) {
      slot.warning = `schedule: ${wanted} does not exist in ${tz} (the clocks go forward then); the slot is at ${slot.date} ${slot.time} instead`;
    }
    return slot;
  });
}
