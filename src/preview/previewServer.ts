// crier preview: builds the inputs into an output folder, serves a small UI on 127.0.0.1, and
// rebuilds and reloads open pages (server-sent events) when an input or a template changes.
// A build error (a broken template) is shown in the page; the server keeps running. Rebuilds run
// one at a time (RebuildQueue); requests under another host name are refused (guard.ts).
import { existsSync, mkdtempSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type BuildOptions } from '../build.js';
import { runCheck, type CheckResult } from '../runCheck.js';
import { CrierError } from '../errors.js';
import { listEditions, type EditionEntry } from './editionList.js';
import { checkHost, FILE_CSP, UI_CSP } from './guard.js';
import { RebuildQueue } from './rebuildQueue.js';
import { resolveFile } from './serveFile.js';
import { PREVIEW_HTML } from './ui.js';
import { watchInputs, type InputWatcher } from './watchInputs.js';

export interface PreviewOptions {
  inputs: string[];
  /** The output folder; without it a temporary folder, removed again by close(). */
  out?: string;
  port: number;
  templates?: string;
  config?: string;
  cwd?: string;
  /** Folders to watch besides the inputs (the templates). */
  watch?: string[];
  onEvent?: (message: string) => void;
}

export interface Preview {
  url: string;
  /** Where the editions are written. */
  out: string;
  /** Stops watching, lets a running rebuild finish, closes the server, removes a temporary out. */
  close(): Promise<void>;
  /** Resolves after a rebuild that starts after this call (for tests). */
  rebuilt(): Promise<void>;
  /** Resolves when no rebuild is running or queued (for tests). */
  idle(): Promise<void>;
}

interface State {
  version: number;
  error?: string;
  /** The editions of the latest successful build. */
  slugs: string[];
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new CrierError('PORT_IN_USE', `Port ${port} is already in use`, { hint: 'pick another with --port' }) : error),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const cwd = options.cwd ?? process.cwd();
  const log = options.onEvent ?? (() => {});
  const state: State = { version: 0, slugs: [] };
  const clients = new Set<ServerResponse>();
  let editionsCache: { version: number; list: Promise<EditionEntry[]> } | undefined;
  // One check per edition per build, however often the page asks.
  const checks = new Map<string, Promise<CheckResult>>();

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // One failing request never stops the server.
      log(`request failed: ${(error as Error).message}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Internal error');
    });
  });
  // Listen first: a taken port is one error line, before anything is built or created.
  await listen(server, options.port);
  const port = (server.address() as AddressInfo).port;
  const temporary = options.out === undefined;
  const out = temporary ? mkdtempSync(path.join(tmpdir(), 'crier-preview-')) : path.resolve(cwd, options.out ?? '');

  const broadcast = (event: string, data: unknown) => {
    for (const client of clients) client.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };

  // A config that enables the model is called on rebuilds too: say so, once per preview.
  const noticed = new Set<string>();
  const notify = (line: string) => {
    if (noticed.has(line)) return;
    noticed.add(line);
    log(line);
  };

  let builds = 0;
  const rebuild = async () => {
    const buildOptions: BuildOptions = { inputs: options.inputs, out, cwd, llm: { notify } };
    if (options.templates) buildOptions.templates = options.templates;
    if (options.config) buildOptions.config = options.config;
    try {
      const result = await build(buildOptions);
      state.slugs = result.editions.map((e) => e.slug);
      delete state.error;
      if (builds > 0) log('rebuilt'); // the first build is part of starting, before the URL line
    } catch (error) {
      state.error = error instanceof CrierError ? error.toLine() : String((error as Error).stack ?? error);
      log(`build failed: ${state.error}`);
    }
    builds++;
    state.version++;
    checks.clear();
    broadcast(state.error ? 'failed' : 'reload', { version: state.version, error: state.error ?? null });
  };
  const queue = new RebuildQueue(rebuild);

  const editions = () => {
    if (editionsCache?.version !== state.version) editionsCache = { version: state.version, list: listEditions(out, state.slugs) };
    return editionsCache.list;
  };

  async function edition(slug: string) {
    if (!state.slugs.includes(slug) || !existsSync(path.join(out, slug, 'manifest.json'))) return undefined;
    const read = async (file: string) => (existsSync(path.join(out, slug, file)) ? readFile(path.join(out, slug, file), 'utf8') : '');
    let check = checks.get(slug);
    if (!check) {
      check = runCheck(path.join(out, slug), { cwd, ...(options.config ? { config: options.config } : {}) });
      checks.set(slug, check);
      check.catch(() => checks.delete(slug));
    }
    return {
      slug,
      text: await read('newsletter.txt'),
      brief: await read('brief.md'),
      thread: JSON.parse((await read('thread.json')) || '{"platforms":{}}'),
      check: await check,
    };
  }

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    res.end(JSON.stringify(body));
  };
  const notFound = (res: ServerResponse) => {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (!checkHost(req, res, port)) return;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' && req.method !== 'HEAD') return notFound(res);
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': UI_CSP, 'referrer-policy': 'no-referrer' });
      return res.end(PREVIEW_HTML);
    }
    if (url.pathname === '/api/state') return json(res, 200, { version: state.version, error: state.error ?? null, editions: await editions() });
    if (url.pathname.startsWith('/api/editions/')) {
      const data = await edition(url.pathname.slice('/api/editions/'.length));
      return data ? json(res, 200, data) : notFound(res);
    }
    if (url.pathname === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`event: hello\ndata: ${JSON.stringify({ version: state.version, error: state.error ?? null })}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (url.pathname.startsWith('/files/')) {
      // The raw path (still percent-encoded) is checked, so encoded traversal is caught too.
      const raw = (req.url ?? '').split('?')[0]?.slice('/files/'.length) ?? '';
      const hit = await resolveFile(out, raw);
      if (!hit) return notFound(res);
      res.writeHead(200, {
        'content-type': hit.type,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'content-security-policy': FILE_CSP,
        'referrer-policy': 'no-referrer',
      });
      return res.end(req.method === 'HEAD' ? undefined : hit.body);
    }
    return notFound(res);
  }

  let watcher: InputWatcher | undefined;
  let closing = false;
  const close = async () => {
    closing = true;
    await watcher?.close();
    await queue.idle(); // a rebuild in flight finishes before its folder goes
    for (const c of clients) c.end();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (temporary) await rm(out, { recursive: true, force: true });
  };

  try {
    queue.request();
    await queue.idle();
    const targets = [...options.inputs.filter((i) => i !== '-' && !/^https?:/i.test(i)), ...(options.watch ?? [])].map((t) => path.resolve(cwd, t)).filter((t) => existsSync(t));
    watcher = await watchInputs(targets, {
      ignore: [out],
      onChange: () => {
        if (!closing) queue.request();
      },
      onError: log,
    });
  } catch (error) {
    await close();
    throw error;
  }

  return {
    url: `http://127.0.0.1:${port}/`,
    out,
    rebuilt: () => queue.next(),
    idle: () => queue.idle(),
    close,
  };
}
