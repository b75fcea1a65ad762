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
