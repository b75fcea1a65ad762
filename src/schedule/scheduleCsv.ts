// schedule.csv: one row per post (columns date, time, platform, text, link), RFC 4180 quoting and
// CRLF line ends, UTF-8. Spreadsheet and scheduler imports read it as is. Post texts start with an
// article's title: a cell starting with = + - @ tab or CR would run as a formula in Excel, Sheets or
// LibreOffice (=HYPERLINK(...), @SUM(...)), so such a cell gets a leading ' (escape_formulas).
import type * as CsvStringify from 'csv-stringify/sync';
import { lazy } from '../lazy.js';
import type { Thread } from '../types.js';
import type { Slot } from './planSlots.js';

export function scheduleCsv(slot: Slot, threads: Thread[], link: string | undefined): string {
  const rows = threads.flatMap((thread) =>
    thread.posts.map((post) => ({ date: slot.date, time: slot.time, platform: thread.platform, text: post.text, link: link ?? '' })),
  );
  return lazy<typeof CsvStringify>('csv-stringify/sync').stringify(rows, {
    header: true,
    columns: ['date', 'time', 'platform', 'text', 'link'],
    quoted_string: true,
    record_delimiter: 'windows',
    escape_formulas: true,
  });
}
