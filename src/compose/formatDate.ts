// Human dates for the email and the brief, in the edition's language (Intl: "10. März 2026",
// "2026年3月10日", "10 במרץ 2026"), always in UTC so the same input gives the same bytes on every
// machine.
import { languageTag } from '../i18n/languages.js';
import { t } from '../i18n/t.js';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(lang: string): Intl.DateTimeFormat {
  const tag = languageTag(lang, 'en-GB');
  let format = formats.get(tag);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    }
    formats.set(tag, format);
  }
  return format;
}

function timeOf(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(time) ? undefined : time;
}

export function formatDate(iso: string | undefined, lang: string): string | undefined {
  const time = timeOf(iso);
  return time === undefined ? undefined : formatFor(lang).format(time);
}

/**
 * A period as the language writes one: "2.–8. März 2026", "March 2 – 8, 2026", "2026년 3월 2일~8일".
 * Where ICU falls back to numbers for a range (Japanese and Chinese in Node 20: "2026/03/02～
 * 2026/03/08"), the two long dates are joined by the catalogue's "dateRange" instead.
 */
export function formatDateRange(from: string | undefined, to: string | undefined, lang: string): string | undefined {
  const [a, b] = [timeOf(from), timeOf(to)];
  if (a === undefined || b === undefined) return formatDate(from ?? to, lang);
  const format = formatFor(lang);
  const single = format.format(a);
  if (a === b || single === format.format(b)) return single;
  const range = format.formatRange(Math.min(a, b), Math.max(a, b));
  if (/\d\/\d/.test(range) && !/\d\/\d/.test(single)) return t(lang, 'dateRange', { from: format.format(Math.min(a, b)), to: format.format(Math.max(a, b)) });
  return range;
}
