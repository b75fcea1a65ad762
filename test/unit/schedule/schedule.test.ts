import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseEvery, planSlots } from '../../../src/schedule/planSlots.js';
import { scheduleCsv } from '../../../src/render/scheduleCsv.js';
import { scheduleIcs } from '../../../src/render/scheduleIcs.js';
import type { Thread } from '../../../src/types.js';

const threads: Thread[] = [
  {
    platform: 'x',
    limit: 280,
    counting: '',
    posts: [
      { index: 1, role: 'hook', text: 'Headline, with a comma\n\n1/2', length: 10, limit: 280, ok: true },
      { index: 2, role: 'cta', text: 'He said "yes" — read more: https://example.com/a\n\n2/2', length: 10, limit: 280, ok: true },
    ],
  },
  { platform: 'linkedin', limit: 3000, counting: '', posts: [{ index: 1, role: 'hook', text: 'Ünïcode ✓ 👨‍👩‍👧', length: 5, limit: 3000, ok: true }] },
];

describe('planSlots', () => {
  it('spaces slots by --every in the given zone, across a DST change', () => {
    const slots = planSlots({ start: '2026-03-28 09:00', every: '1d', tz: 'Europe/Helsinki' }, 2);
    expect(slots.map((s) => `${s.date} ${s.time}`)).toEqual(['2026-03-28 09:00', '2026-03-29 09:00']);
    expect(slots.map((s) => s.utc)).toEqual(['2026-03-28T07:00:00Z', '2026-03-29T06:00:00Z']);
    expect(planSlots({ start: '2026-12-01 23:00', every: '2h', tz: 'UTC' }, 2)[1]).toMatchObject({ date: '2026-12-02', time: '01:00' });
  });

  it('says what is wrong with a bad start, interval or zone', () => {
    expect(() => planSlots({ start: 'tomorrow', tz: 'UTC' }, 1)).toThrow(/--schedule-start "tomorrow" is not a date and time/);
    expect(() => parseEvery('often')).toThrow(/--every "often" is not an interval/);
    expect(() => planSlots({ start: '2026-12-01 09:00', tz: 'Mars/Olympus' }, 1)).toThrow(/--tz "Mars\/Olympus" is not a time zone/);
  });
});

describe('schedule.csv', () => {
  it('has one quoted row per post that a CSV parser reads back exactly', () => {
    const [slot] = planSlots({ start: '2026-12-01 09:00', tz: 'Europe/Helsinki' }, 1);
    const csv = scheduleCsv(slot!, threads, 'https://example.com/a');
    expect(csv.startsWith('"date","time","platform","text","link","media"\r\n')).toBe(true);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual({ date: '2026-12-01', time: '09:00', platform: 'x', text: threads[0]!.posts[1]!.text, link: 'https://example.com/a', media: '' });
    expect(rows[2]?.text).toBe('Ünïcode ✓ 👨‍👩‍👧');
  });

  it('names the cards each post carries in the media column: file names, or URLs with cards.baseUrl', () => {
    const [slot] = planSlots({ start: '2026-12-01 09:00', tz: 'Europe/Helsinki' }, 1);
    const media = { x: [[{ path: 'card.png', alt: 'Headline' }], [{ path: 'quote-card.png', alt: 'Quote' }]], linkedin: [[{ path: 'card.png', alt: 'Headline' }, { path: 'quote-card.png', alt: 'Quote' }]] };
    const plain = parse(scheduleCsv(slot!, threads, undefined, media), { columns: true }) as Record<string, string>[];
    expect(plain.map((r) => r.media)).toEqual(['card.png', 'quote-card.png', 'card.png;quote-card.png']);
    const hosted = parse(scheduleCsv(slot!, threads, undefined, media, (file) => `https://news.example.com/a-slug/${file}`), { columns: true }) as Record<string, string>[];
    expect(hosted[0]?.media).toBe('https://news.example.com/a-slug/card.png');
  });

  it('neutralises cells a spreadsheet would run as a formula (CSV injection)', () => {
    const [slot] = planSlots({ start: '2026-12-01 09:00', tz: 'UTC' }, 1);
    const texts = ['=HYPERLINK("https://evil.example","Click")', '@SUM(1+1)*cmd|\' /C calc\'!A0', '+1+2', '-2+3', '\t=1', '\r=1', '＝1', 'A plain post'];
    const evil: Thread = { platform: 'x', limit: 280, counting: '', posts: texts.map((text, i) => ({ index: i + 1, role: 'body', text, length: 1, limit: 280, ok: true })) };
    const rows = parse(scheduleCsv(slot!, [evil], undefined), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.text)).toEqual([...texts.slice(0, -1).map((t) => `'${t}`), 'A plain post']);
  });
});

describe('schedule.ics', () => {
  it('is RFC 5545 that ical.js parses: CRLF, folded lines, UID, UTC DTSTAMP, TZID, a reminder', () => {
    const [slot] = planSlots({ start: '2026-12-01 09:00', tz: 'Europe/Helsinki' }, 1);
    const ics = scheduleIcs(slot!, threads, 'A rather long headline, with commas, that will need folding in the file', 'a-slug', 'https://example.com/a');
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const component = new ICAL.Component(ICAL.parse(ics));
    expect(component.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Helsinki');
    const vevent = component.getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.uid).toMatch(/@crier$/);
    expect(event.summary).toBe('Post: A rather long headline, with commas, that will need folding in the file');
    expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Helsinki');
    expect(event.startDate.toString()).toBe('2026-12-01T09:00:00');
    expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2026-12-01T07:00:00Z');
    expect(vevent.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe('DISPLAY');
  });
});

describe('dates and numbers at the edges', () => {
  it('refuses an --every of more than a year (999999999w gave an invalid calendar)', () => {
    expect(() => parseEvery('999999999w')).toThrow(/^--every "999999999w" is more than a year$/);
    expect(() => parseEvery('366d')).toThrow(/more than a year/);
    expect(parseEvery('52w').as('weeks')).toBe(52);
  });

  it('refuses a schedule that runs past the year 9999 (9999-12-31 23:59 gave an invalid calendar)', () => {
    expect(() => planSlots({ start: '9999-12-31 23:59', tz: 'UTC' }, 1)).toThrow(/^--schedule-start "9999-12-31 23:59" goes past the year 9999$/);
    // 20:00 in New York is already the next day, and the next year, in UTC.
    expect(() => planSlots({ start: '9999-12-31 20:00', tz: 'America/New_York' }, 1)).toThrow(/goes past the year 9999/);
    expect(() => planSlots({ start: '9999-12-01 09:00', every: '1w', tz: 'UTC' }, 6)).toThrow(/^--schedule-start "9999-12-01 09:00" with --every 1w for 6 editions goes past the year 9999$/);
    expect(planSlots({ start: '9999-12-31 09:00', tz: 'UTC' }, 1)[0]).toMatchObject({ date: '9999-12-31', time: '09:00' });
  });

  it('moves a start in a DST gap forward and says to which time', () => {
    // Europe/Helsinki springs forward from 03:00 to 04:00 on 29 March 2026.
    const [slot] = planSlots({ start: '2026-03-29 03:30', tz: 'Europe/Helsinki' }, 1);
    expect(slot).toMatchObject({ date: '2026-03-29', time: '04:30', utc: '2026-03-29T01:30:00Z' });
    expect(slot?.warning).toBe('schedule: 2026-03-29 03:30 does not exist in Europe/Helsinki (the clocks go forward then); the slot is at 2026-03-29 04:30 instead');
    // A later daily slot that falls into the gap is moved and named too; ordinary slots are not.
    const daily = planSlots({ start: '2026-03-28 03:30', every: '1d', tz: 'Europe/Helsinki' }, 3);
    expect(daily.map((s) => s.warning === undefined)).toEqual([true, false, true]);
    expect(daily[2]).toMatchObject({ date: '2026-03-30', time: '03:30' });
    expect(planSlots({ start: '2026-03-29 01:30', every: '1h', tz: 'Europe/Helsinki' }, 3).some((s) => s.warning)).toBe(false);
  });
});
