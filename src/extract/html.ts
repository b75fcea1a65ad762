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
import { readMetadata } from './metadata.js';

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

export function extractHtml(html: string, label: string, pageUrl?: string): ArticleDraft {
  const clean = stripInert(html);
  if (nestingDepth(clean) > MAX_NESTING) {
    throw new CrierError('INPUT_NOT_TEXT', `${label} is nested more than ${MAX_NESTING} elements deep`, { hint: 'this is not an ordinary web page; save the article again' });
  }
  const { parseHTML } = lazy<typeof Linkedom>('linkedom');
  const { Readability } = lazy<{ Readability: typeof ReadabilityClass }>('@mozilla/readability');
  const { document } = parseHTML(clean);
  const metadata = readMetadata(document as unknown as Document);
  const base = pageUrl ?? metadata.url;
  const noArticle = () => new CrierError('NO_ARTICLES', `${label} has no article in it`, { hint: 'give crier the page of one article, not a home page or an empty page' });
  if (!document.documentElement || !document.body) throw noArticle();
  let reader: ReturnType<ReadabilityClass['parse']>;
  try {
    reader = new Readability(document as unknown as Document, { keepClasses: true, charThreshold: 200 }).parse();
  } catch (error) {
    // Readability gives up on some broken documents by throwing; for the user that is "no article".
    throw Object.assign(noArticle(), { cause: error });
  }
  if (!reader?.content) {
    throw new CrierError('NO_ARTICLES', `${label} has no article in it`, { hint: 'give crier the page of one article, not a home page or an empty page' });
  }
  const { document: content } = parseHTML(`<!doctype html><html><body>${reader.content}</body></html>`);
  const blocks = htmlBlocks(content.body as unknown as Element, base);
  const draft = emptyDraft();
  draft.paragraphs = trimLabelEdges(removeBoilerplate(blocks.paragraphs));
  draft.links = blocks.links;
  draft.images = blocks.images;
  const lead = absoluteUrl(metadata.image, base);
  if (lead && !draft.images.some((i) => i.src === lead)) draft.images.unshift({ src: lead, alt: reader.title ?? '' });
  const fields: [keyof ArticleDraft, string | null | undefined][] = [
    ['title', reader.title || metadata.title],
    ['byline', reader.byline || metadata.byline],
    ['source', reader.siteName || metadata.siteName],
    ['publishedAt', reader.publishedTime || metadata.publishedAt],
    ['url', absoluteUrl(metadata.url, pageUrl) ?? pageUrl],
    ['lang', (reader.lang || metadata.lang)?.split('-')[0]?.toLowerCase()],
  ];
  for (const [key, value] of fields) {
    const clean = value?.replace(/\s+/g, ' ').trim();
    if (clean) (draft as unknown as Record<string, string>)[key] = clean;
  }
  draft.tags = metadata.tags;
  return draft;
}
