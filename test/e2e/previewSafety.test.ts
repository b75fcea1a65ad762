// crier preview against a hostile page and a hostile template (issue 14 #5): only requests for
// 127.0.0.1 / localhost / [::1] with the preview's port are answered (DNS rebinding), and an
// override template that puts article text in {{{ }}} cannot run that text: the email iframe is
// sandboxed and every page has a Content-Security-Policy (checked in real Chromium). The check
// runs once per edition per build, not on every request.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startPreview, type Preview } from '../../src/preview/previewServer.js';
import { chromiumPath } from '../../src/render/screenshots.js';
import { sharedChromium } from '../helpers/chromium.js';
import { SEED, tempDir } from '../helpers/paths.js';

const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/runCheck.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/runCheck.js')>();
  return {
    ...actual,
    runCheck: (...args: Parameters<typeof actual.runCheck>) => {
      checks.count++;
      return actual.runCheck(...args);
    },
  };
});

const STORY = 'The council met on Monday and voted to fund the new ferry line between the market square and the islands. The first ferry is due in the autumn of 2027, officials said. The council met again on Tuesday to agree the timetable.';
// The title carries a script; the override footer prints the headline raw with {{{ }}}.
const EVIL = `Ferry <script>document.body.dataset.pwned = "yes"; document.title = "pwned"; try { parent.document.title = "pwned" } catch {}</script> news\n\n${STORY}\n`;
const RAW_FOOTER = '<mj-raw>{{{headline}}}</mj-raw>\n<mj-section><mj-column><mj-text>Footer <a href="{{unsubscribe}}">Unsubscribe</a></mj-text></mj-column></mj-section>\n';

let work: string;
let preview: Preview;
let slug: string;

beforeAll(async () => {
  work = tempDir();
  mkdirSync(path.join(work, 'in'));
  mkdirSync(path.join(work, 'tpl', 'partials'), { recursive: true });
  writeFileSync(path.join(work, 'in', 'evil.txt'), EVIL);
  writeFileSync(path.join(work, 'tpl', 'partials', 'footer.mjml.hbs'), RAW_FOOTER);
  preview = await startPreview({ inputs: ['in'], out: 'out', port: 0, templates: 'tpl', cwd: work });
  slug = (await (await fetch(`${preview.url}api/state`)).json()).editions[0].slug;
});
afterAll(async () => preview?.close());

function get(url: string, rawPath: string, host: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method: 'GET', headers: { host } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the preview answers only its own host names (DNS rebinding)', () => {
  it('refuses a request whose Host is another name, whatever the path', async () => {
    const port = new URL(preview.url).port;
    for (const host of [`evil.example:${port}`, `attacker.test`, `127.0.0.1.evil.example:${port}`, `localhost:${Number(port) + 1}`, `127.0.0.1`]) {
      for (const p of ['/', '/api/state', `/api/editions/${slug}`, `/files/${slug}/newsletter.html`, '/events']) {
        const res = await get(preview.url, p, host);
        expect(res.status, `${host}${p}`).toBe(403);
        expect(res.body).toBe(`Forbidden: crier preview answers only at http://127.0.0.1:${port}/\n`);
      }
    }
  });

  it('answers 127.0.0.1, localhost and [::1] with its port', async () => {
    const port = new URL(preview.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      const res = await get(preview.url, '/api/state', host);
      expect(res.status, host).toBe(200);
      expect(JSON.parse(res.body).editions[0].slug).toBe(slug);
    }
  });
});

describe('the check behind the Check tab', () => {
  it('runs once per edition per build, not on every request', async () => {
    const before = checks.count;
    for (let i = 0; i < 5; i++) expect((await fetch(`${preview.url}api/editions/${slug}`)).status).toBe(200);
    expect(checks.count - before).toBe(1);
    const rebuilt = preview.rebuilt();
    writeFileSync(path.join(work, 'in', 'evil.txt'), `${EVIL}\nOne more line about the ferry timetable.\n`);
    await rebuilt;
    for (let i = 0; i < 3; i++) await fetch(`${preview.url}api/editions/${slug}`);
    expect(checks.count - before).toBe(2);
  });
});

describe.skipIf(!chromiumPath())('an override template with {{{ }}} cannot run the article’s script (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await sharedChromium();
  });

  it('in the email iframe of the preview page', async () => {
    const page = await browser.newPage();
    await page.goto(preview.url);
    const frame = page.frameLocator('iframe[title="Email preview"]');
    await frame.getByText('Footer').waitFor();
    // The script is in the email (so the template did print it raw) ...
    expect(await frame.locator('script').count()).toBe(1);
    // ... and did not run: no mark on the email's body, the page's title untouched.
    expect(await frame.locator('body').getAttribute('data-pwned')).toBeNull();
    expect(await page.title()).toBe('crier preview');
    expect(await page.locator('iframe').getAttribute('sandbox')).toBe('allow-popups allow-popups-to-escape-sandbox');
    await page.close();
  });

  it('when the email file is opened on its own', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${preview.url}files/${slug}/newsletter.html`);
    expect(response?.headers()['content-security-policy']).toMatch(/default-src 'none'.*sandbox/);
    await page.getByText('Footer').waitFor();
    expect(await page.locator('body').getAttribute('data-pwned')).toBeNull();
    expect(await page.title()).not.toBe('pwned');
    await page.close();
  });

  it('the preview page itself runs only its own script', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(preview.url);
    await page.getByRole('heading', { name: /^Ferry/ }).waitFor();
    await page.getByRole('tab', { name: 'Check' }).click();
    await page.getByText(/error\(s\)/).waitFor();
    expect(violations).toEqual([]); // the UI works under its own policy
    await page.close();
  });
});

describe('a preview of the seed article', () => {
  it('serves nothing hidden from the output folder (the lock, staging folders)', async () => {
    const dir = tempDir();
    cpSync(SEED, path.join(dir, 'seed.txt'));
    const one = await startPreview({ inputs: ['seed.txt'], out: 'out', port: 0, cwd: dir });
    try {
      mkdirSync(path.join(dir, 'out', '.crier-tmp-x-1'));
      writeFileSync(path.join(dir, 'out', '.crier-tmp-x-1', 'a.txt'), 'staging');
      writeFileSync(path.join(dir, 'out', '.crier-lock'), '{}');
      for (const p of ['files/.crier-lock', 'files/.crier-tmp-x-1/a.txt', 'files/%2ecrier-lock']) expect((await fetch(`${one.url}${p}`)).status, p).toBe(404);
    } finally {
      await one.close();
    }
  });
});
