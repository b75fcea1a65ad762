// Boxes of links beside the story — Wikipedia's "Machine learning and data mining" navbox, a
// sidebar, a "related" or breadcrumb list — can outscore a story whose own paragraphs are short or
// full of formulas: on the t-SNE article Readability returned the navbox's 90 link labels and no
// prose. Removed before Readability runs when the element's own name says what it is and most of
// its text is link text (a wrapper named "has-sidebar" that holds the story is mostly prose, and stays).
import { nameWords } from './pageFurniture.js';

const BOX_WORDS = new Set(['navbox', 'sidebar', 'related', 'breadcrumb', 'breadcrumbs', 'toc', 'menu', 'navigation']);
/** Share of an element's text that is link text above which it is a list of links. */
const LINK_DENSITY = 0.5;

export function removeLinkBoxes(doc: Document): number {
  let removed = 0;
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    const tag = el.tagName.toUpperCase();
    if (!el.isConnected || tag === 'BODY' || tag === 'HTML' || tag === 'ARTICLE' || tag === 'MAIN') continue;
    if (!nameWords(el).some((w) => BOX_WORDS.has(w))) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, '').length;
    if (text === 0) continue;
    const links = Array.from(el.querySelectorAll('a')).reduce((sum, a) => sum + (a.textContent ?? '').replace(/\s+/g, '').length, 0);
    if (links / text <= LINK_DENSITY) continue;
    el.remove();
    removed++;
  }
  return removed;
}
