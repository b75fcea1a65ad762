// URL loading against a server this test starts on 127.0.0.1 (the machines have no internet).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInput } from '../../../src/load/loadInput.js';

let server: Server;
let base = '';
const article = '<html><head><title>T</title></head><body><article><p>Café owners in the old town said on Monday that the new ferry brings more visitors every weekend.</p><p>The council expects the number of passengers to double next summer, officials said.</p></article></body></html>';

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = req.url ?? '/';
    if (route === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(article);
    } else if (route === '/latin1') {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
      res.end(Buffer.from(article, 'latin1'));
    } else if (route === '/meta-charset') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(Buffer.from(article.replace('<head>', '<head><meta charset="iso-8859-1">'), 'latin1'));
    } else if (route.startsWith('/redirect/')) {
      const n = Number(route.split('/')[2]);
      res.writeHead(302, { location: n > 0 ? `/redirect/${n - 1}` : '/article' });
      res.end();
    } else if (route === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else if (route === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      let sent = 0;
      const write = () => {
        while (sent < 20 && res.write(chunk)) sent++;
        if (sent < 20) res.once('drain', write);
        else res.end();
      };
      write();
    } else if (route === '/hang') {
      // Never answers: the client's timeout must fire.
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const load = (route: string, timeoutMs = 3000) => loadInput({ kind: 'url', url: `${base}${route}` }, process.stdin, { timeoutMs });

describe('loading URLs', () => {
  it('reads a page, decoding by the charset header', async () => {
    const page = await load('/article');
    expect(page).toMatchObject({ format: 'html', url: `${base}/article` });
    expect(page.text).toContain('Café owners');
    expect((await load('/latin1')).text).toContain('Café owners');
  });

  it('falls back to the page’s <meta charset>', async () => {
    expect((await load('/meta-charset')).text).toContain('Café owners');
  });

  it('follows up to 5 redirects and keeps the final URL', async () => {
    expect((await load('/redirect/3')).url).toBe(`${base}/article`);
    await expect(load('/redirect/9')).rejects.toThrow(/redirects more than 5 times/);
  });

  it('names the URL and the HTTP status of a failure', async () => {
    await expect(load('/missing')).rejects.toThrow(`${base}/missing returned HTTP 404 Not Found`);
  });

  it('refuses an image, a page over 10 MB, and a server that hangs', async () => {
    await expect(load('/image')).rejects.toThrow(/is image\/png, not an article/);
    await expect(load('/huge')).rejects.toThrow(/is larger than 10 MB/);
    await expect(load('/hang', 300)).rejects.toThrow(/did not answer within 0.3 s/);
  });

  it('says when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(loadInput({ kind: 'url', url: `http://127.0.0.1:${port}/` }, process.stdin, { timeoutMs: 2000 })).rejects.toThrow(
      `Cannot fetch http://127.0.0.1:${port}/: ECONNREFUSED`,
    );
  });
});
