// The article's date, never a false one. Pages carry placeholders (JSON-LD "0001-01-01", a Unix
// epoch "1970-01-01") and impossible dates; those are not dates. The first believable date wins:
// the page's stated dates in order (published, created, modified), then a date in the URL path
// ("/2019/11/19/", "/2019/nov/18/", "-20191115/"); else there is no date.
import { dateInText } from '../text/timestamps.js';
import { normaliseDate } from './normaliseDate.js';

/** Nothing crier reads was published before this year: earlier dates are placeholders. */
const FIRST_YEAR = 1990;
const DAY_MS = 86_400_000;

/** A date no page can have: before 1990, or after tomorrow (of `now`). */
export function impossibleDate(iso: string, now: Date): boolean {
  const time = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(time)) return true;
  return new Date(time).getUTCFullYear() < FIRST_YEAR || time > now.getTime() + DAY_MS;
}

/** A date written in a URL's path, as YYYY-MM-DD. */
export function dateInUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const numeric = /(?:^|\/)((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=\/|[-_.]|$)/.exec(path);
  if (numeric) return valid(numeric[1], numeric[2], numeric[3]);
  const named = /(?:^|\/)((?:19|20)\d{2})\/([a-z]{3,9})\/(\d{1,2})(?=\/|$)/i.exec(path);
  if (named) return dateInText(`${named[2]} ${named[3]} ${named[1]}`);
  const compact = /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/._-]|$)/.exec(path);
  if (compact) return valid(compact[1], compact[2], compact[3]);
  return undefined;
}

function valid(year = '', month = '', day = ''): string | undefined {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso ? iso : undefined;
}

export interface DatePick {
  date?: string;
  /** Stated dates that were not used because they cannot be true. */
  rejected: string[];
}

/** The first believable date of `candidates`, in order (the caller puts the URL's date among them). */
export function publishedDate(candidates: (string | undefined)[], now: Date): DatePick {
  const rejected: string[] = [];
  for (const candidate of candidates) {
    if (!candidate?.trim()) continue;
    const date = normaliseDate(candidate);
    if (date && !impossibleDate(date, now)) return { date, rejected };
    rejected.push(candidate.trim());
  }
  return { rejected };
}
