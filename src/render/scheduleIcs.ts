// schedule.ics: one calendar event per slot with a reminder, RFC 5545 (CRLF, folded lines, UID,
// DTSTAMP, TZID with its VTIMEZONE), built with ical-generator.
import type * as Timezones from '@touch4it/ical-timezones';
import type * as IcalGenerator from 'ical-generator';
import type * as Luxon from 'luxon';
import { lazy } from '../lazy.js';
import type { Thread } from '../platforms/types.js';
import type { Slot } from '../schedule/planSlots.js';

const NAMES: Record<string, string> = { x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon', threads: 'Threads', linkedin: 'LinkedIn' };

export function scheduleIcs(slot: Slot, threads: Thread[], title: string, slug: string, link: string | undefined): string {
  const { getVtimezoneComponent } = lazy<typeof Timezones>('@touch4it/ical-timezones');
  const { default: ical, ICalAlarmType } = lazy<typeof IcalGenerator>('ical-generator');
  const { DateTime } = lazy<typeof Luxon>('luxon');
  const calendar = ical({ prodId: { company: 'crier', product: 'crier', language: 'EN' }, name: `crier: ${title}` });
  calendar.timezone({ name: slot.tz, generator: getVtimezoneComponent });
  const start = DateTime.fromISO(slot.utc, { zone: 'utc' }).setZone(slot.tz);
  const platforms = threads.map((t) => NAMES[t.platform] ?? t.platform).join(', ');
  const description = [
    `Post "${title}" on ${platforms}.`,
    ...threads.map((t) => `${NAMES[t.platform] ?? t.platform}: ${t.posts.length} post(s), see thread-${t.platform}.txt`),
    ...(link ? [`Link: ${link}`] : []),
  ].join('\n');
  calendar.createEvent({
    // Stable across runs: the same edition and slot give the same UID.
    id: `${slug}-${slot.utc.replace(/[^0-9]/g, '')}@crier`,
    start,
    end: start.plus({ minutes: 15 }),
    timezone: slot.tz,
    stamp: start,
    summary: `Post: ${title}`,
    description,
    ...(link ? { url: link } : {}),
    alarms: [{ type: ICalAlarmType.display, trigger: 600, description: `Time to post "${title}"` }],
  });
  // RFC 5545 wants DTSTAMP in UTC; ical-generator writes it in the calendar's zone without "Z".
  const stamp = `DTSTAMP:${DateTime.fromISO(slot.utc, { zone: 'utc' }).toFormat("yyyyMMdd'T'HHmmss'Z'")}`;
  // ...and every content line, the last included, ends in CRLF.
  return `${calendar.toString().replace(/^DTSTAMP:[^\r\n]*/m, stamp).replace(/(\r\n)?$/, '')}\r\n`;
}
