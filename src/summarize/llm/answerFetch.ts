// The fetch the openai SDK uses: Node's fetch with the Authorization header crier decided on, a cap
// on the answer's size and a time limit on reading it. The SDK's own timeout stops when the headers
// arrive, and it reads any body whole: a 50 MB answer took 2.1 GB of memory and two minutes of CPU.
// Past the cap the body is cancelled (the connection closes) and the SDK's read fails with
// AnswerTooLargeError, which is not retried.

export interface FetchStats {
  requests: number;
}

export class AnswerTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`the answer is larger than ${Math.round(maxBytes / 1024)} KB`);
    this.name = 'AnswerTooLargeError';
  }
}

export class AnswerTooSlowError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the answer took longer than ${timeoutMs / 1000} s to arrive`);
    this.name = 'AnswerTooSlowError';
  }
}

/** What the SDK sends that an endpoint from a config file may see. Everything else is dropped. */
const PLAIN_HEADERS = /^(accept|content-type|content-length|user-agent|idempotency-key|x-stainless-[a-z-]+)$/i;

export interface AnswerFetchOptions {
  apiKey: string | undefined;
  plainHeaders: boolean;
  maxBytes: number;
  timeoutMs: number;
  stats: FetchStats;
}

function failedBody(error: Error): ReadableStream<Uint8Array> {
  return new ReadableStream({ start: (controller) => controller.error(error) });
}

export function answerFetch(options: AnswerFetchOptions): typeof fetch {
  return async (input, init) => {
    options.stats.requests++;
    const headers = new Headers(init?.headers);
    for (const name of [...headers.keys()]) {
      if (name === 'authorization' || name === 'api-key' || (options.plainHeaders && !PLAIN_HEADERS.test(name))) headers.delete(name);
    }
    if (options.apiKey) headers.set('authorization', `Bearer ${options.apiKey}`);
    // The SDK's signal ends its timeout at the headers; this one also covers reading the body.
    const abort = new AbortController();
    const outer = init?.signal;
    const onAbort = () => abort.abort(outer?.reason);
    if (outer?.aborted) onAbort();
    outer?.addEventListener('abort', onAbort, { once: true });
    const response = await fetch(input, { ...init, headers, signal: abort.signal });
    const timer = setTimeout(() => abort.abort(new AnswerTooSlowError(options.timeoutMs)), options.timeoutMs);
    // Never what keeps the process alive: an unfinished body does that while it is read.
    timer.unref();
    const done = () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    };
    const respond = (body: ReadableStream<Uint8Array> | null) => new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    if (!response.body) {
      done();
      return response;
    }
    if (Number(response.headers.get('content-length') ?? 0) > options.maxBytes) {
      done();
      await response.body.cancel().catch(() => undefined);
      return respond(failedBody(new AnswerTooLargeError(options.maxBytes)));
    }
    let bytes = 0;
    const counted = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        if (bytes <= options.maxBytes) return controller.enqueue(chunk);
        // Erroring the stream cancels the source: the rest of the answer is never downloaded.
        done();
        controller.error(new AnswerTooLargeError(options.maxBytes));
      },
      flush: done,
    });
    return respond(response.body.pipeThrough(counted));
  };
}
