// schedule.csv: one row per post (columns date, time, platform, text, link, media), RFC 4180
// quoting and CRLF line ends, UTF-8. Spreadsheet and scheduler imports read it as is. Post texts
// start with an article's title: a cell starting with = + - @ tab or CR would run as a formula in
// Excel, Sheets or LibreOffice (=HYPERLINK(...), @SUM(...)), so such a cell gets a leading '
// (escape_formulas). `media` is the post's cards separated by ";": their published URLs with
// cards.baseUrl, else their file names.
import type * as CsvStringify from 'csv-stringify/sync';
import { lazy } from '../lazy.js';
import { postMedia, type ThreadMedia } from '../cards/media.js';
import type { Thread } from '../platforms/types.js';
import type { Slot } from '../schedule/planSlots.js';

export function scheduleCsv(slot: Slot, threads: Thread[], link: string | undefined, media?: ThreadMedia, mediaUrl: (file: string) => string = (file) => file): string {
  const rows = threads.flatMap((thread) =>
    thread.posts.map((post, i) => ({
      date: slot.date,
      time: slot.time,
      platform: thread.platform,
      text: post.text,
      // Each platform's own link (tagged for that channel when UTM is on), else the edition's.
      link: thread.link ?? link ?? '',
      media: postMedia(media, thread.platform, i).map((m) => mediaUrl(m.path)).join(';'),
    })),
  );
  return lazy<typeof CsvStringify>('csv-stringify/sync').stringify(rows, {
    header: true,
    columns: ['date', 'time', 'platform', 'text', 'link', 'media'],
    quoted_string: true,
    record_delimiter: 'windows',
    escape_formulas: true,
  });
}
