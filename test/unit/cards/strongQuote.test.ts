import { describe, expect, it } from 'vitest';
import { isStrongQuote, strongQuote } from '../../../src/cards/strongQuote.js';
import { seedEdition } from '../../helpers/seedEdition.js';

const q = (text: string, speaker?: string) => ({ text, sentence: 0, ...(speaker ? { speaker } : {}) });

describe('strong quote (quote-card.png)', () => {
  it('cards a whole, named quote of 6 to 35 words', () => {
    expect(isStrongQuote(q('We will build the new ferry line before the winter comes', 'Anna Virtanen'))).toBe(true);
  });

  it('does not card a quote without a named speaker', () => {
    expect(isStrongQuote(q('We will build the new ferry line before the winter comes'))).toBe(false);
    expect(isStrongQuote(q('We will build the new ferry line before the winter comes', 'he'))).toBe(false);
  });

  it('does not card a fragment: lower-case opening or an ellipsis', () => {
    expect(isStrongQuote(q('relatively easy to agree on the steps that matter most', 'Sergei Karaganov'))).toBe(false);
    expect(isStrongQuote(q('… and that is why we will build the ferry line', 'Anna Virtanen'))).toBe(false);
  });

  it('keeps to the length bounds', () => {
    expect(isStrongQuote(q('It’s great to be back', 'Bolton'))).toBe(false);
    expect(isStrongQuote(q(`We ${'really '.repeat(40)}mean it`, 'Bolton'))).toBe(false);
  });

  it('counts words in scripts without spaces', () => {
    expect(isStrongQuote(q('私たちは冬が来る前に新しいフェリー航路を建設します', '山田太郎'))).toBe(true);
  });

  it('picks Putin’s opening words in the seed', async () => {
    const edition = await seedEdition();
    const quote = strongQuote(edition.summary.quotes);
    expect(quote).toMatchObject({ speaker: 'Vladimir Putin', role: 'Russian President' });
    expect(quote?.text).toMatch(/^Your visit to Moscow gives us hope/);
  });
});
