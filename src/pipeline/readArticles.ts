// The one reader of both commands: load + extract every input, in the order given, with the next
// few inputs read ahead (disk or network) while one is extracted (CPU). An input that cannot be read
// is yielded as its error, for the command to decide: `build` stops, `digest` skips it and says so.
import { CrierError } from '../errors.js';
import { extractArticle } from '../extract/extractArticle.js';
import type { Article } from '../extract/types.js';
import { sourceLabel, type InputSource } from '../load/listInputFiles.js';
import { loadAhead } from '../load/loadAhead.js';
import type { Warning } from '../warnings.js';
import { languageTag } from '../i18n/languages.js';
import type { ReadContext } from './context.js';

export type ReadArticle =
  | { input: string; article: Article; warnings: Warning[]; /** The file's modification time. */ mtime?: Date }
  | { input: string; error: CrierError };

export async function* readArticles(context: ReadContext, sources: InputSource[]): AsyncGenerator<ReadArticle> {
  const options = context.timeoutMs ? { timeoutMs: context.timeoutMs } : {};
  for await (const result of loadAhead(sources, context.stdin, options)) {
    const input = sourceLabel(result.source);
    let read: ReadArticle;
    try {
      if ('error' in result) throw result.error;
      const { article, warnings } = extractArticle(result.loaded);
      // --lang says what language the article is in, whatever the page or the detector said.
      if (context.lang) article.lang = languageTag(context.lang);
      read = { input, article, warnings, ...(result.loaded.mtime ? { mtime: result.loaded.mtime } : {}) };
    } catch (error) {
      // Anything but a CrierError is a bug in crier: it stops the run with its stack.
      if (!(error instanceof CrierError)) throw error;
      read = { input, error };
    }
    yield read;
  }
}
