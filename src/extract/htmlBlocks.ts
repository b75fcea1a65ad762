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
  // An explicit stack instead of recursion: a page nested 100,000 elements deep must not overflow.
  type Step = { node: Node; leaving?: boolean };
  const stack: Step[] = [{ node: root }];
  while (stack.length) {
    const { node, leaving } = stack.pop() as Step;
    if (leaving) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      buffer += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    // Captions, credits and share bars are short; a long block with such a class is the article
    // itself wearing an unlucky id ("gigya-share-btns_containerParent").
    if (cls.trim() && CAPTION_CLASS.test(cls) && (el.textContent ?? '').length < 400) continue;
    if (tag === 'IMG') {
      const src = absoluteUrl(el.getAttribute('src') ?? el.getAttribute('data-src'), base);
      if (src) images.push({ src, alt: (el.getAttribute('alt') ?? '').trim() });
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    if (tag === 'A') {
      const href = absoluteUrl(el.getAttribute('href'), base);
      const label = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (href && label) links.push({ href, text: label });
    }
    if (block) stack.push({ node: el, leaving: true });
    const children = Array.from(el.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Node });
  }
  flush();
  return { paragraphs, links, images };
}
