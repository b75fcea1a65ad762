// Readability's article HTML -> paragraphs, links and images. A newline at every block boundary
// (Readability's own textContent glues words across elements: "treatmentCredit"), captions and
// credits left out, links and images made absolute, only http(s) kept.
import type { ArticleImage, ArticleLink } from '../types.js';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH',
  'THEAD', 'TR', 'UL', 'BR', 'FIGURE', 'CAPTION', 'DETAILS', 'SUMMARY',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'BUTTON', 'SELECT', 'TEXTAREA', 'FIGCAPTION']);
const CAPTION_CLASS = /(^|[\s_-])(caption|credit|byline|share|social|related|newsletter|promo|advert|ad-|sponsor|subscribe|comments?)([\s_-]|$)/i;

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

export function htmlBlocks(root: Element, base: string | undefined): Blocks {
  const paragraphs: string[] = [];
  const links: ArticleLink[] = [];
  const images: ArticleImage[] = [];
  let buffer = '';
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    buffer = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      buffer += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    // Captions, credits and share bars are short; a long block with such a class is the article
    // itself wearing an unlucky id ("gigya-share-btns_containerParent").
    if (cls.trim() && CAPTION_CLASS.test(cls) && (el.textContent ?? '').length < 400) return;
    if (tag === 'IMG') {
      const src = absoluteUrl(el.getAttribute('src') ?? el.getAttribute('data-src'), base);
      if (src) images.push({ src, alt: (el.getAttribute('alt') ?? '').trim() });
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    if (tag === 'A') {
      const href = absoluteUrl(el.getAttribute('href'), base);
      const label = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (href && label) links.push({ href, text: label });
    }
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return { paragraphs, links, images };
}
