// A small OpenAI-compatible server for tests: POST /v1/chat/completions answers from a script, one
// step per request, and records every request. Listens on 127.0.0.1 only.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Step {
  status?: number;
  headers?: Record<string, string>;
  /** The assistant message content (wrapped in a chat.completion body). */
  content?: string;
  refusal?: string;
  /** A raw body instead of a chat.completion. */
  body?: string;
  /** Never answer. */
  hang?: boolean;
  /** Answer 200 with a JSON body this many bytes long, streamed in 64 KB chunks. */
  flood?: number;
  /** Send the headers, then one byte of the body every 100 ms, forever. */
  trickle?: boolean;
  /** Answer only when the request asks for this response_format type, 'none' for no response_format (else 400). */
  onlyFormat?: string;
}

export interface FakeLlm {
  url: string;
  /** The server's origin, for endpoints under other paths (any path ending in /chat/completions). */
  origin: string;
  requests: { body: Record<string, unknown>; headers: IncomingMessage['headers']; path: string }[];
  /** Bytes of flood answers written before the client closed the connection. */
  floodSent: number[];
  close(): Promise<void>;
}

function completion(step: Step, model: string): string {
  return JSON.stringify({
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1764201600,
    model,
    choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: step.refusal ? null : (step.content ?? ''), refusal: step.refusal ?? null } }],
    usage: { prompt_tokens: 900, completion_tokens: 300, total_tokens: 1200 },
  });
}

/** A huge JSON answer written as fast as the client reads it; records how much went out. */
function flood(res: ServerResponse, total: number, sent: number[]): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  const chunk = Buffer.alloc(64 * 1024, ' ');
  let written = 0;
  const index = sent.push(0) - 1;
  const write = () => {
    while (written < total && !res.destroyed) {
      written += chunk.length;
      sent[index] = written;
      if (!res.write(chunk)) return void res.once('drain', write);
    }
    if (!res.destroyed) res.end();
  };
  res.on('close', () => (sent[index] = written));
  write();
}

export async function startFakeLlm(script: Step[] | ((n: number, body: Record<string, unknown>) => Step)): Promise<FakeLlm> {
  const requests: FakeLlm['requests'] = [];
  const floodSent: number[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      if (!req.url?.endsWith('/chat/completions')) {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(raw || '{}') as Record<string, unknown>;
      requests.push({ body, headers: req.headers, path: req.url });
      const n = requests.length - 1;
      const step = typeof script === 'function' ? script(n, body) : (script[Math.min(n, script.length - 1)] ?? {});
      if (step.hang) return;
      if (step.flood) {
        flood(res, step.flood, floodSent);
        return;
      }
      if (step.trickle) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{');
        const timer = setInterval(() => res.write(' '), 100);
        res.on('close', () => clearInterval(timer));
        return;
      }
      const format = (body.response_format as { type?: string } | undefined)?.type;
      if (step.onlyFormat && (format ?? 'none') !== step.onlyFormat) {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: `response_format ${format} is not supported`, type: 'invalid_request_error' } }));
        return;
      }
      res.writeHead(step.status ?? 200, { 'content-type': 'application/json', ...step.headers });
      res.end(step.body ?? completion(step, String(body.model)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    origin: `http://127.0.0.1:${port}`,
    requests,
    floodSent,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A grounded answer for the seed article (every quote, number and name is in the article). */
export function seedAnswer(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    headline: 'Putin and Bolton see hope for better US-Russia ties',
    preheader: 'A possible summit in Helsinki in mid-July, and talk of saving arms control treaties.',
    bullets: [
      'Vladimir Putin and John Bolton met in the Kremlin ahead of a possible summit with Donald Trump.',
      'Finland offered to host the summit, with Helsinki the preferred option.',
      'The two sides may try to prevent the collapse of decades-old arms control treaties.',
    ],
    intro: 'Russian President Vladimir Putin told John Bolton his visit gives “hope that we can make at least the first steps towards restoring full-scale relations between our countries”. A summit could follow in mid-July.',
    whyItMatters: 'Relations between the two nuclear-armed rivals are at their worst since the Cold War.',
    posts: {
      x: ['Putin and Bolton met in the Kremlin and both spoke of hope for better ties.', 'A summit with Trump could take place in mid-July, possibly in Helsinki.', 'Arms control could be the one area of agreement.'],
      bluesky: ['Putin and Bolton met in the Kremlin and both spoke of hope for better ties.', 'A summit with Trump could take place in mid-July, possibly in Helsinki.'],
      mastodon: ['Putin and Bolton met in the Kremlin and both spoke of hope for better ties.', 'A summit with Trump could take place in mid-July, possibly in Helsinki.'],
      threads: ['Putin and Bolton met in the Kremlin and both spoke of hope for better ties.', 'A summit with Trump could take place in mid-July, possibly in Helsinki.'],
      linkedin: ['Putin and Bolton met in the Kremlin and both spoke of hope for better ties. A summit with Trump could take place in mid-July, possibly in Helsinki.'],
    },
    hashtags: ['#Kremlin', 'Helsinki'],
    ...overrides,
  });
}
