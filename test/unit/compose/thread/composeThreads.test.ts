import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/analyze/analyze.js';
import { composeEdition } from '../../../../src/compose/composeEdition.js';
import { composeThreads, type ThreadOptions } from '../../../../src/compose/thread/composeThreads.js';
import { DEFAULT_CONFIG, type CrierConfig } from '../../../../src/config/defaults.js';
import { ExtractiveSummarizer } from '../../../../src/summarize/extractive.js';
import type { Article, PlatformId, Summary, Thread } from '../../../../src/types.js';
import { articleFromFile } from '../../../helpers/articles.js';
import { SEED } from '../../../helpers/paths.js';

const STORY = 'https://www.bloomberg.com/news/articles/2018-06-27/putin-bolton';
const ALL: PlatformId[] = ['x', 'bluesky', 'mastodon', 'threads', 'linkedin'];

async function seed(url: string | undefined = STORY): Promise<{ article: Article; summary: Summary }> {
  const article = { ...articleFromFile(SEED), ...(url ? { url } : {}) };
  return { article, summary: await new ExtractiveSummarizer().summarize(article, analyze(article), { sentences: 4 }) };
}

const options = (extra: Partial<ThreadOptions> = {}): ThreadOptions => ({ platforms: ALL, numbering: '1/N', mastodonLimit: 500, hashtags: 2, ...extra });
const byPlatform = (threads: Thread[], id: PlatformId) => threads.find((t) => t.platform === id)?.posts ?? [];
const urlsIn = (text: string) => text.match(/https?:\/\/\S+/g) ?? [];

describe('composeThreads', () => {
  it('puts the link in the last post by default, on every thread platform, as a token of its own', async () => {
    const { article, summary } = await seed();
    const threads = composeThreads(article, summary, options());
    for (const id of ['x', 'bluesky', 'mastodon', 'threads'] as const) {
      const posts = byPlatform(threads, id);
      const withLink = posts.filter((p) => urlsIn(p.text).length > 0);
      expect(withLink.map((p) => p.index), id).toEqual([posts.length]);
      expect(withLink[0]?.text, id).toMatch(new RegExp(`(^|\\s)${STORY.replace(/[.?/]/g, '\\$&')}(\\s|$)`));
      expect(withLink[0]?.text).toContain('Read the full story (Bloomberg): ');
    }
  });

  it('thread.link "first" puts it in the hook, "reply" in a post of its own right after the hook', async () => {
    const { article, summary } = await seed();
    const first = byPlatform(composeThreads(article, summary, options({ link: 'first' })), 'x');
    expect(urlsIn(first[0]?.text ?? '')).toEqual([STORY]);
    expect(first.slice(1).every((p) => urlsIn(p.text).length === 0)).toBe(true);
    const reply = byPlatform(composeThreads(article, summary, options({ link: 'reply' })), 'x');
    expect(urlsIn(reply[0]?.text ?? '')).toEqual([]);
    expect(reply[1]?.text).toMatch(/^Read the full story \(Bloomberg\): https:\/\/\S+\n\n2\/\d+$/);
    expect(reply[1]?.role).toBe('cta');
    // Hashtags end the last post whatever the link does.
    for (const posts of [first, reply]) expect(posts[posts.length - 1]?.text).toMatch(/#Putin #Trump\n\n\d+\/\d+$/);
  });

  it('opens the X thread on the headline and a fact, not the bare headline', async () => {
    const { article, summary } = await seed();
    const hook = byPlatform(composeThreads(article, summary, options()), 'x')[0]?.text ?? '';
    expect(hook.startsWith(`${summary.headline}\n\n`)).toBe(true);
    expect(hook.length).toBeGreaterThan(summary.headline.length + 40);
  });

  it('a lead that fits the first post of a short thread is printed, not the bare headline (it was kept for "10/12")', async () => {
    const { article, summary } = await seed();
    // 274 characters: with "\n\n1/2" under it the post is 279, with room kept for "\n\n10/12" it was 281.
    const lead = `The hearings are an effort by Democrats to establish whether the president withheld military aid to Ukraine to pressure the country's President Volodymyr Zelensky into announcing an inquiry into Joe Biden ${'and others '.repeat(5)}in their poll.`;
    expect(lead).toHaveLength(274);
    const hook = byPlatform(composeThreads(article, { ...summary, headline: 'Impeachment sham completely debunked: White House', sentences: [lead] }, options()), 'x')[0]?.text;
    expect(hook).toBe(`${lead}\n\n1/2`);
  });

  it('LinkedIn is one unnumbered post: a hook line, three bullets, the link, up to three hashtags', async () => {
    const { article, summary } = await seed();
    const posts = byPlatform(composeThreads(article, summary, options()), 'linkedin');
    expect(posts).toHaveLength(1);
    const [hook, bullets, link, tags] = (posts[0]?.text ?? '').split('\n\n');
    expect(hook).toBe(summary.headline);
    expect(bullets?.split('\n')).toHaveLength(3);
    for (const line of bullets?.split('\n') ?? []) expect(line).toMatch(/^• \S/);
    expect(link).toBe(`Read the full story (Bloomberg): ${STORY}`);
    expect(tags?.split(' ').length).toBeLessThanOrEqual(3);
    expect(tags).toMatch(/^#\w+( #\w+)*$/);
    expect(posts[0]?.text).not.toMatch(/\d+\/\d+/);
  });

  it('never prints a URL, a handle or an empty name as the source ("Read the full story (https://…)")', async () => {
    for (const source of ['https://www.hawaiinewsnow.com', 'www.cbsnews.com', '@CBSNews', 'hawaiinewsnow.com', '  ']) {
      const { article, summary } = await seed();
      const threads = composeThreads({ ...article, source }, summary, options());
      for (const thread of threads) {
        const text = thread.posts.map((p) => p.text).join('\n');
        expect(text, `${source} on ${thread.platform}`).toContain(`Read the full story: ${STORY}`);
        expect(text).not.toContain('Read the full story (');
      }
    }
    const { article, summary } = await seed();
    expect(composeThreads({ ...article, source: 'Space.com' }, summary, options()).at(0)?.posts.at(-1)?.text).toContain('Read the full story (Space.com): ');
  });

  it('has 0–2 hashtags on threads and up to 3 on LinkedIn, all in the last post, none when none is good', async () => {
    const { article, summary } = await seed();
    const threads = composeThreads(article, summary, options({ hashtags: 2, linkedinHashtags: 3 }));
    for (const thread of threads) {
      const tags = thread.posts.map((p) => p.text.match(/(?<!\S)#\w+/g) ?? []);
      expect(tags.slice(0, -1).flat(), thread.platform).toEqual([]);
      expect(tags.at(-1)?.length ?? 0, thread.platform).toBeLessThanOrEqual(thread.platform === 'linkedin' ? 3 : 2);
      expect(tags.at(-1)?.length ?? 0, thread.platform).toBeGreaterThan(0);
    }
    const none = composeThreads(article, { ...summary, keywords: ['the', 'said', 'They’re'] }, options());
    for (const thread of none) expect(thread.posts.map((p) => p.text).join(' ')).not.toMatch(/(?<!\S)#/);
    const off = composeThreads(article, summary, options({ hashtags: 0, linkedinHashtags: 0 }));
    for (const thread of off) expect(thread.posts.map((p) => p.text).join(' ')).not.toMatch(/(?<!\S)#/);
  });

  it('leaves out a summary sentence that is the tail of another ("moment takes place…")', async () => {
    const { article, summary } = await seed();
    const threads = composeThreads(article, { ...summary, sentences: [...summary.sentences, 'moment takes place precisely when the brain has reached it.'] }, options());
    for (const thread of threads) expect(thread.posts.map((p) => p.text).join('\n')).not.toContain('moment takes place');
  });
});

describe('UTM per channel', () => {
  const config: CrierConfig = {
    ...DEFAULT_CONFIG,
    newsletter: { ...DEFAULT_CONFIG.newsletter, siteUrl: 'https://www.bloomberg.com' },
    utm: { source: 'newsletter', medium: 'email', campaign: '{slug}', domains: [] },
  };

  it('posts say which platform they are on (utm_medium=social), the email says email, with one set of utm_* only', async () => {
    const { article, summary } = await seed(`${STORY}?utm_source=twitter&utm_medium=email&utm_content=x`);
    const edition = composeEdition(article, summary, { config });
    expect(edition.brief.url).toMatch(/\?utm_source=newsletter&utm_medium=email&utm_campaign=/);
    for (const thread of edition.threads) {
      const links = thread.posts.flatMap((p) => urlsIn(p.text));
      expect(links.length, thread.platform).toBeGreaterThan(0);
      for (const link of links) {
        const params = new URL(link).searchParams;
        expect(params.getAll('utm_source'), thread.platform).toEqual([thread.platform]);
        expect(params.getAll('utm_medium')).toEqual(['social']);
        expect(params.has('utm_content')).toBe(false);
      }
      expect(thread.link).toBe(links[0]);
    }
  });
});
