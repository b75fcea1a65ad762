// Many inputs in a row: while one article is extracted (CPU), the next few are already being read
// (disk or network), instead of each read waiting for the previous extraction. A feed (weekly
// edition only) is read like any input, then its items take its place in the line: each is read
// ahead the same way, in the feed's order; an item dated outside the edition's period is not fetched.
import { CrierError } from '../errors.js';
import { sourceLabel, type FeedItemSource, type InputSource } from './listInputFiles.js';
import { loadInput, type LoadOptions } from './loadInput.js';
import { isPrivateUrl } from './privateAddress.js';
import type { LoadedInput } from './types.js';

/** Inputs read ahead of the one being worked on: enough to keep the disk busy, a few MB at most. */
export const READ_AHEAD = 8;

export type Loaded = { source: InputSource; loaded: LoadedInput } | { source: InputSource; error: unknown };

/** A feed item left unread: the feed dates it outside the period. */
export type Unread = { source: InputSource; outside: string };

export interface FeedOptions {
  /** Is a date (ISO 8601) inside the edition's period? Items outside are not fetched. */
  inPeriod?: (date: string) => boolean;
}

interface Slot {
  source: InputSource;
  result?: Promise<Loaded | Unread>;
}

/** The items of a feed, each a source of its own (or left unread when outside the period). */
async function feedItems(source: InputSource, loaded: LoadedInput, options: FeedOptions): Promise<Slot[]> {
  // Loaded only when a feed is given: the parser stays out of every other run.
  const { parseFeed } = await import('./feed.js');
  const label = sourceLabel(source);
  const feed = await parseFeed(loaded.text, label, loaded.url);
  // An intranet feed (the user gave its private address, and it stayed there) may link to its own network.
  const local = source.kind === 'url' && isPrivateUrl(source.url) && isPrivateUrl(loaded.url ?? source.url);
  return feed.items.map((item) => {
    const itemSource: FeedItemSource = { kind: 'feedItem', feed: label, item, publicOnly: !local, ...(feed.title ? { feedTitle: feed.title } : {}), ...(feed.lang ? { feedLang: feed.lang } : {}) };
    const date = item.publishedAt;
    return date && options.inPeriod && !options.inPeriod(date) ? { source: itemSource, result: Promise.resolve({ source: itemSource, outside: date }) } : { source: itemSource };
  });
}

/**
 * Loads every source, yielding them in input order, each with its content or the error it raised.
 * `feeds`: read feeds into their items (the weekly edition); without it a feed is an error.
 */
export function loadAhead(sources: InputSource[], stdin: NodeJS.ReadableStream, options?: LoadOptions, depth?: number): AsyncGenerator<Loaded>;
export function loadAhead(sources: InputSource[], stdin: NodeJS.ReadableStream, options: LoadOptions, depth: number, feeds: FeedOptions | undefined): AsyncGenerator<Loaded | Unread>;
export async function* loadAhead(sources: InputSource[], stdin: NodeJS.ReadableStream, options: LoadOptions = {}, depth = READ_AHEAD, feeds?: FeedOptions): AsyncGenerator<Loaded | Unread> {
  const queue: Slot[] = sources.map((source) => ({ source }));
  const load = (source: InputSource): Promise<Loaded | Unread> =>
    loadInput(source, stdin, options).then(
      (loaded) => ({ source, loaded }),
      (error: unknown) => ({ source, error }),
    );
  while (queue.length > 0) {
    // The first `depth` inputs in line are being read.
    for (const slot of queue.slice(0, depth)) slot.result ??= load(slot.source);
    const slot = queue.shift() as Slot;
    const result = await (slot.result as Promise<Loaded | Unread>);
    if (!('loaded' in result) || result.loaded.format !== 'feed') {
      yield result;
      continue;
    }
    const label = sourceLabel(slot.source);
    if (!feeds || slot.source.kind === 'feedItem') {
      yield { source: slot.source, error: new CrierError('INPUT_NOT_TEXT', `${label} is a feed, not an article`, { hint: 'crier digest reads feeds: crier digest <feed> --week <yyyy-Www>' }) };
      continue;
    }
    try {
      queue.unshift(...(await feedItems(slot.source, result.loaded, feeds)));
    } catch (error) {
      yield { source: slot.source, error };
    }
  }
}
