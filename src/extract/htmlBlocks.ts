// Readability's article HTML -> paragraphs, links and images. A newline at every block boundary
// (Readability's own textContent glues words across elements: "treatmentCredit"), captions and
// credits left out, links and images made absolute, only http(s) kept.
import type { ArticleImage, ArticleLink } from './types.js';
import { isPageFurniture, nameWords } from './pageFurniture.js';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH',
  'THEAD', 'TR', 'UL', 'BR', 'FIGURE', 'CAPTION', 'DETAILS', 'SUMMARY',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'BUTTON', 'SELECT', 'TEXTAREA', 'FIGCAPTION']);
/** Words of class names ("relatedContent", "caption-text", "ad-slot") that mark page furniture. */
const FURNITURE_WORDS = new Set(['caption', 'credit', 'byline', 'share', 'social', 'related', 'newsletter', 'promo', 'advert', 'ad', 'sponsor', 'subscribe', 'comment', 'comments']);

export interface Blocks {
  paragraphs: string[];
  links: ArticleLink[];
  images: ArticleImage[];
}

export function absoluteUrl(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export interface BlockOptions {
  /** Texts the page marks as captions, credits, stamps and bylines (pageFurniture). */
  furniture?: ReadonlySet<string>;
}

/** A block as read: its text and how much of it is the text of links to the page's own site. */
interface RawBlock {
  text: string;
  siteLinkChars: number;
  /** Which list (UL/OL) the block is an item of, if any. */
  list?: number;
  /** A table cell: a product or a name in a table is content, not a teaser. */
  cell?: boolean;
}

export function htmlBlocks(root: Element, base: string | undefined, options: BlockOptions = {}): Blocks {
  const raw: RawBlock[] = [];
  const links: ArticleLink[] = [];
  const images: ArticleImage[] = [];
  const site = hostOf(base);
  let buffer = '';
  let siteLinkChars = 0;
  let inSiteLink = 0;
  const lists: number[] = [];
  let cells = 0;
  let listCount = 0;
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    const list = lists[lists.length - 1];
    if (text) raw.push({ text, siteLinkChars, ...(list === undefined ? {} : { list }), ...(cells > 0 ? { cell: true } : {}) });
    buffer = '';
    siteLinkChars = 0;
  };
  // An explicit stack instead of recursion: a page nested 100,000 elements deep must not overflow.
  type Step = { node: Node; leave?: 'block' | 'link' | 'list' | 'cell' };
  const stack: Step[] = [{ node: root }];
  while (stack.length) {
    const { node, leave } = stack.pop() as Step;
    if (leave) {
      if (leave === 'link') inSiteLink--;
      else flush();
      if (leave === 'list') lists.pop();
      if (leave === 'cell') cells--;
      continue;
    }
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      buffer += text;
      if (inSiteLink > 0) siteLinkChars += text.replace(/\s+/g, '').length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    // Captions, credits and share bars are short; a long block with such a class is the article
    // itself wearing an unlucky id ("gigya-share-btns_containerParent").
    if (nameWords(el).some((w) => FURNITURE_WORDS.has(w)) && (el.textContent ?? '').length < 400) continue;
    if (tag === 'IMG') {
      const src = absoluteUrl(el.getAttribute('src') ?? el.getAttribute('data-src'), base);
      if (src) images.push({ src, alt: imageAlt(el), ...imageSize(el) });
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    if (tag === 'A') {
      const href = absoluteUrl(el.getAttribute('href'), base);
      const label = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (href && label) links.push({ href, text: label });
      // A link to another page of the same site (not an anchor on this one) is a teaser's mark.
      if (href && site && hostOf(href) === site && !samePage(href, base)) {
        inSiteLink++;
        stack.push({ node: el, leave: 'link' });
      }
    }
    if (block) {
      const list = tag === 'UL' || tag === 'OL';
      const cell = tag === 'TD' || tag === 'TH';
      if (list) lists.push(listCount++);
      if (cell) cells++;
      stack.push({ node: el, leave: list ? 'list' : cell ? 'cell' : 'block' });
    }
    const children = Array.from(el.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Node });
  }
  flush();
  const furniture = options.furniture ?? new Set<string>();
  // A page whose content is links (a list of resources, a link roundup) keeps them.
  const chars = (list: RawBlock[]) => list.reduce((n, b) => n + b.text.length, 0);
  const linkPage = chars(raw.filter(isTeaser)) > chars(raw) * MAX_TEASER_SHARE;
  // In a list, teasers come as a list of them ("Related: …"); one linked item among questions is content.
  const mixedLists = new Set(raw.filter((b) => b.list !== undefined && !isTeaser(b)).map((b) => b.list));
  const teaser = (b: RawBlock) => !linkPage && isTeaser(b) && !mixedLists.has(b.list);
  // A name or a word among short lines is a table's cell, even when a caption says the same ("Kyle Busch").
  const short = (b: RawBlock | undefined) => b !== undefined && b.text.split(' ').length <= 3;
  const inTable = (i: number) => short(raw[i]) && short(raw[i - 1]) && short(raw[i + 1]);
  const paragraphs = raw.filter((b, i) => !((isPageFurniture(b.text, furniture) && !inTable(i)) || teaser(b))).map((b) => b.text);
  return { paragraphs, links, images };
}

/** Share of the text above which teaser-like lines are the page's content, not teasers. */
const MAX_TEASER_SHARE = 0.3;

/**
 * "NASA Europa Mission Could Potentially Spot Signs of Alien Life": a headline-like line (no
 * sentence punctuation) that is all a link to another page of the same site — a related-story
 * teaser placed between paragraphs or listed after the story.
 */
function isTeaser(block: RawBlock): boolean {
  if (block.cell) return false;
  const letters = block.text.replace(/\s+/g, '').length;
  if (letters === 0 || block.siteLinkChars / letters < 0.9) return false;
  const words = block.text.split(' ').length;
  // A question can be a headline ("Who will make the Rock Hall in 2020?"); a statement ends on a full stop.
  return words >= 3 && !/[.!:;"”’»)…]$/.test(block.text) && !(block.text.endsWith('?') && words > 12);
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}

/** An anchor on this page ("#section-2"), not a link to another one (a link to the page itself counts). */
function samePage(href: string, base: string | undefined): boolean {
  return href.includes('#') && Boolean(base) && href.split('#')[0] === base?.split('#')[0];
}

/** The image's own alt text, or its figure's caption; never made up. */
function imageAlt(img: Element): string {
  const alt = (img.getAttribute('alt') ?? '').trim();
  if (alt) return alt;
  const figure = img.closest('figure');
  const caption = figure?.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim();
  return caption ?? '';
}

/** The size an <img> states in pixels (width="640" height="360"), or nothing. */
function imageSize(img: Element): { width?: number; height?: number } {
  const px = (name: string) => {
    const value = (img.getAttribute(name) ?? '').trim();
    return /^\d{1,5}$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
  };
  const [width, height] = [px('width'), px('height')];
  return width && height ? { width, height } : {};
}
