// crier preview in real headless Chromium: tabs, mobile width, thread counts, copy, live reload,
// the error overlay and recovery; and the file server against traversal and a burst of requests.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../src/preview/previewServer.js';
import { chromiumPath } from '../../src/render/screenshots.js';
import { sharedChromium } from '../helpers/chromium.js';
import { ROOT, tempDir } from '../helpers/paths.js';

const FOOTER = (text: string) => `<mj-section><mj-column><mj-text>${text} <a href="{{unsubscribe}}">Unsubscribe</a></mj-text></mj-column></mj-section>\n`;
let work: string;
let preview: Preview;

beforeAll(async () => {
  work = tempDir();
  cpSync(path.join(ROOT, 'content'), path.join(work, 'content'), { recursive: true });
  mkdirSync(path.join(work, 'tpl', 'partials'), { recursive: true });
  writeFileSync(path.join(work, 'tpl', 'partials', 'footer.mjml.hbs'), FOOTER('Footer version one'));
  writeFileSync(path.join(work, 'secret.txt'), 'not for the web');
  preview = await startPreview({ inputs: ['content/'], out: 'out', port: 0, templates: 'tpl', watch: ['tpl'], cwd: work });
});

afterAll(async () => preview?.close());

function rawGet(url: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the preview server', () => {
  it('listens on 127.0.0.1 only and serves the edition', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const state = await (await fetch(`${preview.url}api/state`)).json();
    expect(state.editions[0].slug).toBe('putin-top-trump-aide-see-hope-of-better-ties-in-kremlin');
  });

  it('never serves a file outside the output folder, however the path is written', async () => {
    for (const attempt of ['/files/../secret.txt', '/files/%2e%2e/secret.txt', '/files/..%2fsecret.txt', '/files/%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/files//etc/passwd', '/files/%2Fetc%2Fpasswd', '/files/x%00.html', '/nope', '/files/']) {
      const res = await rawGet(preview.url, attempt);
      expect(res.status, attempt).toBe(404);
      expect(res.body).not.toContain('not for the web');
    }
  });

  it('does not follow a symlink out of the output folder', async () => {
    const { symlinkSync } = await import('node:fs');
    symlinkSync(path.join(work, 'secret.txt'), path.join(work, 'out', 'leak.txt'));
    expect((await rawGet(preview.url, '/files/leak.txt')).status).toBe(404);
  });

  it('answers a burst of 500 requests without an error', async () => {
    const paths = Array.from({ length: 500 }, (_, i) => (i % 3 === 0 ? '/api/state' : i % 3 === 1 ? '/files/../secret.txt' : '/files/putin-top-trump-aide-see-hope-of-better-ties-in-kremlin/newsletter.txt'));
    const results = [];
    for (let i = 0; i < paths.length; i += 50) results.push(...(await Promise.all(paths.slice(i, i + 50).map((p) => rawGet(preview.url, p)))));
    expect(results.filter((r) => r.status !== 200 && r.status !== 404)).toEqual([]);
    expect(results.filter((r) => r.body.includes('not for the web'))).toEqual([]);
    expect((await fetch(`${preview.url}api/state`)).status).toBe(200);
  });
});

describe.skipIf(!chromiumPath())('the preview UI in Chromium', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await (await sharedChromium()).newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: preview.url.replace(/\/$/, '') });
    page = await context.newPage();
    await page.goto(preview.url);
    await page.getByRole('heading', { name: /Putin, top Trump aide/ }).waitFor();
  });
  afterAll(async () => context?.close());

  const emailFrame = () => page.frameLocator('iframe[title="Email preview"]');

  it('shows the email at desktop width and at 375 px on the phone', async () => {
    await expect(emailFrame().getByRole('heading', { name: /Putin, top Trump aide/ }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Mobile' }).click();
    const width = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().width);
    expect(width).toBe(375);
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await expect(page.locator('.frame.dark').count()).resolves.toBe(1);
  });

  it('shows every post with its count, and copies a post to the clipboard', async () => {
    await page.getByRole('tab', { name: 'Thread' }).click();
    const thread = JSON.parse(readFileSync(path.join(work, 'out', 'putin-top-trump-aide-see-hope-of-better-ties-in-kremlin', 'thread.json'), 'utf8'));
    const counts = await page.locator('.count').allTextContents();
    expect(counts).toEqual(thread.platforms.x.posts.map((p: { length: number; limit: number }) => `${p.length}/${p.limit}`));
    await page.getByRole('button', { name: 'Copy' }).first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(thread.platforms.x.posts[0].text);
    await page.getByRole('tab', { name: 'Check' }).click();
    await expect(page.getByText(/0 error\(s\)/).isVisible()).resolves.toBe(true);
  });

  it('shows the cards on the posts that carry them in the thread tab', async () => {
    await page.getByRole('tab', { name: 'Thread' }).click();
    const card = page.locator('.post').first().getByRole('img', { name: /^Putin, top Trump aide see hope of better ties in Kremlin talks — Bloomberg$/ });
    await card.waitFor();
    await expect(card.evaluate((img: HTMLImageElement) => img.decode().then(() => [img.naturalWidth, img.naturalHeight]))).resolves.toEqual([1200, 630]);
    await expect(page.getByRole('img', { name: /^“Your visit to Moscow/ }).count()).resolves.toBe(1);
  });

  it('reloads when a template changes, shows a broken template in an overlay, and recovers', async () => {
    await page.getByRole('tab', { name: 'Email' }).click();
    await expect(emailFrame().getByText('Footer version one').isVisible()).resolves.toBe(true);

    let rebuilt = preview.rebuilt();
    writeFileSync(path.join(work, 'tpl', 'partials', 'footer.mjml.hbs'), FOOTER('Footer version two'));
    await rebuilt;
    await emailFrame().getByText('Footer version two').waitFor({ timeout: 10_000 });

    rebuilt = preview.rebuilt();
    writeFileSync(path.join(work, 'tpl', 'partials', 'footer.mjml.hbs'), '<mj-section>{{#if footer}}\n');
    await rebuilt;
    const overlay = page.getByRole('alert');
    await overlay.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await overlay.textContent()).toMatch(/tpl\/partials\/footer\.mjml\.hbs:\d+: Parse error/);

    rebuilt = preview.rebuilt();
    writeFileSync(path.join(work, 'tpl', 'partials', 'footer.mjml.hbs'), FOOTER('Footer version three'));
    await rebuilt;
    await emailFrame().getByText('Footer version three').waitFor({ timeout: 10_000 });
    await expect(overlay.isVisible()).resolves.toBe(false);
  });
});
