// Recognises the lines between a headline and the story: source ("Bloomberg"), byline ("By Jane Doe"),
// date ("27 June 2018") and datelines ("MOSCOW (Reuters) - ...") in plain text.
import { DateTime } from 'luxon';

export interface HeaderInfo {
  source?: string;
  byline?: string;
  /** YYYY-MM-DD */
  publishedAt?: string;
}

/** The ways a story's date line is written in English: "27 June 2018", "June 27, 2018", "Wed, 27 Jun 2018", "2018-06-27". */
const DATE_FORMATS = ['d MMMM yyyy', 'd MMM yyyy', 'MMMM d, yyyy', 'MMM d, yyyy', 'MMMM d yyyy', 'yyyy-MM-dd'].flatMap((f) => (f.startsWith('y') ? [f] : [f, `EEEE, ${f}`, `EEEE ${f}`, `EEE, ${f}`]));

/** "27 June 2018", "Published: June 27, 2018" -> "2018-06-27"; anything else -> undefined. */
export function parseDateLine(line: string): string | undefined {
  const text = line
    .trim()
    .replace(/^(published|posted)(\s+on)?:?\s+/i, '')
    .replace(/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\./g, '$1')
    .replace(/\bSept\b/, 'Sep');
  if (!/\d{4}/.test(text) || text.length > 40) return undefined;
  for (const format of DATE_FORMATS) {
    const date = DateTime.fromFormat(text, format, { locale: 'en', zone: 'utc' });
    if (date.isValid) return date.toISODate() ?? undefined;
  }
  return undefined;
}

const BYLINE = /^by\s+([\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|and|&|de|van|von|der|la|le|di|da|bin|al)){0,8})\s*(?:[,|–—-]\s*(.+))?$/iu;
const DATELINE = /^([\p{Lu}][\p{Lu} .,'’-]{1,40}?)\s*(?:\(([^)]{2,40})\))?\s*[-–—]{1,2}\s+(?=\S)/u;

/** A short line that names the source or the author rather than starting the story. */
export function parseHeaderLine(line: string): HeaderInfo | undefined {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 80) return undefined;
  // Before the source rule: "27 June 2018" is as short and unpunctuated as a source name.
  const date = parseDateLine(trimmed);
  if (date) return { publishedAt: date };
  const byline = BYLINE.exec(trimmed);
  if (byline?.[1]) {
    const info: HeaderInfo = { byline: byline[1].trim() };
    if (byline[2]) info.source = byline[2].trim();
    return info;
  }
  // A story sentence ends with punctuation and has many words; a source line has neither.
  const words = trimmed.split(/\s+/).length;
  if (words <= 6 && !/[.!?:;,"“”]$/.test(trimmed)) return { source: trimmed };
  return undefined;
}

export interface Dateline {
  place: string;
  agency?: string;
  rest: string;
}

/** "MOSCOW (Reuters) - Text" -> place, agency and the text after the dash. */
export function parseDateline(paragraph: string): Dateline | undefined {
  const match = DATELINE.exec(paragraph);
  if (!match?.[1]) return undefined;
  const place = match[1].trim().replace(/,$/, '');
  // Only upper-case places count: "The U.S. - and others" is a sentence, not a dateline.
  if (place !== place.toUpperCase() || !/\p{Lu}{2}/u.test(place)) return undefined;
  const result: Dateline = { place, rest: paragraph.slice(match[0].length) };
  if (match[2]) result.agency = match[2].trim();
  return result;
}
