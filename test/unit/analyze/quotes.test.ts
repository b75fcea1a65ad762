import { describe, expect, it } from 'vitest';
import { extractQuotes, strongestQuote } from '../../../src/analyze/quotes.js';
import { sentencesOf } from '../../../src/analyze/sentences.js';
import { articleFromFile } from '../../helpers/articles.js';
import { SEED } from '../../helpers/paths.js';

const quotesOf = (text: string) => extractQuotes(sentencesOf([text]));

describe('extractQuotes', () => {
  it('finds the speaker in the common news patterns', () => {
    expect(quotesOf('“We hope to restore full relations,” Putin told Bolton.')[0]?.speaker).toBe('Putin');
    expect(quotesOf('“It is easy to agree on this,” said Sergei Karaganov, a former adviser.')[0]?.speaker).toBe('Sergei Karaganov');
    expect(quotesOf('Bolton wrote that “it should be a salutary lesson for all.”')[0]?.speaker).toBe('Bolton');
    expect(quotesOf('“No comment at this time,” a spokesman said.')[0]?.speaker).toBeUndefined();
  });

  it('resolves "he told" to the last named speaker and skips scare quotes', () => {
    const article = articleFromFile(SEED);
    const quotes = extractQuotes(sentencesOf(article.paragraphs));
    const earlier = quotes.find((q) => q.text.startsWith('Even in earlier days'));
    expect(earlier?.speaker).toBe('Bolton');
    expect(quotes.find((q) => q.text.startsWith('Your visit to Moscow'))?.speaker).toBe('Putin');
    expect(quotes.some((q) => q.text === 'hoped-for')).toBe(false);
  });

  it('picks a named, whole-sentence quote as the strongest', () => {
    const quotes = quotesOf('He called it “a mess” again. “This is the most important decision in a generation for us,” said Mayor Anna Korhonen.');
    expect(strongestQuote(quotes)?.speaker).toBe('Mayor Anna Korhonen');
  });
});
