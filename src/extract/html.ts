// HTML pages (saved files and fetched URLs): main-article extraction with Mozilla Readability over
// linkedom (as accurate as jsdom on the benchmark pages, 5-10x faster and lighter), then crier's own
// block splitting and boilerplate cleaning, with metadata from the page.
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type * as Linkedom from 'linkedom';
import { lazy } from '../lazy.js';
import { CrierError } from '../errors.js';
import { removeBoilerplate, trimLabelEdges } from './boilerplate.js';
import { emptyDraft, type ArticleDraft } from './draft.js';
import { absoluteUrl, htmlBlocks } from './htmlBlocks.js';
import { readMetadata, type PageMetadata } from './metadata.js';
import { pageFurniture } from './pageFurniture.js';
import { pageHead } from './pageHead.js';
import { dateInUrl } from './publishedDate.js';
import { genreOf } from './genre.js';
import { removeConsentBars } from './removeConsentBars.js';
import { removeLinkBoxes } from './removeLinkBoxes.js';
import { sitePage } from './sitePage.js';
import type { ArticleImage } from './types.js';

/**
 * Scripts (but not JSON-LD), styles, SVG, navigation, buttons and comments are never article text; cutting them before
 * parsing halves the DOM of a typical news page and the time Readability spends on it.
 */
function stripInert(html: string): string {
  return html
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<(style|svg|noscript|template|select|button|iframe|nav|footer|aside)(?=[\s>/])[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
/** Real pages nest a few dozen levels; thousands is an attack on the parser's recursion. */
export const MAX_NESTING = 1500;

function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const tag = (match[2] ?? '').toLowerCase();
    if (VOID.has(tag) || match[3]) continue;
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

/** `siteName`: the publisher's name when the page may not say it (the feed an item came from). */
export function extractHtml(html: string, label: string, pageUrl?: string, siteName?: string): ArticleDraft {
  const clean = stripInert(html);
  if (nestingDepth(clean) > MAX_NESTING) {
    throw new CrierError('INPUT_NOT_TEXT', `${label} is nested more than ${MAX_NESTING} elements deep`, { hint: 'this is not an ordinary web page; save the article again' });
  }
  const { parseHTML } = lazy<typeof Linkedom>('linkedom');
  const { Readability } = lazy<{ Readability: typeof ReadabilityClass }>('@mozilla/readability');
  const { document } = parseHTML(clean);
  const metadata = readMetadata(document as unknown as Document, pageUrl);
  const base = pageUrl ?? metadata.url;
  const noArticle = () => new CrierError('NO_ARTICLES', `${label} has no article in it`, { hint: 'give crier the page of one article, not a home page or an empty page' });
  if (!document.documentElement || !document.body) throw noArticle();
  // Read before Readability, which rewrites caption and byline elements into bare paragraphs.
  const furniture = pageFurniture(document as unknown as Document);
  removeConsentBars(document as unknown as Document);
  removeLinkBoxes(document as unknown as Document);
  let reader: ReturnType<ReadabilityClass['parse']>;
  try {
    reader = new Readability(document as unknown as Document, { keepClasses: true, charThreshold: 200 }).parse();
  } catch (error) {
    // Readability gives up on some broken documents by throwing; for the user that is "no article".
    throw Object.assign(noArticle(), { cause: error });
  }
  if (!reader?.content) throw noArticle();
  const { document: content } = parseHTML(`<!doctype html><html><body>${reader.content}</body></html>`);
  const blocks = htmlBlocks(content.body as unknown as Element, base, { furniture });
  const draft = emptyDraft();
  draft.paragraphs = trimLabelEdges(removeBoilerplate(blocks.paragraphs));
  draft.links = blocks.links;
  const url = absoluteUrl(metadata.url, pageUrl) ?? pageUrl;
  if (url) draft.url = url;
  const heading = pageHeading(metadata, reader.title ?? undefined);
  const head = pageHead({ metadata, url, title: heading, byline: reader.byline || metadata.byline, siteName: reader.siteName ?? siteName });
  Object.assign(draft, head.fields);
  const page = sitePage(url, draft.title);
  if (page) throw new CrierError('NO_ARTICLES', `${label} is the site's "${page}" page, not an article`, { hint: 'give crier the page of one article' });
  draft.images = leadImages(blocks.images, absoluteUrl(metadata.image, base), metadata.imageAlt, draft.title, metadata.imageSize);
  draft.dates = [...metadata.dates, dateInUrl(url), ...metadata.modified, head.bylineDate].filter((d): d is string => Boolean(d));
  const published = (reader.publishedTime || metadata.publishedAt)?.trim();
  if (published) draft.publishedAt = published;
  const genre = genreOf({ types: metadata.types, section: metadata.section, url, title: heading, byline: reader.byline ?? metadata.byline });
  if (genre) draft.genre = genre;
  if (metadata.section) draft.section = metadata.section;
  const lang = (reader.lang || metadata.lang)?.split('-')[0]?.toLowerCase().trim();
  if (lang) draft.lang = lang;
  draft.tags = metadata.tags;
  return draft;
}

/**
 * The headline: Readability's, unless the page titles itself with its own name ("Yahoo News -
 * Latest News & Headlines") or with a URL slug — then the <title> or the JSON-LD / OpenGraph headline.
 */
function pageHeading(metadata: PageMetadata, readerTitle: string | undefined): string | undefined {
  const norm = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const isSiteName = (t: string | undefined) => Boolean(t) && metadata.siteNames.some((n) => norm(n) === norm(t));
  // A title written as a URL slug ("adac-kindersitztest-herbst-2018" in og:title) is a CMS leftover.
  const isSlug = (t: string) => /^[\p{Ll}\p{N}]+(?:[-_][\p{Ll}\p{N}]+){2,}$/u.test(t);
  // Readability may take a DC.title that names the site or its owner ("Johannes N. Viehbacher -
  // Rechtsanwalt") while og:title and <title> agree on the page's own headline: they win then.
  const og = metadata.title?.replace(/\s+/g, ' ').trim();
  const doc = metadata.documentTitle?.replace(/\s+/g, ' ').trim();
  const agree = og && doc && norm(og).length > 3 && norm(doc).includes(norm(og));
  const reader = readerTitle?.replace(/\s+/g, ' ').trim();
  const readerOwn = reader && agree && !norm(doc ?? '').includes(norm(reader)) && !norm(reader).includes(norm(og ?? '')) ? undefined : readerTitle;
  return [readerOwn, metadata.title, metadata.documentTitle].map((t) => t?.replace(/\s+/g, ' ').trim()).find((t) => t && !isSiteName(t) && !isSlug(t));
}

/** Lead image first: its alt is its own description or empty — never the headline again. */
function leadImages(images: ArticleImage[], lead: string | undefined, leadAlt: string | undefined, title: string | undefined, leadSize?: { width: number; height: number }): ArticleImage[] {
  const norm = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const notTitle = (alt: string) => (norm(alt) && norm(alt) === norm(title) ? '' : alt);
  const out: ArticleImage[] = images.map((i) => ({ ...i, alt: notTitle(i.alt) }));
  if (lead && !out.some((i) => i.src === lead)) {
    // The same picture in the story (another size) often carries the alt text og:image lacks.
    const stem = (src: string) => src.split('?')[0]?.split('/').pop()?.replace(/(?:[-_]\d{2,4}(?:x\d{2,4})?)+(?=\.\w+$)/, '') ?? src;
    const twin = out.find((i) => stem(i.src) === stem(lead));
    out.unshift({ src: lead, alt: notTitle(leadAlt ?? twin?.alt ?? ''), ...(leadSize ?? {}) });
  }
  return out;
}
