// Cards end to end: the bundled CLI (its worker thread renders them) writes card.png and
// quote-card.png, names them in thread.json, thread.md and schedule.csv, and skips them on request.
// One CLI build; the rest in-process through build() and digest() (helpers/inProcess.ts), which draw
// the cards in this thread: the same bytes as the worker's (checked below).
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES, FIXTURES, ROOT, tempDir } from '../helpers/paths.js';
import { decode, diffRatio, hasTesseract, ocr, pngHeader, words } from '../helpers/png.js';
import { buildIn, digestIn, failsWith } from '../helpers/inProcess.js';
import { runCli } from '../helpers/runCli.js';

const SLUG = 'putin-top-trump-aide-see-hope-of-better-ties-in-kremlin';
const HEADLINE = 'Putin, top Trump aide see hope of better ties in Kremlin talks';
interface Post { index: number; text: string; media: { path: string; alt: string }[] }
const threadOf = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'thread.json'), 'utf8')).platforms as Record<string, { posts: Post[] }>;
const read = (dir: string, file: string) => readFileSync(path.join(dir, file));

function seedWork(config?: unknown): string {
  const work = tempDir();
  cpSync(path.join(ROOT, 'content'), path.join(work, 'content'), { recursive: true });
  if (config) writeFileSync(path.join(work, 'crier.config.json'), JSON.stringify(config));
  return work;
}

describe('cards from crier build', () => {
  let work: string;
  let dir: string;
  beforeAll(async () => {
    work = seedWork();
    const result = await runCli(['build', 'content/', '-o', 'out', '--schedule-start', '2026-12-01 09:00', '--tz', 'UTC'], { cwd: work });
    expect(result.code, result.stderr).toBe(0);
    dir = path.join(work, 'out', SLUG);
  });

  it('writes card.png and quote-card.png, 1200×630, listed in the manifest', () => {
    for (const file of ['card.png', 'quote-card.png']) {
      expect(pngHeader(read(dir, file))).toMatchObject({ width: 1200, height: 630 });
      expect(() => PNG.sync.read(read(dir, file))).not.toThrow();
    }
    const manifest = JSON.parse(read(dir, 'manifest.json').toString());
    expect(manifest.files.filter((f: { path: string }) => f.path.endsWith('.png'))).toEqual([
      { path: 'card.png', bytes: read(dir, 'card.png').length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { path: 'quote-card.png', bytes: read(dir, 'quote-card.png').length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
  });

  it('draws the same cards in the worker thread as the golden ones (within 1% of pixels)', () => {
    for (const file of ['card.png', 'quote-card.png']) {
      expect(diffRatio(decode(read(dir, file)), decode(readFileSync(path.join(FIXTURES, 'golden/cards', file))))).toBeLessThan(0.01);
    }
  });

  // What OCR reads on this card: test/unit/cards/renderCard.test.ts (the same golden card, drawn in
  // this thread; the worker's bytes are the thread's: the --no-cache test below).

  it('puts card.png on the first post of every platform and the quote card on the post that quotes Putin', () => {
    for (const [platform, thread] of Object.entries(threadOf(dir))) {
      expect(thread.posts[0]?.media[0], platform).toEqual({ path: 'card.png', alt: `${HEADLINE} — Bloomberg` });
      const quoted = thread.posts.filter((p) => p.media.some((m) => m.path === 'quote-card.png'));
      // LinkedIn's one post is a hook, three bullets and the link: it quotes no one, so no quote card.
      if (platform === 'linkedin') {
        expect(quoted).toHaveLength(0);
        continue;
      }
      expect(quoted, platform).toHaveLength(1);
      expect(quoted[0]?.text.replace(/\s+/g, ' ')).toContain('Your visit to Moscow gives us hope');
      expect(quoted[0]?.media.find((m) => m.path === 'quote-card.png')?.alt).toMatch(/^“Your visit to Moscow.*” — Vladimir Putin, Russian President$/);
      for (const post of thread.posts) expect(Array.isArray(post.media)).toBe(true);
    }
  });

  it('shows the cards in thread.md and names them in schedule.csv', () => {
    const md = read(dir, 'thread.md').toString();
    // The image, then its alt text to paste into the scheduler (article text never goes inside
    // Markdown image syntax, where some viewers would parse it).
    expect(md).toContain(`![card.png](card.png)\nAlt text: ${HEADLINE} — Bloomberg\n`);
    expect(md).toMatch(/!\[quote-card\.png\]\(quote-card\.png\)\nAlt text: “Your visit to Moscow/);
    const rows = parse(read(dir, 'schedule.csv'), { columns: true }) as Record<string, string>[];
    expect(rows.filter((r) => r.media?.split(';').includes('card.png'))).toHaveLength(Object.keys(threadOf(dir)).length);
  });

  it('gives byte-identical cards when drawn again (--no-cache), in this thread as in the worker', async () => {
    await buildIn(work, { inputs: ['content/'], out: 'again', llm: { cache: false }, schedule: { start: '2026-12-01 09:00', every: '1d', tz: 'UTC' } });
    for (const file of ['card.png', 'quote-card.png']) expect(read(path.join(work, 'again', SLUG), file).equals(read(dir, file))).toBe(true);
  });

  it('keeps drawn cards in .crier-cache/cards and reads them on the next build', async () => {
    const cache = path.join(work, '.crier-cache', 'cards');
    const kept = readdirSync(cache).filter((f) => f.endsWith('.png'));
    expect(kept).toHaveLength(2);
    // A marker image in place of the cached card.png shows that the next build reads the cache.
    const cardKey = kept.find((f) => read(cache, f).equals(read(dir, 'card.png'))) as string;
    const marker = PNG.sync.write(new PNG({ width: 1, height: 1 }));
    writeFileSync(path.join(cache, cardKey), marker);
    await buildIn(work, { inputs: ['content/'], out: 'cached' });
    expect(read(path.join(work, 'cached', SLUG), 'card.png').equals(marker)).toBe(true);
    writeFileSync(path.join(cache, cardKey), read(dir, 'card.png'));
  });
});

describe('turning cards off and on', () => {
  it('--no-cards and config cards: false write no card and no media', async () => {
    for (const [flag, config] of [[{ cards: false }, undefined], [{}, { cards: false }]] as const) {
      const work = seedWork(config);
      await buildIn(work, { inputs: ['content/'], ...flag });
      const dir = path.join(work, 'out', SLUG);
      expect(existsSync(path.join(dir, 'card.png'))).toBe(false);
      expect(existsSync(path.join(dir, 'quote-card.png'))).toBe(false);
      for (const thread of Object.values(threadOf(dir))) for (const post of thread.posts) expect(post.media).toEqual([]);
      expect(read(dir, 'thread.md').toString()).not.toContain('.png');
    }
  });

  it('uses card.png as the lead image at its published address with cards.baseUrl, and says why not without it', async () => {
    const work = seedWork({ cards: { leadImage: true, baseUrl: 'https://news.example.com/editions/' } });
    await buildIn(work, { inputs: ['content/'], schedule: { start: '2026-12-01 09:00', every: '1d', tz: 'UTC' } });
    const dir = path.join(work, 'out', SLUG);
    expect(read(dir, 'newsletter.html').toString()).toMatch(new RegExp(`<img[^>]+src="https://news\\.example\\.com/editions/${SLUG}/card\\.png"`));
    expect(read(dir, 'newsletter.html').toString()).toContain(`alt="${HEADLINE} — Bloomberg"`);
    const rows = parse(read(dir, 'schedule.csv'), { columns: true }) as Record<string, string>[];
    expect(rows[0]?.media).toBe(`https://news.example.com/editions/${SLUG}/card.png`);

    const bare = seedWork({ cards: { leadImage: true } });
    const warned = await buildIn(bare, { inputs: ['content/'] });
    expect(warned.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/cards\.leadImage is on but cards\.baseUrl is not set: the email has no lead image/));
    expect(read(path.join(bare, 'out', SLUG), 'newsletter.html').toString()).not.toContain('card.png');
  });

  it('draws the logo from cards.logo, and refuses a logo it cannot read with one line', async () => {
    const logo = new PNG({ width: 40, height: 20 });
    logo.data.fill(0); // opaque black
    for (let i = 3; i < logo.data.length; i += 4) logo.data[i] = 255;
    const work = seedWork({ cards: { logo: 'logo.png', quote: false } });
    writeFileSync(path.join(work, 'logo.png'), PNG.sync.write(logo));
    await buildIn(work, { inputs: ['content/'] });
    const card = decode(read(path.join(work, 'out', SLUG), 'card.png'));
    const at = (64 + 20 + (55 * 1200)) * 4; // inside the logo, in the masthead
    expect([card.data[at], card.data[at + 1], card.data[at + 2]]).toEqual([0, 0, 0]);
    expect(existsSync(path.join(work, 'out', SLUG, 'quote-card.png'))).toBe(false);

    const missing = seedWork({ cards: { logo: 'nope.png' } });
    await failsWith(buildIn(missing, { inputs: ['content/'] }), /^crier: cards\.logo nope\.png: cannot read it \(ENOENT\) \(give a PNG, JPEG or SVG file under 1 MB/);
    expect(existsSync(path.join(missing, 'out'))).toBe(false);
  });

  it('leaves a card out with a warning when this machine has no font for its script', async () => {
    const work = tempDir();
    writeFileSync(path.join(work, 'story.md'), '# 서울시의회, 새 페리 노선 예산 승인\n\n서울시의회는 월요일 회의에서 새 페리 노선 예산을 승인했다. 첫 페리는 2027년 가을에 운항할 예정이다.\n');
    const result = await buildIn(work, { inputs: ['story.md'] }, { CRIER_FONT_DIRS: path.join(work, 'no-fonts') });
    expect(result.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/card\.png left out: no font for Chinese, Japanese or Korean .*apt-get install fonts-noto-cjk/));
    const [edition] = result.editions;
    expect(edition?.files.map((f) => f.path)).not.toContain('card.png');
  });
});

describe('the weekly edition’s cover', () => {
  it('is card.png with the edition number, the period and the top headlines, on the first post', async () => {
    const work = seedWork();
    await digestIn(work, { inputs: ['content/', ARTICLES], edition: 12, title: 'The Brief #12', date: '2026-11-27' });
    const dir = path.join(work, 'out', 'the-brief-12');
    expect(pngHeader(read(dir, 'card.png'))).toMatchObject({ width: 1200, height: 630 });
    const [first] = Object.values(threadOf(dir))[0]?.posts ?? [];
    expect(first?.media[0]?.path).toBe('card.png');
    expect(first?.media[0]?.alt).toMatch(/^The Brief #12: /);
    if (hasTesseract()) {
      const seen = words(ocr(read(dir, 'card.png')));
      for (const word of ['edition', '12']) expect(seen).toContain(word);
    }
  });
});
