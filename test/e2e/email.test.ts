// The email as inboxes get it: crier check, the .eml parsed back, UTM links, and real Chromium.
// Builds and checks run in-process (helpers/inProcess.ts); the bundled CLI prints a check report.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../src/render/screenshots.js';
import { formatReport, type CheckResult } from '../../src/runCheck.js';
import { ARTICLES, FIXTURES, SEED, tempDir } from '../helpers/paths.js';
import { sharedChromium } from '../helpers/chromium.js';
import { buildIn, checkIn, digestIn } from '../helpers/inProcess.js';
import { runCli } from '../helpers/runCli.js';

const SLUG = 'putin-top-trump-aide-see-hope-of-better-ties-in-kremlin';
let out: string;
/** `crier check` of the seed's edition, read by two tests. */
let seedCheck: CheckResult;

beforeAll(async () => {
  out = tempDir();
  await buildIn(tempDir(), { inputs: [SEED, path.join(FIXTURES, 'pages/news-article.html')], out, date: '2026-11-27' });
  seedCheck = await checkIn(out, path.join(out, SLUG));
});

describe('crier check', () => {
  it('passes the seed’s edition with zero errors', async () => {
    const report = seedCheck;
    expect(report.errors).toBe(0);
    expect(report.findings.map((f: { check: string }) => f.check)).toEqual(
      expect.arrayContaining(['size', 'mjml', 'subject', 'preheader', 'images', 'links', 'unsubscribe', 'text', 'clients']),
    );
  });

  it('checks an article without writing anything, and fails an edition without unsubscribe', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'crier.config.json'), JSON.stringify({ newsletter: { unsubscribe: 'https://example.com/unsubscribe' } }));
    const ok = await checkIn(dir, path.join(ARTICLES, 'harbour-ferry.md'));
    expect(ok.errors).toBe(0);
    expect(readdirSync(dir)).toEqual(['crier.config.json']);

    mkdirSync(path.join(dir, 'tpl', 'partials'), { recursive: true });
    writeFileSync(path.join(dir, 'tpl', 'partials', 'footer.mjml.hbs'), '<mj-section><mj-column><mj-text>{{footer}}</mj-text></mj-column></mj-section>');
    const bad = await checkIn(dir, path.join(ARTICLES, 'harbour-ferry.md'), { templates: 'tpl' });
    expect(bad.errors).toBeGreaterThan(0); // the CLI exits 1
    expect(formatReport(bad, false)).toMatch(/error unsubscribe: no unsubscribe link or merge tag/);
  });
});

describe('a web font from Google Fonts (its URL has = and &)', () => {
  it('is imported from the real address, and crier check reads the edition without crashing', async () => {
    const dir = tempDir();
    const href = 'https://fonts.googleapis.com/css2?family=Merriweather&display=swap';
    writeFileSync(path.join(dir, 'crier.config.json'), JSON.stringify({ newsletter: { webFont: { name: 'Merriweather', href } } }));
    await buildIn(dir, { inputs: [SEED], cards: false });
    const html = readFileSync(path.join(dir, 'out', SLUG, 'newsletter.html'), 'utf8');
    expect(html).toContain(`@import url(${href});`);
    expect(html).not.toContain('&#x3D;');
    // The crash was in `crier check`: one real run of it, its report as a user reads it.
    const checked = await runCli(['check', path.join('out', SLUG)], { cwd: dir });
    expect(checked.stderr).not.toMatch(/unexpected error/);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/0 errors/);
  });
});

describe('crier check: copy an editor would fix', () => {
  it('reports a broken quotation as an error and a stale day word as a warning, and the seed has neither', async () => {
    expect(seedCheck.findings.filter((f) => f.editorial && f.level === 'error')).toEqual([]);

    const dir = tempDir();
    const folder = path.join(dir, 'edition');
    mkdirSync(folder);
    for (const f of readdirSync(path.join(out, SLUG))) writeFileSync(path.join(folder, f), readFileSync(path.join(out, SLUG, f)));
    // An edition someone edited by hand: a bullet cut inside a quotation, a lede that says "yesterday".
    const brief = JSON.parse(readFileSync(path.join(folder, 'brief.json'), 'utf8'));
    brief.bullets[0] = 'Bornstein told CNN in 2018 that Trump “dictated that whole letter.';
    writeFileSync(path.join(folder, 'brief.json'), JSON.stringify(brief));
    const html = readFileSync(path.join(folder, 'newsletter.html'), 'utf8').replace('Russian President Vladimir Putin and US', 'Yesterday Russian President Vladimir Putin and US');
    writeFileSync(path.join(folder, 'newsletter.html'), html);
    const result = await checkIn(dir, folder);
    expect(result.errors).toBeGreaterThan(0); // the CLI exits 1
    const report = formatReport(result, false);
    expect(report).toMatch(/error broken quote: brief bullet: “Bornstein told CNN in 2018 that Trump “dictated that whole letter\.”/);
    expect(report).toMatch(/warning stale time: email lede: “Yesterday Russian President/);
  });
});

describe('newsletter.eml', () => {
  it('is a multipart/alternative message that parses back to the same HTML and text', async () => {
    const dir = path.join(out, SLUG);
    const mail = await simpleParser(readFileSync(path.join(dir, 'newsletter.eml')));
    expect(mail.subject).toBe('Putin, top Trump aide see hope of better ties in Kremlin talks');
    expect(mail.from?.value[0]).toMatchObject({ name: 'The Brief', address: 'newsletter@example.com' });
    expect(mail.date?.toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(mail.html).toBe(readFileSync(path.join(dir, 'newsletter.html'), 'utf8'));
    expect(mail.text?.trim()).toBe(readFileSync(path.join(dir, 'newsletter.txt'), 'utf8').trim());
    expect(String(mail.headers.get('content-type') && (mail.headers.get('content-type') as { value: string }).value)).toBe('multipart/alternative');
  });

  it('carries List-Unsubscribe headers when the unsubscribe setting is a URL', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'crier.config.json'), JSON.stringify({ newsletter: { unsubscribe: 'https://example.com/u' } }));
    await buildIn(dir, { inputs: [SEED], cards: false });
    const raw = readFileSync(path.join(dir, 'out', SLUG, 'newsletter.eml'), 'utf8');
    expect(raw).toContain('List-Unsubscribe: <https://example.com/u>\r\n');
    expect(raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n');
    const mail = await simpleParser(raw);
    expect(mail.html).toContain('href="https://example.com/u"');
  });
});

describe('UTM tagging', () => {
  it('tags the story link for its channel: the email, the text and the brief say email, each platform’s posts say that platform', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'crier.config.json'), JSON.stringify({ newsletter: { siteUrl: 'https://gazette.example.com' }, utm: { campaign: 'weekly-{slug}' } }));
    await buildIn(dir, { inputs: [path.join(ARTICLES, 'harbour-ferry.md')], cards: false });
    const tagged = 'https://gazette.example.com/2026/11/20/harbour-ferry?utm_source=newsletter&utm_medium=email&utm_campaign=weekly-city-council-approves-new-harbour-ferry-line';
    const edition = path.join(dir, 'out', 'city-council-approves-new-harbour-ferry-line');
    // In HTML attributes Handlebars writes & and = as entities; a browser reads them back as the same URL.
    const html = readFileSync(path.join(edition, 'newsletter.html'), 'utf8').replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
    expect(html).toContain(`href="${tagged}"`);
    expect(readFileSync(path.join(edition, 'newsletter.txt'), 'utf8').replace(/\s+/g, '')).toContain(tagged);
    expect(readFileSync(path.join(edition, 'brief.md'), 'utf8')).toContain(tagged);
    // Posts no longer say utm_medium=email: one set of utm_* per channel.
    for (const platform of ['x', 'bluesky', 'mastodon', 'threads', 'linkedin']) {
      const posts = readFileSync(path.join(edition, `thread-${platform}.txt`), 'utf8');
      expect(posts).toContain(tagged.replace('utm_source=newsletter&utm_medium=email', `utm_source=${platform}&utm_medium=social`));
      expect(posts).not.toContain('utm_medium=email');
    }
  });
});

describe.skipIf(!chromiumPath())('the email in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await sharedChromium();
  });

  for (const theme of ['default', 'minimal']) {
    it(`${theme} theme at 375 px: no horizontal scroll, headline and button visible, images with alt`, async () => {
      // The default theme's edition is the one built above; the minimal one is built here.
      let dir = out;
      if (theme !== 'default') {
        dir = tempDir();
        await buildIn(tempDir(), { inputs: [path.join(FIXTURES, 'pages/news-article.html')], out: dir, theme, cards: false });
      }
      const html = readFileSync(path.join(dir, 'council-approves-year-round-harbour-ferry', 'newsletter.html'), 'utf8');
      const page = await browser.newPage({ viewport: { width: 375, height: 700 } });
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(375);
      await expect(page.getByRole('heading', { name: 'Council approves year-round harbour ferry' }).isVisible()).resolves.toBe(true);
      await expect(page.getByRole('link', { name: /Read the full story/ }).isVisible()).resolves.toBe(true);
      const missingAlt = await page.evaluate(() => Array.from(document.images).filter((i) => !i.hasAttribute('alt')).length);
      expect(missingAlt).toBe(0);
      await page.close();
    });
  }

  it('the weekly edition at 375 px and in dark mode: every story readable, its link and its table-of-contents anchor work', async () => {
    const dir = tempDir();
    const { result: { dir: edition, stories } } = await digestIn(dir, { inputs: [SEED, ARTICLES], date: '2026-11-27', cards: false });
    const html = readFileSync(path.join(dir, edition, 'newsletter.html'), 'utf8');
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 375, height: 700 }, colorScheme });
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      const headings = page.getByRole('heading', { level: 2 });
      expect(await headings.count()).toBe(stories.length);
      // Each entry of "In this issue" points at a story heading that exists.
      const anchors = await page.evaluate(() => Array.from(document.querySelectorAll('ol a')).map((a) => (a.getAttribute('href') ?? '').slice(1)));
      expect(anchors).toHaveLength(stories.length);
      for (const id of anchors) expect(await page.locator(`h2[id="${id}"]`).count()).toBe(1);
      await expect(page.getByRole('link', { name: 'Read more →' }).first().isVisible()).resolves.toBe(true);
      // Story text is dark on white, light on the dark card: never the same colour as its background.
      const colours = await page.evaluate(() => {
        const h2 = document.querySelector('h2') as HTMLElement;
        const card = h2.closest('.card') as HTMLElement;
        const meta = document.querySelector('.meta') as HTMLElement | null;
        return { text: getComputedStyle(h2).color, card: getComputedStyle(card).backgroundColor, meta: meta ? getComputedStyle(meta).color : '' };
      });
      if (colorScheme === 'dark') {
        expect(colours.text).toBe('rgb(243, 244, 246)');
        expect(colours.card).toBe('rgb(17, 24, 39)');
        expect(colours.meta).toBe('rgb(209, 213, 219)');
      } else {
        expect(colours.text).toBe('rgb(17, 24, 39)');
        expect(colours.card).toBe('rgb(255, 255, 255)');
      }
      await page.close();
    }
  }, 60_000);

  it('crier build --screenshots writes preview-600.png and preview-375.png', async () => {
    const dir = tempDir();
    await buildIn(tempDir(), { inputs: [SEED], out: dir, screenshots: true, cards: false });
    for (const width of [600, 375]) {
      const png = readFileSync(path.join(dir, SLUG, `preview-${width}.png`));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(width); // IHDR width
    }
    expect(existsSync(path.join(dir, SLUG, 'manifest.json'))).toBe(true);
  }, 60_000);
});
