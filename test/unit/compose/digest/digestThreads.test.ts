import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/analyze/analyze.js';
import { composeDigest } from '../../../../src/compose/digest/composeDigest.js';
import { parseRange } from '../../../../src/select/dateRange.js';
import { WEEKLY_THREAD_STORIES } from '../../../../src/compose/digest/digestThreads.js';
import { DEFAULT_CONFIG, type CrierConfig } from '../../../../src/config/defaults.js';
import { ExtractiveSummarizer } from '../../../../src/summarize/extractive.js';
import { fits, makePlatforms } from '../../../../src/platforms/platforms.js';
import type { Article, Summary } from '../../../../src/types.js';
import { articleFrom } from '../../../helpers/articles.js';

const PLACES = ['Harbour', 'Market', 'Island', 'Library', 'Station', 'Museum', 'Bridge', 'Park', 'School', 'Pier', 'Tower', 'Garden', 'Square', 'Theatre'];

async function week(count: number, lede = (place: string) => `The ${place} council voted on Wednesday to fund repairs worth 4 million euros, officials said.`) {
  return Promise.all(
    PLACES.slice(0, count).map(async (place, i) => {
      const body = `${lede(place)} Work on the ${place.toLowerCase()} starts in March and ends in 2027. Residents of Helsinki welcomed the plan.`;
      const article = { ...articleFrom(`${place} repairs approved\n\n${body}`), url: `https://example.com/news/${place.toLowerCase()}-${i}?utm_source=fb` };
      return { article, summary: await new ExtractiveSummarizer().summarize(article, analyze(article), { sentences: 3 }) };
    }),
  );
}

const config: CrierConfig = { ...DEFAULT_CONFIG, newsletter: { ...DEFAULT_CONFIG.newsletter, siteUrl: 'https://example.com' }, utm: { source: 'newsletter', medium: 'email', campaign: '{slug}', domains: [] } };

describe('weekly threads', () => {
  it('a hook post, one post per story (headline, lede and its own link together), then a closing post — on every thread platform', async () => {
    const digest = composeDigest(await week(4), { config, range: parseRange({ week: '2026-W48' }), edition: 12 });
    for (const id of ['x', 'bluesky', 'mastodon', 'threads'] as const) {
      const posts = digest.threads.find((t) => t.platform === id)?.posts ?? [];
      expect(posts.map((p) => p.role), id).toEqual(['hook', 'body', 'body', 'body', 'body', 'cta']);
      expect(posts[0]?.text).toMatch(/^The Brief #12 — 2026-W48 — Week 48, 2026/);
      digest.stories.forEach((story, i) => {
        const text = posts[i + 1]?.text ?? '';
        expect(text.startsWith(`${story.headline}\n\n`), id).toBe(true);
        expect(text).toContain(story.sentences[0]?.slice(0, 30) ?? '?');
        const links = text.match(/https?:\/\/\S+/g) ?? [];
        expect(links).toHaveLength(1);
        expect(links[0]).toContain(`utm_source=${id}&utm_medium=social`);
        expect(links[0]).not.toContain('utm_source=fb');
      });
      expect(posts.at(-1)?.text).toMatch(/^That's the week\. More at https:\/\/example\.com/);
      for (const post of posts) expect(post.ok).toBe(true);
    }
  });

  it('posts at most 12 stories; the hook counts them all and the closing post points to the site', async () => {
    const digest = composeDigest(await week(14), { config, range: parseRange({ week: '2026-W48' }) });
    const posts = digest.threads.find((t) => t.platform === 'x')?.posts ?? [];
    expect(posts.filter((p) => p.role === 'body')).toHaveLength(WEEKLY_THREAD_STORIES);
    expect(posts[0]?.text).toContain('14 stories worth your time this week.');
    expect(posts.at(-1)?.role).toBe('cta');
  });

  it('keeps a story’s link and headline with a shortened lede when the lede is too long', async () => {
    const long = (place: string) => `The ${place} council voted on Wednesday, after a debate that ran late into the night, to fund repairs to the old building and its grounds worth 4 million euros, a sum that officials said would be paid over ten years from the city budget and from a loan.`;
    const digest = composeDigest(await week(3, long), { config, range: parseRange({ week: '2026-W48' }) });
    const posts = digest.threads.find((t) => t.platform === 'x')?.posts ?? [];
    for (const [i, story] of digest.stories.entries()) {
      const text = posts[i + 1]?.text ?? '';
      expect(text.startsWith(`${story.headline}\n\n`)).toBe(true);
      expect(text).toMatch(/\n\nhttps:\/\/example\.com\/news\/\S+\n\n\d+\/\d+$/);
      expect(posts[i + 1]?.ok).toBe(true);
    }
  });

  it('cuts a long lede without a clause at a word, so a story post is never its headline alone', async () => {
    const long = (place: string) => `The ${place} council spent Monday trying to distance itself from the plan to fund repairs to the old building and its grounds worth four million euros over ten years from the city budget and a loan from the regional bank of the northern province of the country`;
    const digest = composeDigest(await week(2, long), { config, range: parseRange({ week: '2026-W48' }) });
    const posts = digest.threads.find((t) => t.platform === 'x')?.posts ?? [];
    for (const [i, story] of digest.stories.entries()) {
      const [headline, lede, link] = (posts[i + 1]?.text ?? '').split('\n\n');
      expect(headline).toBe(story.headline);
      expect(lede).toMatch(/^The \w+ council spent Monday trying to distance itself .{20,}\p{L}…$/u);
      expect(link).toMatch(/^https:\/\/example\.com\/news\//);
      expect(posts[i + 1]?.ok).toBe(true);
    }
  });

  it('says "this week" only for a week: a period of years is "this edition" in the hook and the closing post', async () => {
    const items = await week(3);
    items[0]!.article.publishedAt = '2014-06-21T00:00:00.000Z';
    items[1]!.article.publishedAt = '2019-11-20T00:00:00.000Z';
    const plain = { ...config, newsletter: { ...config.newsletter, siteUrl: '' } };
    const digest = composeDigest(items, { config: plain, range: parseRange({}) });
    for (const thread of digest.threads) {
      const text = thread.posts.map((p) => p.text).join('\n');
      expect(text, thread.platform).not.toMatch(/week/i);
    }
    const x = digest.threads.find((t) => t.platform === 'x')?.posts ?? [];
    expect(x[0]?.text).toContain('3 stories worth your time.');
    expect(x.at(-1)?.text).toMatch(/^That's this edition of The Brief\./);
  });

  it('LinkedIn gets one post for the week: a line, three stories with their links, the closing line', async () => {
    const digest = composeDigest(await week(5), { config, range: parseRange({ week: '2026-W48' }) });
    const posts = digest.threads.find((t) => t.platform === 'linkedin')?.posts ?? [];
    expect(posts).toHaveLength(1);
    const [hook, bullets, closing] = (posts[0]?.text ?? '').split('\n\n');
    expect(hook).toMatch(/^The Brief — 2026-W48 — Week 48, 2026 .*: 5 stories worth your time this week\.$/);
    expect(bullets?.split('\n')).toHaveLength(3);
    for (const line of bullets?.split('\n') ?? []) expect(line).toMatch(/^• .+ — https:\/\/example\.com\/news\/\S+utm_source=linkedin&utm_medium=social/);
    expect(closing).toBe("That's the week. More at https://example.com");
  });

  it('fits every platform for any week: every story post keeps its headline, lede start and link; LinkedIn is one post', () => {
    const platforms = makePlatforms();
    const words = fc.array(fc.constantFrom('Harbour', 'council', 'voted', 'ferry', '41 km', 'Sergei Karaganov', 'the', 'and', '“quoted”', '東京'), { minLength: 1, maxLength: 60 }).map((w) => w.join(' '));
    const story = fc.record({ headline: words, lede: words, url: fc.option(fc.constantFrom('https://example.com/a', `https://example.com/${'long-path/'.repeat(12)}`), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(story, { minLength: 1, maxLength: 16 }), fc.constantFrom('1/N', 'thread', 'none') as fc.Arbitrary<'1/N' | 'thread' | 'none'>, (week, numbering) => {
        const items = week.map((s, i) => {
          const article: Article = { id: `s${i}`, title: s.headline, lang: 'en', tags: [], lede: `${s.lede}.`, paragraphs: [`${s.lede}.`], text: `${s.lede}.`, images: [], links: [], wordCount: 9, inputPath: `s${i}.txt`, sha256: '', ...(s.url ? { url: `${s.url}?n=${i}` } : {}) };
          const summary: Summary = { sentences: [`${s.lede}.`], headline: s.headline, bullets: [], quotes: [], keywords: [], method: 'extractive' };
          return { article, summary };
        });
        const digest = composeDigest(items, { config: { ...config, thread: { ...config.thread, numbering } }, range: parseRange({ week: '2026-W48' }) });
        for (const thread of digest.threads) {
          for (const post of thread.posts) expect(fits(platforms[thread.platform], post.text), `${thread.platform}: ${post.text}`).toBe(true);
          if (thread.platform === 'linkedin') {
            expect(thread.posts).toHaveLength(1);
            continue;
          }
          digest.stories.slice(0, WEEKLY_THREAD_STORIES).forEach((s, i) => {
            const text = thread.posts[i + 1]?.text ?? '';
            // Stories may be grouped into sections or merged: each post links its own story.
            if (s.article.url) expect(text, thread.platform).toContain(`${s.article.url}&utm_source=${thread.platform}`);
            // The headline opens the post (cut, with "…", only when even headline and link do not fit).
            expect(text.startsWith(s.headline.split(' ')[0] ?? '?'), thread.platform).toBe(true);
          });
        }
      }),
      { numRuns: 150, seed: 48 },
    );
  });
});
