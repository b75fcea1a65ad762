// Saved pages and URLs (served on 127.0.0.1 by the test): the bundled CLI extracts a URL; the other
// cases run in-process (helpers/inProcess.ts), a CrierError being the one line the CLI prints.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, tempDir } from '../helpers/paths.js';
import { localServer, type LocalServer } from '../helpers/localServer.js';
import { extractFile } from '../../src/inspect.js';
import { buildIn, failsWith } from '../helpers/inProcess.js';
import { runCli } from '../helpers/runCli.js';
import { readFileSync } from 'node:fs';

const PAGE = path.join(FIXTURES, 'pages/news-article.html');
let site: LocalServer;
let base = '';

beforeAll(async () => {
  site = await localServer((req, res) => {
    if (req.url === '/story') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(PAGE));
    } else if (req.url === '/photo.jpg') {
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      res.end(Buffer.from([0xff, 0xd8, 0xff]));
    } else if (req.url === '/slow') {
      // never answers
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  base = site.base;
});

afterAll(() => site.close());

/** `crier extract <input>` in-process, with the test's environment and `env` on top. */
const extract = (input: string, env: NodeJS.ProcessEnv = {}) => extractFile(input, { cwd: tempDir(), env: { ...process.env, ...env } });

describe('saved pages and URLs', () => {
  it('builds an edition from a saved page, with its metadata', async () => {
    const out = tempDir();
    const result = await buildIn(tempDir(), { inputs: [PAGE], out });
    const slug = result.editions[0]?.slug ?? '';
    expect(slug).toBe('council-approves-year-round-harbour-ferry');
    const html = readFileSync(path.join(out, slug, 'newsletter.html'), 'utf8');
    expect(html).toContain('The Harbour Gazette');
    expect(html).toContain('Maria Lindqvist');
    expect(html).toContain('href="https://gazette.example.com/2026/11/20/ferry"');
  });

  it('extracts a page from a URL', async () => {
    const result = await runCli(['extract', `${base}/story`, '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ title: 'Council approves year-round harbour ferry', inputPath: `${base}/story` });
  });

  it('gives one clear line for a URL that 404s, is an image, or times out', async () => {
    await failsWith(extract(`${base}/gone`), /returned HTTP 404/);
    await failsWith(buildIn(tempDir(), { inputs: [`${base}/photo.jpg`] }), /is image\/jpeg, not an article/);
    await failsWith(extract(`${base}/slow`, { CRIER_FETCH_TIMEOUT_MS: '500' }), /did not answer within 0.5 s/);
  });

  it('gives one clear line for an empty page, a page without an article, a 20 MB page and an unknown encoding', async () => {
    const dir = tempDir();
    const file = (name: string, content: string | Buffer) => {
      writeFileSync(path.join(dir, name), content);
      return path.join(dir, name);
    };
    await failsWith(extract(file('empty.html', '')), /empty\.html is empty/);
    await failsWith(extract(file('nav.html', '<html><body><nav>Home</nav></body></html>')), /nav\.html has no article/);
    await failsWith(extract(file('huge.html', Buffer.alloc(20 * 1024 * 1024, 'a'))), /huge\.html is 20\.0 MB; crier reads articles up to 10\.0 MB/);
    await failsWith(extract(file('odd.html', '<html><head><meta charset="x-klingon"></head><body><p>Text</p></body></html>')), /encoding crier does not know: "x-klingon"/);
  });
});
