// End to end: the built CLI on the seed (and on stdin, and with a custom template the lean bundle
// must render), checking the files a user opens; the other inputs and flags in-process through
// build() (helpers/inProcess.ts), whose result is what --json prints.
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import mjml2html from 'mjml';
import { beforeAll, describe, expect, it } from 'vitest';
import { xLength } from '../../src/platforms/platforms.js';
import { ARTICLES, ROOT, SEED, tempDir } from '../helpers/paths.js';
import { buildIn, failsWith } from '../helpers/inProcess.js';
import { runCli } from '../helpers/runCli.js';

const SLUG = 'putin-top-trump-aide-see-hope-of-better-ties-in-kremlin';
const PLATFORMS = ['bluesky', 'linkedin', 'mastodon', 'threads', 'x'];
const FILES = [
  'brief.json', 'brief.md', 'card.png', 'manifest.json', 'newsletter.eml', 'newsletter.html', 'newsletter.mjml', 'newsletter.txt', 'quote-card.png',
  ...PLATFORMS.map((p) => `thread-${p}.txt`), 'thread.json', 'thread.md',
];
const GOLDEN = path.join(ROOT, 'test/fixtures/golden/seed');

function readAll(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

describe('crier build on the seed', () => {
  let work: string;
  let files: Record<string, string>;

  beforeAll(async () => {
    work = tempDir();
    cpSync(path.join(ROOT, 'content'), path.join(work, 'content'), { recursive: true });
    const result = await runCli(['build', 'content/', '--out', 'out'], { cwd: work });
    expect(result.stderr).toContain('✔ content/putin-bolton-kremlin-talks.txt: 4-sentence summary');
    expect(result.stdout).toContain(`out/${SLUG}/newsletter.html`);
    expect(result.code).toBe(0);
    // The example ships with its date (27 June 2018): the very first run has nothing to warn about.
    expect(result.stderr).not.toContain('warning:');
    files = readAll(path.join(work, 'out', SLUG));
  });

  it('dates the example by the date line under its source', () => {
    expect(JSON.parse(files['manifest.json'] ?? '{}').edition.date).toBe('2018-06-27');
    expect(files['newsletter.eml']).toMatch(/^Date: Wed, 27 Jun 2018 /m);
  });

  it('writes the files of the output folder', () => {
    expect(Object.keys(files).sort()).toEqual(FILES);
  });

  it('writes the same threads as the golden files, on every platform (UPDATE_GOLDEN=1 rewrites them)', () => {
    for (const platform of PLATFORMS) {
      const name = `thread-${platform}.txt`;
      if (process.env.UPDATE_GOLDEN) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(path.join(GOLDEN, name), files[name] ?? '');
      }
      expect(files[name], name).toBe(readFileSync(path.join(GOLDEN, name), 'utf8'));
      const posts = (files[name] ?? '').trimEnd().split('\n\n~~~~~~~~~~\n\n');
      expect(posts).toEqual(JSON.parse(files['thread.json'] ?? '{}').platforms[platform].posts.map((p: { text: string }) => p.text));
    }
  });

  it('gives every post of thread.json its role and its media, and no post after the first opens mid-sentence', () => {
    const thread = JSON.parse(files['thread.json'] ?? '{}') as { platforms: Record<string, { posts: { role: string; media: unknown[]; text: string }[] }> };
    for (const [platform, { posts }] of Object.entries(thread.platforms)) {
      expect(posts[0]?.role, platform).toBe('hook');
      for (const post of posts) expect(Array.isArray(post.media), platform).toBe(true);
      for (const post of posts.slice(1)) expect(post.text, platform).toMatch(/^[\p{Lu}\p{N}“"…#]/u);
    }
    expect(thread.platforms.linkedin?.posts).toHaveLength(1);
  });

  it('shows the headline, the source, the lede and a quote in the email', () => {
    const html = files['newsletter.html'] ?? '';
    expect(html).toContain('Putin, top Trump aide see hope of better ties in Kremlin talks');
    expect(html).toContain('Bloomberg');
    expect(html).toContain('Russian President Vladimir Putin and US National Security Adviser John Bolton');
    expect(html).toMatch(/<blockquote[\s\S]*?“[^”]{20,}”[\s\S]*?— (John Bolton|Vladimir Putin), /);
  });

  it('passes MJML strict validation and the inbox basics', async () => {
    await expect(mjml2html(files['newsletter.mjml'] ?? '', { validationLevel: 'strict' })).resolves.toBeTruthy();
    const html = files['newsletter.html'] ?? '';
    expect(Buffer.byteLength(html)).toBeLessThan(102 * 1024);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<html[^>]*lang="en"/);
    expect(html).toMatch(/display:none[^>]*>[^<]{40,130}</);
  });

  it('leaves the page boilerplate out of every file', () => {
    for (const [name, content] of Object.entries(files)) {
      expect(content, name).not.toContain('Leave a Reply');
      expect(content, name).not.toContain('Send this to a friend');
    }
  });

  it('keeps every X post within 280 weighted characters, split only between words (a cut marked …)', () => {
    const thread = JSON.parse(files['thread.json'] ?? '{}');
    const posts = thread.platforms.x.posts as { text: string; length: number; ok: boolean }[];
    expect(posts.length).toBeGreaterThan(1);
    const article = readFileSync(SEED, 'utf8');
    for (const post of posts) {
      expect(xLength(post.text)).toBe(post.length);
      expect(post.length).toBeLessThanOrEqual(280);
      expect(post.ok).toBe(true);
      // Every word of a post is a whole word of the article (or numbering, hashtags, the source line).
      for (const raw of post.text.split(/\s+/)) {
        const word = raw.replace(/^[“"…]+|[”",.…]+$/g, '');
        if (/^\d+\/\d+$|^#|^Source:$|^—$/.test(word) || word === 'Bloomberg') continue;
        expect(article, word).toContain(word);
      }
    }
    for (const name of ['x', 'bluesky', 'mastodon', 'threads', 'linkedin']) {
      expect(thread.platforms[name].posts.every((p: { ok: boolean }) => p.ok), name).toBe(true);
    }
  });

  it('writes a brief and a manifest that describe the run', () => {
    const brief = JSON.parse(files['brief.json'] ?? '{}');
    expect(brief).toMatchObject({ title: expect.any(String), style: 'tldr', readingMinutes: 2 });
    expect(brief.summary).toHaveLength(4);
    expect(brief.bullets).toEqual(brief.summary.slice(1));
    const manifest = JSON.parse(files['manifest.json'] ?? '{}');
    expect(manifest.inputs).toEqual([{ path: 'content/putin-bolton-kremlin-talks.txt', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(manifest.summarizer).toEqual({ method: 'extractive' });
    expect(manifest.files.map((f: { path: string }) => f.path).sort()).toEqual(FILES.filter((f) => f !== 'manifest.json'));
  });

  it('gives byte-identical files when run again (in this process: the cards drawn in this thread, not the worker)', async () => {
    const again = tempDir();
    await buildIn(work, { inputs: [path.join(work, 'content')], out: again, llm: { cache: false } });
    expect(readAll(path.join(again, SLUG))).toEqual(files);
  });
});

describe('crier build on other inputs', () => {
  it('reads Markdown with front matter and links to the story', async () => {
    const out = tempDir();
    const json = await buildIn(tempDir(), { inputs: [path.join(ARTICLES, 'harbour-ferry.md')], out, cards: false });
    expect(json.editions[0]?.slug).toBe('city-council-approves-new-harbour-ferry-line');
    // Where the time went, per stage, as `crier digest` reports it; the stages add up to the run.
    const stages = ['setupMs', 'readMs', 'summarizeMs', 'composeMs', 'renderMs', 'writeMs'] as const;
    for (const stage of stages) expect(json.timings[stage], stage).toBeGreaterThanOrEqual(0);
    expect(Math.abs(stages.reduce((n, stage) => n + (json.timings[stage] ?? NaN), 0) - json.timings.totalMs)).toBeLessThanOrEqual(stages.length);
    expect(json.editions[0]?.warnings).toEqual([]);
    const html = readFileSync(path.join(out, json.editions[0]?.slug ?? '', 'newsletter.html'), 'utf8');
    expect(html).toContain('href="https://gazette.example.com/2026/11/20/harbour-ferry"');
    expect(html).toContain('Read the full story');
    expect(html).toContain('November 20, 2026');
  });

  it('escapes everything from a hostile article', async () => {
    const out = tempDir();
    await buildIn(tempDir(), { inputs: [path.join(ARTICLES, 'hostile-markup.md')], out, cards: false });
    const [slug] = readdirSync(out).filter((f) => f !== 'index.html');
    const files = readAll(path.join(out, slug ?? ''));
    expect(files['newsletter.html']).not.toMatch(/<script|onerror=|javascript:|evil\.example/i);
    expect(files['newsletter.html']).toContain('&lt;script&gt;');
    expect(files['newsletter.txt']).toContain('{{handlebars}}');
  });

  it('reads an article from standard input', async () => {
    const out = tempDir();
    const result = await runCli(['build', '--no-cards', '-', '-o', out, '-q'], { input: readFileSync(SEED) });
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['index.html', SLUG]);
  });

  it('writes the brevity brief with --style brevity', async () => {
    const out = tempDir();
    await buildIn(tempDir(), { inputs: [path.join(ARTICLES, 'harbour-ferry.md')], out, style: 'brevity', cards: false });
    const brief = readFileSync(path.join(out, 'city-council-approves-new-harbour-ferry-line', 'brief.md'), 'utf8');
    expect(brief).toMatch(/\*\*Why it matters:\*\* /);
    expect(brief).toContain('**Go deeper:** https://gazette.example.com/2026/11/20/harbour-ferry');
    expect(brief).not.toContain('TL;DR');
  });

  it('writes schedule.csv and schedule.ics with --schedule-start', async () => {
    const out = tempDir();
    await buildIn(tempDir(), { inputs: [SEED, path.join(ARTICLES, 'harbour-ferry.md')], out, schedule: { start: '2026-12-01 09:00', every: '2h', tz: 'Europe/Helsinki' }, cards: false });
    const first = readFileSync(path.join(out, SLUG, 'schedule.csv'), 'utf8');
    const second = readFileSync(path.join(out, 'city-council-approves-new-harbour-ferry-line', 'schedule.csv'), 'utf8');
    expect(first.split('\r\n')[1]).toMatch(/^"2026-12-01","09:00","x",/);
    expect(second.split('\r\n')[1]).toMatch(/^"2026-12-01","11:00","x",/);
    expect(second).toContain('"https://gazette.example.com/2026/11/20/harbour-ferry"');
    expect(readFileSync(path.join(out, SLUG, 'schedule.ics'), 'utf8')).toContain('DTSTART;TZID=Europe/Helsinki:20261201T090000\r\n');
    await failsWith(buildIn(tempDir(), { inputs: [SEED], out, schedule: { start: 'soon', every: '1d' } }), /--schedule-start "soon" is not a date and time/, 2);
  });

  it('honours --platforms and --sentences', async () => {
    const out = tempDir();
    await buildIn(tempDir(), { inputs: [SEED], out, platforms: ['x', 'bluesky'], sentences: 2, cards: false });
    const thread = JSON.parse(readFileSync(path.join(out, SLUG, 'thread.json'), 'utf8'));
    expect(Object.keys(thread.platforms)).toEqual(['x', 'bluesky']);
    expect(JSON.parse(readFileSync(path.join(out, SLUG, 'brief.json'), 'utf8')).summary).toHaveLength(2);
  });

  it('inlines a custom template’s <mj-style inline="inline"> (the lean bundle keeps what MJML needs)', async () => {
    const work = tempDir();
    mkdirSync(path.join(work, 'tpl'));
    const template = readFileSync(path.join(ROOT, 'templates/newsletter.mjml.hbs'), 'utf8')
      .replace('<mj-head>', '<mj-head>\n<mj-style inline="inline">.house { color: #123456; }</mj-style>')
      .replace('<mj-body', '<mj-body css-class="house"');
    writeFileSync(path.join(work, 'tpl', 'newsletter.mjml.hbs'), template);
    const result = await runCli(['build', '--no-cards', SEED, '-o', 'out', '-t', 'tpl', '-q'], { cwd: work });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(path.join(work, 'out', SLUG, 'newsletter.html'), 'utf8')).toMatch(/class="house" style="color: #123456;/);
  });
});
