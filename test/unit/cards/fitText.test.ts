import { createRequire } from 'node:module';
import type Satori from 'satori';
import { describe, expect, it } from 'vitest';
import { cardFonts } from '../../../src/cards/cardFonts.js';
import { fitTexts, type FitRequest, type Layout } from '../../../src/cards/fitText.js';

const satori = (createRequire(import.meta.url)('satori') as { default: typeof Satori }).default;
const layout: Layout = (element, options) => satori(element as unknown as Parameters<typeof satori>[0], { ...options, embedFont: false });
const request = (text: string): FitRequest => ({ text, width: 1072, height: 360, sizes: [84, 76, 68, 62, 56, 50, 44, 40], weight: 700, lineHeight: 1.15 });
const fit = (text: string) => fitTexts([request(text)], { layout, fonts: cardFonts(text, 'en', []), style: { fontFamily: 'Inter latin' }, lang: 'en' }).then(([f]) => f);

const sentence = 'The council met on Monday and voted to fund the new ferry line between the market square and the islands';

describe('shrink to fit', () => {
  it('draws a short headline at the largest size', async () => {
    expect(await fit('Ferry line funded')).toEqual({ size: 84, text: 'Ferry line funded', breakWords: false });
  });

  it('shrinks a longer headline, keeping all of it', async () => {
    const f = await fit(sentence);
    expect(f?.size).toBeLessThan(84);
    expect(f?.size).toBeGreaterThanOrEqual(40);
    expect(f?.text).toBe(sentence);
  });

  it('shortens a headline too long even at the smallest size at a word, never inside one', async () => {
    const long = `${sentence}, ${sentence}, ${sentence}, ${sentence}, ${sentence}.`;
    const f = await fit(long);
    expect(f?.size).toBe(40);
    expect(f?.text).toMatch(/…$/);
    const kept = (f?.text ?? '').replace(/…$/, '');
    expect(long.startsWith(kept)).toBe(true);
    expect(long[kept.length]).toMatch(/[\s,]/); // the next character of the original ends a word
  });

  it('shrinks for a single word wider than the box at large sizes', async () => {
    const f = await fit('Donaudampfschifffahrtsgesellschaftskapitänsmütze');
    expect(f?.size).toBeLessThan(62);
  });
});
