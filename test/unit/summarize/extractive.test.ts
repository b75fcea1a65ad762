import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze/analyze.js';
import { ExtractiveSummarizer } from '../../../src/summarize/extractive.js';
import type { Article } from '../../../src/types.js';
import { articleFrom, articleFromFile } from '../../helpers/articles.js';
import { SEED } from '../../helpers/paths.js';

const summarize = (article: Article, sentences = 3) =>
  new ExtractiveSummarizer().summarize(article, analyze(article), { sentences });

describe('ExtractiveSummarizer', () => {
  it('returns whole article sentences, in article order', async () => {
    const article = articleFromFile(SEED);
    const all = analyze(article).sentences.map((s) => s.text);
    const summary = await summarize(article, 4);
    expect(summary.sentences).toHaveLength(4);
    for (const s of summary.sentences) expect(all).toContain(s);
    const positions = summary.sentences.map((s) => all.indexOf(s));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(summary.method).toBe('extractive');
    expect(summary.headline).toBe(article.title);
  });

  it('never picks a question to the reader', async () => {
    const article = articleFrom(
      'Title here\n\nThe city opened its new bridge on Monday after three years of work on the river.\nWhat do you think about the new bridge over the river?\nTraffic on the old bridge fell by half on the first day of the opening.',
    );
    const summary = await summarize(article, 3);
    expect(summary.sentences.join(' ')).not.toContain('What do you think');
  });

  it('handles a one-sentence article', async () => {
    const summary = await summarize(articleFrom('Title\n\nOnly one sentence here.'), 3);
    expect(summary.sentences).toEqual(['Only one sentence here.']);
  });

  it('puts the strongest named quote first', async () => {
    const summary = await summarize(articleFromFile(SEED));
    expect(summary.quotes[0]?.speaker).toBeTruthy();
  });
});

describe('ExtractiveSummarizer on hard articles', () => {
  it('gives the seed an editor’s summary: the Kremlin meeting, the mid-July summit, arms control', async () => {
    const summary = await summarize(articleFromFile(SEED), 4);
    const text = summary.sentences.join(' ');
    expect(summary.sentences[0]).toMatch(/meeting in the Kremlin/);
    expect(text).toMatch(/mid-July|Helsinki/);
    expect(text).toMatch(/treaty|arms control/);
    // Long direct quotes are reported elsewhere (quotes[]), not used as summary sentences.
    expect(summary.sentences.some((s) => s.startsWith('“'))).toBe(false);
  });

  it('stays fast and sensible on a 200-paragraph article', async () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `Paragraph ${i + 1} reports that the council discussed item ${i + 1} of the budget on Monday. Members voted on amendment ${i + 1} after a long debate.`);
    const article = articleFrom(`Budget marathon\n\n${paragraphs.join('\n\n')}`);
    const summary = await summarize(article, 3);
    expect(summary.sentences).toHaveLength(3);
    expect(summary.sentences[0]).toMatch(/^Paragraph 1 /);
  });

  it('still summarizes an article that is all quotes', async () => {
    const article = articleFrom(
      'Voices from the square\n\n“We have waited ten years for this bridge to open,” said Maria Virtanen.\n“The traffic will finally move again in the centre,” said Jussi Koskinen.\n“I will walk across it every single morning,” said Aino Laine.',
    );
    const summary = await summarize(article, 2);
    expect(summary.sentences).toHaveLength(2);
    expect(summary.quotes.map((q) => q.speaker)).toEqual(expect.arrayContaining(['Maria Virtanen', 'Jussi Koskinen', 'Aino Laine']));
  });

  it('summarizes a non-English article and reports its language', async () => {
    const article = articleFrom(
      'Neue Fähre für den Hafen\n\nDer Stadtrat hat am Mittwoch eine neue elektrische Fähre zwischen dem Marktplatz und den östlichen Inseln beschlossen. Die Fähre soll bis zu 150 Fahrgäste befördern. Der Bau der Anleger beginnt im März.',
    );
    expect(article.lang).toBe('de');
    const summary = await summarize(article, 2);
    expect(summary.sentences).toHaveLength(2);
  });

  it('respects a word budget but always returns one sentence', async () => {
    const article = articleFromFile(SEED);
    const summary = await new ExtractiveSummarizer().summarize(article, analyze(article), { sentences: 5, maxWords: 60 });
    const words = summary.sentences.join(' ').split(/\s+/).length;
    expect(summary.sentences.length).toBeGreaterThanOrEqual(1);
    expect(words).toBeLessThanOrEqual(Math.max(60, summary.sentences[0]?.split(/\s+/).length ?? 0));
  });
});

describe('ExtractiveSummarizer: sentences that stand alone', () => {
  const story = [
    'Storm hits Buffalo',
    '',
    'BUFFALO, N.Y. — A storm dumped four feet of snow on the city of Buffalo overnight, closing roads and schools.',
    'She added that an appeal for more snow ploughs had gone out to the state on Monday night.',
    'But the city expects the main roads to reopen by Thursday morning, officials said at a briefing.',
    'As one plough driver told me, the snow keeps falling faster than the crews can clear it.',
    'Bornstein told reporters that the mayor “dictated that whole plan.',
    'It was the heaviest snowfall in the city since the great blizzard of 1977, the weather service said.',
  ].join('\n');

  it('strips datelines and leaning connectives, and lists each edit', async () => {
    const summary = await summarize(articleFrom(story), 4);
    expect(summary.sentences.join(' ')).not.toMatch(/BUFFALO, N\.Y\. —|(^|\. )But /);
    expect(summary.sentences[0]).toBe('A storm dumped four feet of snow on the city of Buffalo overnight, closing roads and schools.');
    expect(summary.edits?.map((e) => e.reason)).toEqual(['opener']);
  });

  it('never leads with a pronoun, never picks a broken quote or the author speaking', async () => {
    const article = articleFrom(story.replace(/^BUFFALO.*$/m, ''));
    const summary = await summarize(article, 4);
    expect(summary.sentences[0]).not.toMatch(/^She /);
    expect(summary.sentences.join(' ')).not.toMatch(/told me|dictated/);
  });
});
