// Texts the page itself marks as not the story: figure captions and photo credits, <time> stamps,
// bylines and dates in elements named for them. Read from the page before Readability runs,
// because Readability rewrites such elements into bare <p>s and their class names are lost
// ("<div class=caption-text>An artist's illustration …</div>" comes out as a plain paragraph).
// The structure is better evidence than any text pattern, so extraction drops a paragraph whose
// text is one of these.

/** Longer than this, an element named "caption" or "byline" is the article wearing an odd name. */
const MAX_CAPTION = 400;
const MAX_STAMP = 200;
// A video player's title bar ("player-overlay__title") names the clip, not the story.
const CAPTION_WORDS = new Set(['caption', 'captions', 'figcaption', 'credit', 'credits', 'copyright', 'photocredit', 'player']);
const STAMP_WORDS = new Set(['date', 'dates', 'datetime', 'timestamp', 'pubdate', 'published', 'updated', 'dateline', 'posted', 'byline', 'bylines', 'author', 'authors', 'contributor']);

const MAYBE = /caption|credit|copyright|player|date|time|pub|updated|posted|byline|author|contributor/i;

export const normaliseText = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** "newsCaption photo-credit" -> news, caption, photo, credit. */
export function nameWords(el: Element): string[] {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}

export function pageFurniture(doc: Document): Set<string> {
  const texts = new Set<string>();
  const add = (el: Element, max: number) => {
    const text = normaliseText(el.textContent ?? '');
    if (text && text.length <= max) texts.add(text);
  };
  // querySelectorAll: linkedom's getElementsByTagName('*') finds nothing.
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'FIGCAPTION') add(el, MAX_CAPTION);
    else if (tag === 'TIME') add(el, MAX_STAMP);
    else {
      // A cheap look at the raw names first: most elements of a page are named for something else.
      const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (!MAYBE.test(names)) continue;
      const words = nameWords(el);
      if (words.some((w) => CAPTION_WORDS.has(w))) add(el, MAX_CAPTION);
      else if (words.some((w) => STAMP_WORDS.has(w))) add(el, MAX_STAMP);
    }
  }
  return texts;
}

/** A paragraph the page marked as furniture: the same text, or a piece of a longer caption. */
export function isPageFurniture(paragraph: string, furniture: ReadonlySet<string>): boolean {
  const text = normaliseText(paragraph);
  if (furniture.has(text)) return true;
  if (text.length < 20) return false;
  for (const item of furniture) if (item.length > text.length && item.includes(text)) return true;
  return false;
}
