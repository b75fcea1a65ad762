// crier preview: builds the inputs into an output folder, serves a small UI on 127.0.0.1, and
// rebuilds and reloads open pages (server-sent events) when an input or a template changes.
// A build error (a broken template) is shown in the page; the server keeps running.
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build, type BuildOptions } from '../build.js';
import { runCheck } from '../check/runCheck.js';
import { CrierError } from '../errors.js';
import { resolveFile } from './serveFile.js';
import { PREVIEW_HTML } from './ui.js';

export interface PreviewOptions {
  inputs: string[];
  out: string;
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
  close(): Promise<void>;
  /** Resolves after the next rebuild (for tests). */
  rebuilt(): Promise<void>;
}

interface State {
  version: number;
  error?: string;
  building: boolean;
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const cwd = options.cwd ?? process.cwd();
  const out = path.resolve(cwd, options.out);
  const state: State = { version: 0, building: false };
  const clients = new Set<ServerResponse>();
  let waiters: (() => void)[] = [];
  const log = options.onEvent ?? (() => {});

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

  const rebuild = async () => {
    state.building = true;
    const buildOptions: BuildOptions = { inputs: options.inputs, out, cwd, llm: { notify } };
    if (options.templates) buildOptions.templates = options.templates;
    if (options.config) buildOptions.config = options.config;
    try {
      await build(buildOptions);
      delete state.error;
      log('rebuilt');
    } catch (error) {
      state.error = error instanceof CrierError ? error.toLine() : String((error as Error).stack ?? error);
      log(`build failed: ${state.error}`);
    }
    state.building = false;
    state.version++;
    broadcast(state.error ? 'failed' : 'reload', { version: state.version, error: state.error ?? null });
    const done = waiters;
    waiters = [];
    for (const w of done) w();
  };

  await rebuild();

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  const notFound = (res: ServerResponse) => {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  };

  async function editions() {
    if (!existsSync(out)) return [];
    const list = [];
    for (const slug of (await readdir(out)).sort()) {
      const manifestFile = path.join(out, slug, 'manifest.json');
      if (!existsSync(manifestFile)) continue;
      const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { edition?: { title?: string; kind?: string } };
      list.push({ slug, title: manifest.edition?.title ?? slug, kind: manifest.edition?.kind ?? 'article' });
    }
    return list;
  }

  async function edition(slug: string) {
    if (!/^[a-z0-9-]+$/.test(slug) || !existsSync(path.join(out, slug, 'manifest.json'))) return undefined;
    const read = async (file: string) => (existsSync(path.join(out, slug, file)) ? readFile(path.join(out, slug, file), 'utf8') : '');
    const check = await runCheck(path.join(out, slug), { cwd, ...(options.config ? { config: options.config } : {}) });
    return {
      slug,
      text: await read('newsletter.txt'),
      brief: await read('brief.md'),
      thread: JSON.parse((await read('thread.json')) || '{"platforms":{}}'),
      check,
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' && req.method !== 'HEAD') return notFound(res);
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
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
      res.writeHead(200, { 'content-type': hit.type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      return res.end(req.method === 'HEAD' ? undefined : hit.body);
    }
    return notFound(res);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // One failing request never stops the server.
      log(`request failed: ${(error as Error).message}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Internal error');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new CrierError('USAGE', `Port ${options.port} is already in use`, { hint: 'pick another with --port' }) : error),
    );
    server.listen(options.port, '127.0.0.1', resolve);
  });

  // Watch inputs and templates; rebuild once per burst of changes.
  const watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  const schedule = (file: string) => {
    if (file.includes('.crier-tmp-') || file.startsWith(out)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 150);
  };
  for (const target of [...options.inputs.filter((i) => i !== '-' && !/^https?:/.test(i)), ...(options.watch ?? [])]) {
    const full = path.resolve(cwd, target);
    if (!existsSync(full)) continue;
    try {
      watchers.push(watch(full, { recursive: true }, (_event, name) => schedule(path.join(full, String(name ?? '')))));
    } catch {
      watchers.push(watch(full, (_event, name) => schedule(path.join(full, String(name ?? '')))));
    }
  }

  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    rebuilt: () => new Promise<void>((resolve) => waiters.push(resolve)),
    close: async () => {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
      for (const c of clients) c.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
