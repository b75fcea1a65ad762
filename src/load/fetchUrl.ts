// Reads an article from an http(s) URL with Node's fetch: a timeout, at most 5 redirects, a 10 MB
// cap, a content-type check and the charset from the header (or the page's <meta>). Every error
// names the URL and, when there is one, the HTTP status.
import { CrierError } from '../errors.js';
import { privateTarget } from './privateAddress.js';
import type { LoadedInput } from './types.js';

export const MAX_REDIRECTS = 5;
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface FetchedPage {
  url: string;
  bytes: Uint8Array;
  format: LoadedInput['format'];
  charset?: string;
}

const TYPES: Record<string, LoadedInput['format']> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  // Feeds (the weekly edition reads each item); generic XML and JSON too, as feeds are often served so.
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/rdf+xml': 'feed',
  'application/feed+json': 'feed',
  'application/json': 'feed',
  'application/xml': 'feed',
  'text/xml': 'feed',
};

/**
 * A response crier will not read: its body is cancelled, which closes the connection. Left alone,
 * an unread body keeps the socket (and the process) alive for as long as the server trickles it.
 */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

async function readCapped(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  const tooBig = () =>
    new CrierError('INPUT_TOO_LARGE', `${url} is larger than ${(maxBytes / 1024 / 1024).toFixed(0)} MB`, { hint: 'crier reads single articles, not archives' });
  if (declared > maxBytes) {
    await discard(response);
    throw tooBig();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooBig();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes: number;
  /** A stranger chose this address (a feed's item link): it, and every redirect, must be on the public internet (privateAddress.ts). */
  publicOnly?: boolean;
}

/** Refuses an address on this machine or a private network before anything is sent to it. */
async function assertPublic(current: string, url: string): Promise<void> {
  const address = await privateTarget(current).catch((error: unknown) => {
    throw new CrierError('INPUT_UNREADABLE', `Cannot fetch ${url}: ${(error as NodeJS.ErrnoException).code ?? describe(error)}`, { cause: error, hint: 'check the URL and your connection' });
  });
  if (address === undefined) return;
  const what = current === url ? `${url} points to` : `${url} redirects to ${current}, at`;
  throw new CrierError('INPUT_UNREADABLE', `${what} a private address (${address}), which a feed's item may not reach`, {
    hint: 'crier follows feed links to the public internet only; to read that page anyway, give its address on the command line',
  });
}

export async function fetchUrl(url: string, options: FetchOptions): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  for (let redirects = 0; ; redirects++) {
    if (options.publicOnly) await assertPublic(current, url);
    let response: Response;
    try {
      response = await fetch(current, { redirect: 'manual', signal, headers: { accept: 'text/html, text/plain;q=0.9, text/markdown;q=0.9, application/rss+xml;q=0.8, application/atom+xml;q=0.8, application/feed+json;q=0.8, */*;q=0.1', 'user-agent': 'crier (+https://www.npmjs.com/package/crier)' } });
    } catch (error) {
      if (signal.aborted) {
        throw new CrierError('INPUT_UNREADABLE', `${url} did not answer within ${timeoutMs / 1000} s`, { cause: error, hint: 'check the URL or try again later' });
      }
      throw new CrierError('INPUT_UNREADABLE', `Cannot fetch ${url}: ${describe(error)}`, { cause: error, hint: 'check the URL and your connection' });
    }
    if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
      await discard(response);
      if (redirects >= MAX_REDIRECTS) {
        throw new CrierError('INPUT_UNREADABLE', `${url} redirects more than ${MAX_REDIRECTS} times`, { hint: 'open it in a browser and use the final address' });
      }
      current = new URL(response.headers.get('location') ?? '', current).href;
      if (!/^https?:/.test(current)) throw new CrierError('INPUT_UNREADABLE', `${url} redirects to a non-http address`, {});
      continue;
    }
    if (!response.ok) {
      await discard(response);
      throw new CrierError('INPUT_UNREADABLE', `${url} returned HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, {
        hint: response.status === 404 ? 'check the address' : 'try again later',
      });
    }
    const contentType = (response.headers.get('content-type') ?? 'text/html').toLowerCase();
    const mime = contentType.split(';')[0]?.trim() ?? '';
    const format = TYPES[mime];
    if (!format) {
      await discard(response);
      throw new CrierError('INPUT_NOT_TEXT', `${url} is ${mime || 'not a page'}, not an article`, { hint: 'give crier the address of an article page' });
    }
    const bytes = await readCapped(response, url, options.maxBytes).catch((error: unknown) => {
      if (error instanceof CrierError) throw error;
      throw new CrierError('INPUT_UNREADABLE', signal.aborted ? `${url} did not answer within ${timeoutMs / 1000} s` : `Cannot read ${url}: ${describe(error)}`, { cause: error });
    });
    const page: FetchedPage = { url: current, bytes, format };
    const charset = /charset\s*=\s*["']?([\w:.-]+)/i.exec(contentType)?.[1];
    if (charset) page.charset = charset.toLowerCase();
    return page;
  }
}
