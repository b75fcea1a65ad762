// The last pass over an article's paragraphs, for every format: lines that are not the story
// (timestamps, captions and credits, byline labels, end matter, invitations: text/furnitureLine)
// go, and so does the headline or the byline printed again above the story. A date printed on a
// dropped timestamp line is kept for an article that has no other date.
import { furnitureLine } from '../text/furnitureLine.js';
import { dateInText, isTimestampLine } from '../text/timestamps.js';

export interface Cleaned {
  paragraphs: string[];
  /** The first date printed on a dropped timestamp or byline line (YYYY-MM-DD). */
  printedDate?: string;
}

const norm = (s: string) => s.toLowerCase().replace(/^by\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
/** The headline and byline are printed again only near the top. */
const HEAD = 4;
const LEADING_DATE = /^(.{6,40}?)\s+(?:--|—|–)\s+(?=\p{Lu})/u;

export function cleanParagraphs(paragraphs: string[], head: { title?: string; byline?: string }): Cleaned {
  const title = head.title ? norm(head.title) : '';
  const byline = head.byline ? norm(head.byline) : '';
  const kept: string[] = [];
  let printedDate: string | undefined;
  paragraphs.forEach((raw, i) => {
    // Text with no letter or digit ("🙂", "* * *") says nothing, and nor does a number alone between
    // sentences (a gallery or comment count); numbers among short lines are a table's cells.
    if (!/[\p{L}\p{N}]/u.test(raw)) return;
    const short = (p: string | undefined) => p !== undefined && p.split(/\s+/).length <= 3;
    if (/^\d{1,4}$/.test(raw.trim()) && !short(paragraphs[i - 1]) && !short(paragraphs[i + 1])) return;
    // "Feb. 23, 2015 -- Life-threatening peanut allergies…": the page's date glued to the lead.
    const dated = kept.length === 0 ? LEADING_DATE.exec(raw) : null;
    if (dated?.[1] && isTimestampLine(dated[1])) printedDate ??= dateInText(dated[1]);
    const paragraph = dated?.[1] && isTimestampLine(dated[1]) ? raw.slice(dated[0].length) : raw;
    const reason = furnitureLine(paragraph);
    if (reason) {
      if ((reason === 'timestamp' || reason === 'byline') && !printedDate) printedDate = dateInText(paragraph);
      return;
    }
    const text = norm(paragraph);
    if (i < HEAD && text && (text === title || text === byline)) return;
    kept.push(paragraph);
  });
  return printedDate ? { paragraphs: kept, printedDate } : { paragraphs: kept };
}
