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
}

const EVERY = /^(\d+)\s*(m|min|h|d|w)$/i;

export function parseEvery(every: string): DurationType {
  const { Duration } = lazy<typeof Luxon>('luxon');
  const match = EVERY.exec(every.trim());
  if (!match?.[1] || !match[2]) {
    throw new CrierError('USAGE', `--every "${every}" is not an interval`, { hint: 'use minutes, hours, days or weeks: 90m, 2h, 1d, 1w' });
  }
  const n = Number(match[1]);
  const unit = match[2].toLowerCase();
  if (n === 0) throw new CrierError('USAGE', '--every must be more than 0', { hint: 'e.g. --every 2h' });
  return Duration.fromObject(unit.startsWith('m') ? { minutes: n } : unit === 'h' ? { hours: n } : unit === 'd' ? { days: n } : { weeks: n });
}

export function planSlots(options: ScheduleOptions, count: number): Slot[] {
  const { DateTime, Duration } = lazy<typeof Luxon>('luxon');
  const tz = options.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!DateTime.local().setZone(tz).isValid) {
    throw new CrierError('USAGE', `--tz "${tz}" is not a time zone`, { hint: 'use an IANA name such as Europe/Helsinki or America/New_York' });
  }
  const start = DateTime.fromFormat(options.start.trim().replace('T', ' '), 'yyyy-MM-dd HH:mm', { zone: tz });
  if (!start.isValid) {
    throw new CrierError('USAGE', `--schedule-start "${options.start}" is not a date and time`, { hint: 'use "YYYY-MM-DD HH:MM", e.g. "2026-12-01 09:00"' });
  }
  const every = parseEvery(options.every ?? '1d');
  return Array.from({ length: count }, (_, i) => {
    // Hours and minutes are exact durations; days and weeks keep the wall-clock time across DST.
    const at = start.plus(Duration.fromObject(Object.fromEntries(Object.entries(every.toObject()).map(([k, v]) => [k, (v ?? 0) * i]))));
    return { date: at.toFormat('yyyy-MM-dd'), time: at.toFormat('HH:mm'), tz, utc: at.toUTC().toISO({ suppressMilliseconds: true }) ?? '' };
  });
}
