// Feeds as inputs of the weekly edition: RSS 2.0 (and RSS 1.0/RDF), Atom and JSON Feed, parsed by
// feedsmith (a maintained parser with no network of its own; its XML parser expands no entities,
// so an entity bomb stays a short string). Each item becomes one input: its title, date, link,
// author, category and image from the feed; its text from the item itself when that holds the
// article (about 150 words or more), else from the page its link points to (loadInput fetches it).
// Nothing in a feed is ever run: item HTML is only ever parsed as text by the extractor.
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { DateTime } from 'luxon';
import { CrierError } from '../errors.js';

/** A feed lists at most this many items for one edition (the newest come first in nearly every feed). */
export const MAX_FEED_ITEMS = 100;
/** An item's own HTML beyond this is not an article's. */
const MAX_ITEM_HTML = 1024 * 1024;

export interface FeedItem {
  /** 0-based position in the feed. */
  index: number;
  title?: string;
  /** The item's page (absolute http(s)). */
  link?: string;
  /** ISO 8601 with the feed's own offset, so the day is the publisher's day. */
  publishedAt?: string;
  author?: string;
  /** The first category, as a section name ("World", "Technology"). */
  category?: string;
  image?: { src: string; width?: number; height?: number };
  /** The item's own HTML (content:encoded, Atom content, JSON content_html...), when it has any. */
  html?: string;
  /** How many words that HTML holds as text. */
  words: number;
}

export interface Feed {
  /** The feed's (or its site's) name: the source of items that carry their own text. */
  title?: string | undefined;
  lang?: string;
  items: FeedItem[];
}

/** Text of a bit of HTML (entities decoded, tags dropped, spaces collapsed). */
export function plainText(html: string): string {
  return textContent(parseDocument(html)).replace(/\s+/g, ' ').trim();
}

const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const text = value.trim();
  for (const parsed of [DateTime.fromISO(text, { setZone: true }), DateTime.fromRFC2822(text, { setZone: true }), DateTime.fromHTTP(text, { setZone: true })]) {
    if (parsed.isValid) return parsed.toISO() ?? undefined;
  }
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function httpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const first = <T>(...values: (T | undefined | null | '')[]): T | undefined => values.find((v): v is T => v !== undefined && v !== null && v !== '');

interface RawItem {
  title?: string | undefined;
  link?: string | undefined;
  date?: unknown;
  author?: string | undefined;
  category?: string | undefined;
  image?: { url?: string | undefined; width?: number | undefined; height?: number | undefined; medium?: string | undefined; type?: string | undefined } | undefined;
  html?: string | undefined;
}

function item(raw: RawItem, index: number, base: string | undefined): FeedItem {
  const html = raw.html && raw.html.length <= MAX_ITEM_HTML ? raw.html : undefined;
  const out: FeedItem = { index, words: html ? wordCount(plainText(html)) : 0 };
  const title = raw.title ? plainText(raw.title).slice(0, 300) : '';
  if (title) out.title = title;
  const link = httpUrl(raw.link, base);
  if (link) out.link = link;
  const date = isoDate(raw.date);
  if (date) out.publishedAt = date;
  const author = raw.author ? plainText(raw.author).slice(0, 200) : '';
  if (author) out.author = author;
  const category = raw.category ? plainText(raw.category).slice(0, 60) : '';
  if (category) out.category = category;
  const image = httpUrl(raw.image?.url, base);
  const isImage = !raw.image?.medium || raw.image.medium === 'image' || /^image\//.test(raw.image.type ?? '');
  if (image && isImage) out.image = { src: image, ...(raw.image?.width && raw.image.height ? { width: raw.image.width, height: raw.image.height } : {}) };
  if (html) out.html = html;
  return out;
}

type Media = { contents?: { url?: string; width?: number; height?: number; medium?: string; type?: string }[]; thumbnails?: { url?: string; width?: number; height?: number }[] } | undefined;
const mediaImage = (media: Media, enclosures?: { url?: string; type?: string }[]) =>
  first(media?.contents?.find((c) => c.url && (!c.medium || c.medium === 'image')), media?.thumbnails?.[0], enclosures?.find((e) => /^image\//.test(e.type ?? '')));

export async function parseFeed(text: string, label: string, base?: string): Promise<Feed> {
  const { parseFeed: parse } = await import('feedsmith');
  let parsed: Awaited<ReturnType<typeof parse>>;
  try {
    const source = text.replace(/^\uFEFF/, '').trimStart();
    parsed = parse(source.startsWith('{') ? JSON.parse(source) : source, { maxItems: MAX_FEED_ITEMS });
  } catch (error) {
    const why = error instanceof SyntaxError ? 'its JSON does not parse' : /unrecognized/i.test((error as Error).message) ? 'it is not RSS, Atom or JSON Feed' : 'its XML is malformed';
    throw new CrierError('INPUT_NOT_TEXT', `${label} is not a readable feed: ${why}`, { hint: 'check the feed address (open it in a browser), or give crier the articles themselves', cause: error });
  }
  const feed: Feed = { items: [] };
  if (parsed.format === 'atom') {
    const f = parsed.feed;
    const home = httpUrl(f.links?.find((l) => !l.rel || l.rel === 'alternate')?.href, base);
    feed.title = first(f.title?.value);
    feed.items = (f.entries ?? []).map((e, i) =>
      item(
        {
          title: e.title?.value,
          link: first(e.links?.find((l) => !l.rel || l.rel === 'alternate')?.href, e.links?.[0]?.href),
          date: first(e.published, e.updated),
          author: e.authors?.[0]?.name,
          category: first(e.categories?.[0]?.label, e.categories?.[0]?.term),
          image: mediaImage(e.media as Media),
          html: first(e.content?.value, e.summary?.value),
        },
        i,
        home ?? base,
      ),
    );
  } else if (parsed.format === 'json') {
    const f = parsed.feed;
    feed.title = first(f.title);
    if (f.language) feed.lang = f.language;
    feed.items = (f.items ?? []).map((e, i) =>
      item(
        {
          title: e.title,
          link: first(e.url, e.external_url),
          date: first(e.date_published, e.date_modified),
          author: e.authors?.[0]?.name,
          category: e.tags?.[0],
          ...(e.image || e.banner_image ? { image: { url: first(e.image, e.banner_image) } } : {}),
          // Plain text is escaped into HTML so both kinds of content take one road.
          html: first(e.content_html, e.content_text?.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\n{2,}/g, '</p><p>'), e.summary),
        },
        i,
        first(f.home_page_url) ?? base,
      ),
    );
  } else {
    const f = parsed.feed;
    feed.title = first(f.title);
    if (parsed.format === 'rss' && parsed.feed.language) feed.lang = parsed.feed.language;
    const items = (f.items ?? []) as { title?: string; link?: string; description?: string; pubDate?: unknown; authors?: { name?: string }[]; categories?: { name?: string }[]; enclosures?: { url?: string; type?: string }[]; dc?: { creators?: string[]; dates?: unknown[]; subjects?: string[] }; content?: { encoded?: string }; media?: Media; guid?: { value?: string; isPermaLink?: boolean } }[];
    feed.items = items.map((e, i) =>
      item(
        {
          title: e.title,
          link: first(e.link, e.guid?.isPermaLink !== false ? e.guid?.value : undefined),
          date: first(e.pubDate, e.dc?.dates?.[0]),
          author: first(e.authors?.[0]?.name, e.dc?.creators?.[0]),
          category: first(e.categories?.[0]?.name, e.dc?.subjects?.[0]),
          image: mediaImage(e.media, e.enclosures),
          html: first(e.content?.encoded, e.description),
        },
        i,
        httpUrl((f as { link?: string }).link, base) ?? base,
      ),
    );
  }
  feed.items = feed.items.filter((i) => i.link || i.words > 0);
  if (feed.items.length === 0) throw new CrierError('NO_ARTICLES', `${label} is a feed with no items`, { hint: 'check that the feed lists articles' });
  if (feed.title) feed.title = plainText(feed.title).slice(0, 120);
  return feed;
}
