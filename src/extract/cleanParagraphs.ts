// The last pass over an article's paragraphs, for every format: lines that are not the story
// (timestamps, captions and credits, byline labels, end matter, invitations: text/furnitureLine)
// go, and so does the headline or the byline printed again above the story. A date printed on a
// dropped timestamp line is kept for an article that has no other date.
import { furnitureLine } from '../text/furnitureLine.js';
import { dateInText } from '../text/timestamps.js';

export interface Cleaned {
  paragraphs: string[];
  /** The first date printed on a dropped timestamp or byline line (YYYY-MM-DD). */
  printedDate?: string;
}

const norm = (s: string) => s.toLowerCase().replace(/^by\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
/** The headline and byline are printed again only near the top. */
const HEAD = 4;

export function cleanParagraphs(paragraphs: string[], head: { title?: string; byline?: string }): Cleaned {
  const title = head.title ? norm(head.title) : '';
  const byline = head.byline ? norm(head.byline) : '';
  const kept: string[] = [];
  let printedDate: string | undefined;
  paragraphs.forEach((paragraph, i) => {
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
