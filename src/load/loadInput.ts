// Reads one source into a LoadedInput: bytes, decoded text, checksum, format.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CrierError } from '../errors.js';
import type { FeedFields, LoadedInput } from './types.js';
import type { FeedItem } from './feed.js';
import { looksLikeFeed } from './looksLikeFeed.js';
import { decode, declaredCharset } from './decode.js';
import { fetchUrl } from './fetchUrl.js';
import { formatOf, sniffFormat } from './formatOf.js';
import { sourceLabel, type FeedItemSource, type InputSource } from './listInputFiles.js';

/** Articles are small; anything bigger is almost certainly not one (and would stall the pipeline). */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

async function readStdin(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) break;
    chunks.push(buffer);
  }
  if (size > MAX_INPUT_BYTES) throw tooBig('standard input', size);
  return Buffer.concat(chunks);
}

function tooBig(label: string, size: number): CrierError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new CrierError('INPUT_TOO_LARGE', `${label} is ${mb(size)} MB; crier reads articles up to ${mb(MAX_INPUT_BYTES)} MB`, {
    hint: 'give crier the article itself, not an archive or a dump',
  });
}

export interface LoadOptions {
  /** Timeout for URLs, in milliseconds. */
  timeoutMs?: number;
}

async function loadUrl(url: string, options: LoadOptions, publicOnly = false): Promise<LoadedInput> {
  const page = await fetchUrl(url, { maxBytes: MAX_INPUT_BYTES, publicOnly, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
  const charset = page.charset ?? (page.format === 'html' || page.format === 'feed' ? declaredCharset(page.bytes) : undefined);
  const text = decode(page.bytes, url, charset ? { charset } : {});
  if (text.trim() === '') throw new CrierError('INPUT_EMPTY', `${url} is an empty page`, { hint: 'check the address' });
  // A feed served as text/html or text/plain is still a feed; XML or JSON that is not one is not an article.
  const format = page.format !== 'feed' && looksLikeFeed(text) ? 'feed' : page.format;
  return { path: url, format, text, sha256: createHash('sha256').update(page.bytes).digest('hex'), url: page.url };
}

export async function loadInput(source: InputSource, stdin: NodeJS.ReadableStream, options: LoadOptions = {}): Promise<LoadedInput> {
  if (source.kind === 'url') return loadUrl(source.url, options);
  if (source.kind === 'feedItem') return loadFeedItem(source, options);
  let bytes: Uint8Array;
  let label: string;
  let mtime: Date | undefined;
  if (source.kind === 'stdin') {
    label = 'standard input';
    bytes = await readStdin(stdin);
  } else {
    label = source.path;
    try {
      const info = await stat(source.fullPath);
      // A FIFO or a device would block or never end: only regular files are articles.
      if (!info.isFile()) throw new CrierError('INPUT_UNREADABLE', `${label} is not a regular file`, { hint: 'give crier an article file' });
      if (info.size > MAX_INPUT_BYTES) throw tooBig(label, info.size);
      mtime = info.mtime;
      bytes = await readFile(source.fullPath);
    } catch (error) {
      if (error instanceof CrierError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (code ?? String(error));
      throw new CrierError('INPUT_UNREADABLE', `Cannot read ${label}: ${why}`, { cause: error, hint: 'check the file' });
    }
  }
  const extFormat = source.kind === 'file' ? formatOf(path.basename(source.path)) : undefined;
  const charset = extFormat === 'html' || extFormat === 'feed' || extFormat === undefined ? declaredCharset(bytes) : undefined;
  const text = decode(bytes, label, charset ? { charset } : {});
  if (text.trim() === '') {
    throw new CrierError('INPUT_EMPTY', `${label} is empty`, { hint: 'give crier an article with a title and text' });
  }
  // A feed saved as .html or .txt is still a feed.
  const format = extFormat === 'feed' || looksLikeFeed(text) ? 'feed' : (extFormat ?? sniffFormat(text));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const loaded: LoadedInput = { path: source.kind === 'stdin' ? '-' : source.path, format, text, sha256 };
  if (mtime) loaded.mtime = mtime;
  return loaded;
}

/** A feed item whose own text has at least this many words holds the article; shorter is a teaser to follow. */
export const ITEM_ARTICLE_WORDS = 150;

/**
 * One item of a feed: the item's own text when it holds the article (or when there is no link to
 * follow), else the page its link points to; either way with what the feed says of the item.
 */
async function loadFeedItem(source: FeedItemSource, options: LoadOptions): Promise<LoadedInput> {
  const { item } = source;
  const label = sourceLabel(source);
  const fields: FeedFields = { feed: source.feed };
  if (item.title) fields.title = item.title;
  if (item.link) fields.url = item.link;
  if (item.publishedAt) fields.publishedAt = item.publishedAt;
  if (source.feedTitle) fields.source = source.feedTitle;
  if (item.author) fields.byline = item.author;
  if (item.category) fields.section = item.category;
  if (item.image) fields.image = item.image;
  if (source.feedLang) fields.lang = source.feedLang;
  if (item.html && (item.words >= ITEM_ARTICLE_WORDS || !item.link)) {
    return { path: label, format: 'html', text: itemPage(item), sha256: createHash('sha256').update(item.html).digest('hex'), ...(item.link ? { url: item.link } : {}), feed: fields };
  }
  if (!item.link) throw new CrierError('NO_ARTICLES', `${label} has no text and no link`, { hint: 'the feed item must carry the article or link to it' });
  const page = await loadUrl(item.link, options, source.publicOnly !== false);
  if (page.format === 'feed') throw new CrierError('INPUT_NOT_TEXT', `${label} (an item of ${source.feed}) links to a feed, not an article`, { hint: 'give crier the feed that lists articles' });
  return { ...page, feed: fields };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The item's own HTML as a page the extractor reads like any other (its headline comes from the feed). */
function itemPage(item: FeedItem): string {
  const title = item.title ? escapeHtml(item.title) : '';
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article>${title ? `<h1>${title}</h1>` : ''}${item.html ?? ''}</article></body></html>`;
}
