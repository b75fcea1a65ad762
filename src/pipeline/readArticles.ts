// The one reader of every command: load + extract every input, in the order given, with the next
// few inputs read ahead (disk or network) while one is extracted (CPU). An input that cannot be read
// is yielded as its error, for the command to decide: `build` stops, `digest` skips it and says so.
// The weekly edition also reads feeds: each item is read as an input of its own, and an item the
// feed dates outside the period is yielded unread, with that date.
import { CrierError } from '../errors.js';
import { extractArticle } from '../extract/extractArticle.js';
import type { Article } from '../extract/types.js';
import { sourceLabel, type InputSource } from '../load/listInputFiles.js';
import { loadAhead, READ_AHEAD, type FeedOptions } from '../load/loadAhead.js';
import type { Warning } from '../warnings.js';
import type { ReadContext } from './context.js';

export type ReadArticle =
  | { input: string; article: Article; warnings: Warning[]; /** The file's modification time. */ mtime?: Date }
  | { input: string; error: CrierError };

/** A feed item not read: the feed dates it outside the period (the date it gives). */
export type UnreadFeedItem = { input: string; outside: string };

export function readArticles(context: ReadContext, sources: InputSource[]): AsyncGenerator<ReadArticle>;
export function readArticles(context: ReadContext, sources: InputSource[], feeds: FeedOptions): AsyncGenerator<ReadArticle | UnreadFeedItem>;
export async function* readArticles(context: ReadContext, sources: InputSource[], feeds?: FeedOptions): AsyncGenerator<ReadArticle | UnreadFeedItem> {
  const options = context.timeoutMs ? { timeoutMs: context.timeoutMs } : {};
  for await (const result of loadAhead(sources, context.stdin, options, READ_AHEAD, feeds)) {
    const input = sourceLabel(result.source);
    if ('outside' in result) {
      yield { input, outside: result.outside };
      continue;
    }
    let read: ReadArticle;
    try {
      if ('error' in result) throw result.error;
      const { article, warnings } = extractArticle(result.loaded);
      read = { input, article, warnings, ...(result.loaded.mtime ? { mtime: result.loaded.mtime } : {}) };
    } catch (error) {
      // Anything but a CrierError is a bug in crier: it stops the run with its stack.
      if (!(error instanceof CrierError)) throw error;
      read = { input, error };
    }
    yield read;
  }
}
