// Many inputs in a row: while one article is extracted (CPU), the next few are already being read
// (disk or network), instead of each read waiting for the previous extraction.
import type { InputSource } from './listInputFiles.js';
import { loadInput, type LoadOptions } from './loadInput.js';
import type { LoadedInput } from './types.js';

/** Inputs read ahead of the one being worked on: enough to keep the disk busy, a few MB at most. */
export const READ_AHEAD = 8;

export type Loaded = { source: InputSource; loaded: LoadedInput } | { source: InputSource; error: unknown };

/** Loads every source, yielding them in input order, each with its content or the error it raised. */
export async function* loadAhead(sources: InputSource[], stdin: NodeJS.ReadableStream, options: LoadOptions = {}, depth = READ_AHEAD): AsyncGenerator<Loaded> {
  const pending: Promise<Loaded>[] = [];
  const start = (source: InputSource) =>
    pending.push(
      loadInput(source, stdin, options).then(
        (loaded) => ({ source, loaded }),
        (error: unknown) => ({ source, error }),
      ),
    );
  let next = 0;
  while (next < sources.length && pending.length < depth) start(sources[next++] as InputSource);
  while (pending.length > 0) {
    const result = await (pending.shift() as Promise<Loaded>);
    if (next < sources.length) start(sources[next++] as InputSource);
    yield result;
  }
}
