// Property tests over generated articles (names, numbers with units, quotations of one or several
// sentences, asides in brackets and dashes, very long sentences, links, URL-like sources, CJK): the
// posts of every platform, with every link placement and numbering, are posts an editor would
// publish — each within its limit; no post after the first opens in the middle of a sentence; every
// URL is the article's link, as a token of its own; LinkedIn is always one post; no quote mark is
// left unpaired. The summaries are generated too (any sentence, any quote, any keyword), and a
// smaller run goes through the real summarizer. `npm run fuzz` runs more cases (FUZZ_RUNS).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/analyze/analyze.js';
import { postFindings } from '../../../../src/check/editorial/postFindings.js';
import { composeThreads, type LinkPlacement } from '../../../../src/compose/thread/composeThreads.js';
import { fits, makePlatforms } from '../../../../src/platforms/platforms.js';
import type { Numbering } from '../../../../src/compose/thread/splitThread.js';
import { ExtractiveSummarizer } from '../../../../src/summarize/extractive.js';
import { hasUnbalancedQuotes } from '../../../../src/text/quoteMarks.js';
import { startsMidSentence } from '../../../../src/text/startsMidSentence.js';
import type { Article, PlatformId, Summary } from '../../../../src/types.js';

// 200 in `npm test` (about 1.5 s of a suite that is CPU-bound); `npm run fuzz` runs 3000 with a new
// seed each time.
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const PLATFORMS: PlatformId[] = ['x', 'bluesky', 'mastodon', 'threads', 'linkedin'];
const platforms = makePlatforms();

const word = fc.constantFrom('council', 'voted', 'ferry', 'islands', 'budget', 'the', 'a', 'to', 'of', 'and', 'harbour', 'repairs', 'officials', 'residents', 'plan', 'treaty', 'talks', 'missiles', 'market', 'agreed');
const name = fc.constantFrom('Sergei Karaganov', 'New START', 'Helsinki', 'Washington, D.C.', 'Vladimir Putin', 'Ann Berg', 'Inner Mongolia', 'Home Depot', 'my6sense', 'iPhone');
const number = fc.constantFrom('41 km', '$9 billion', '4.5 million euros', '30 jets', '1987', '2-1', '12%', 'No. 7');
const phrase = fc.oneof({ weight: 6, arbitrary: word }, { weight: 2, arbitrary: name }, { weight: 1, arbitrary: number });
const clause = fc.array(phrase, { minLength: 3, maxLength: 16 }).map((ws) => ws.join(' '));
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const quoteText = fc.array(clause, { minLength: 1, maxLength: 4 }).map((cs) => cs.map((c) => `${capital(c)}.`).join(' ').slice(0, -1));
const sentence = fc.oneof(
  { weight: 6, arbitrary: fc.array(clause, { minLength: 1, maxLength: 6 }).map((cs) => `${capital(cs.join(', '))}.`) },
  { weight: 1, arbitrary: fc.tuple(clause, clause, clause).map(([a, b, c]) => `${capital(a)} — ${b} — ${c}.`) },
  { weight: 1, arbitrary: fc.tuple(clause, clause, clause).map(([a, b, c]) => `${capital(a)} (${b}) ${c}, said Ann Berg, a ${c}.`) },
  { weight: 2, arbitrary: fc.tuple(quoteText, clause).map(([q, c]) => `“${q},” said Ann Berg, the mayor of ${c}.`) },
  { weight: 1, arbitrary: fc.tuple(clause, clause).map(([a, b]) => `${capital(a)} told reporters that “${b}, and ${a}.”`) },
  { weight: 1, arbitrary: fc.constantFrom('東京都は晴れです。', '市議会は月曜日にフェリーの予算を承認しました。', 'moment takes place when the brain has reached it.', 'And the council agreed.') },
);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((ss) => ss.join(' '));
const article = fc.record({
  title: fc.array(phrase, { minLength: 3, maxLength: 30 }).map((ws) => capital(ws.join(' '))),
  paragraphs: fc.array(paragraph, { minLength: 2, maxLength: 8 }),
  url: fc.option(fc.constantFrom('https://example.com/news/ferry-approved', 'https://www.example.org/2026/11/30/a-very-long-path-of-a-story-about-the-harbour-ferry-and-the-islands.html'), { nil: undefined }),
  source: fc.constantFrom(undefined, 'Harbour Gazette', 'https://www.example.com', '@gazette', '', 'example.com'),
});
const settings = fc.record({
  link: fc.constantFrom('last', 'first', 'reply') as fc.Arbitrary<LinkPlacement>,
  numbering: fc.constantFrom('1/N', 'thread', 'none') as fc.Arbitrary<Numbering>,
  hashtags: fc.integer({ min: 0, max: 2 }),
  linkedinHashtags: fc.integer({ min: 0, max: 3 }),
  sentences: fc.integer({ min: 1, max: 6 }),
});
/** A summary as any summarizer (or model) might hand it over: sentences, quotes and keywords of any kind. */
const summary = fc.record({
  sentences: fc.array(sentence, { minLength: 0, maxLength: 6 }),
  quotes: fc.array(fc.record({ text: quoteText, speaker: name, role: clause, sentence: fc.nat(5) }, { requiredKeys: ['text', 'sentence'] }), { maxLength: 3 }),
  keywords: fc.array(fc.oneof(name, word, fc.constantFrom('they’re', 'We’ve', 'Given', 'June', 'Kong', '엘제이의', 'Что')), { maxLength: 8 }),
});

const bare = (url: string) => url.replace(/[?#].*$/, '');

function articleOf(a: { title: string; paragraphs: string[]; url: string | undefined; source: string | undefined }): Article {
  const text = a.paragraphs.join('\n\n');
  return {
    ...{ id: 'generated', title: a.title, lang: 'en', tags: [], lede: a.paragraphs[0] ?? '', paragraphs: a.paragraphs, text, images: [], links: [] },
    ...{ wordCount: text.split(/\s+/).length, inputPath: 'generated.txt', sha256: '' },
    ...(a.url ? { url: a.url } : {}),
    ...(a.source !== undefined ? { source: a.source } : {}),
  };
}

function expectPublishable(item: Article, summary: Summary, s: { link: LinkPlacement; numbering: Numbering; hashtags: number; linkedinHashtags: number }): void {
  const threads = composeThreads(item, summary, { platforms: PLATFORMS, numbering: s.numbering, mastodonLimit: 500, hashtags: s.hashtags, linkedinHashtags: s.linkedinHashtags, link: s.link });
  for (const thread of threads) {
    const where = `${thread.platform} (${s.link}, ${s.numbering})`;
    const platform = platforms[thread.platform];
    if (thread.platform === 'linkedin') expect(thread.posts, where).toHaveLength(1);
    thread.posts.forEach((post, i) => {
      expect(fits(platform, post.text), `${where}: over the limit: ${post.text}`).toBe(true);
      expect(hasUnbalancedQuotes(post.text), `${where}: ${post.text}`).toBe(false);
      if (i > 0) expect(startsMidSentence(post.text), `${where}: ${post.text}`).toBe(false);
      for (const match of post.text.matchAll(/https?:\/\/\S+/g)) {
        expect(bare(match[0]), where).toBe(bare(item.url ?? 'no link'));
        expect(`${post.text.charAt(match.index - 1)}${post.text.charAt(match.index + match[0].length)}`, `${where}: glued URL`).toMatch(/^\s*$/);
      }
      const tags = post.text.match(/(?<!\S)#[\p{L}\p{N}_]+/gu) ?? [];
      if (i < thread.posts.length - 1) expect(tags, `${where}: hashtags before the last post`).toEqual([]);
      expect(tags.length).toBeLessThanOrEqual(thread.platform === 'linkedin' ? 3 : 2);
    });
    if (item.url) expect(thread.posts.some((p) => p.text.includes(item.url ?? '?')), `${where}: no link`).toBe(true);
    expect(thread.posts.map((p) => p.text).join('\n')).not.toMatch(/Read the full story \((?:https?:|www\.|@|\)|example\.com)/);
  }
  // The checks `crier check` and eval:editorial run: no fragment post, foreign or glued URL, missing
  // link, broken quote or numbered LinkedIn post (a bare headline hook is allowed, and counted there).
  const posts = threads.flatMap((t) => t.posts.map((p) => ({ platform: t.platform, index: p.index, text: p.text })));
  const edition = { headline: summary.headline, lede: [], bullets: [], body: [], brief: { summary: [], bullets: [], keywords: [] }, posts, ...(item.url ? { url: item.url } : {}) };
  const findings = postFindings(edition, { lang: item.lang, articleText: item.text, links: item.url ? [item.url] : [] });
  expect(findings.filter((f) => f.class !== 'bareHeadlineHook')).toEqual([]);
}

describe('threads of generated articles', () => {
  it(`are posts an editor would publish, on every platform (${RUNS} articles and summaries)`, () => {
    fc.assert(
      fc.property(article, summary, settings, (a, sum, s) => {
        const item = articleOf(a);
        expectPublishable(item, { ...sum, headline: a.title, bullets: sum.sentences, method: 'extractive' }, s);
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261130) },
    );
  }, 600_000);

  it(`are, through the summarizer too (${Math.ceil(RUNS / 10)} articles)`, async () => {
    await fc.assert(
      fc.asyncProperty(article, settings, async (a, s) => {
        const item = articleOf(a);
        expectPublishable(item, await new ExtractiveSummarizer().summarize(item, analyze(item), { sentences: s.sentences }), s);
      }),
      { numRuns: Math.ceil(RUNS / 10), seed: Number(process.env.FUZZ_SEED ?? 20261130) },
    );
  }, 600_000);
});
