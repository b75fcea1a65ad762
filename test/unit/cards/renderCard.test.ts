// The cards as a reader sees them: valid 1200×630 PNGs that look like the golden cards (within a
// tolerance: anti-aliasing may differ between machines), text drawn as text, every script drawn.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCardContext, type CardContext } from '../../../src/cards/cardContext.js';
import type { CardSpec } from '../../../src/cards/cardTypes.js';
import { planArticleCards } from '../../../src/cards/planCards.js';
import { renderCard } from '../../../src/cards/renderCard.js';
import { DEFAULT_CONFIG } from '../../../src/config/defaults.js';
import { decode, diffRatio, hasTesseract, ink, ocr, pngHeader, words } from '../../helpers/png.js';
import { FIXTURES } from '../../helpers/paths.js';
import { seedEdition } from '../../helpers/seedEdition.js';

const GOLDEN = path.join(FIXTURES, 'golden/cards');
const brand = { name: 'The Brief', color: '#1a56db' };
const SYSTEM = ['/usr/share/fonts'];
const hasCjk = existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc');
const hasNotoCore = existsSync('/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf');
const article = (headline: string, extra: Partial<CardSpec> = {}): CardSpec => ({ kind: 'article', path: 'card.png', alt: '', lang: 'en', dir: 'ltr', brand, headline, meta: 'The Island Times · 1 December 2026', ...extra }) as CardSpec;

async function seedCards(): Promise<CardSpec[]> {
  const context = (await loadCardContext(DEFAULT_CONFIG, { cwd: process.cwd(), env: {} })) as CardContext;
  return planArticleCards(await seedEdition(), { ...context, fontDirs: SYSTEM }).cards;
}

/** Compares with the golden PNG (UPDATE_GOLDEN=1 rewrites it): under 1% of pixels may differ. */
function expectGolden(name: string, png: Uint8Array) {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, png);
  }
  expect(diffRatio(decode(png), decode(readFileSync(file)))).toBeLessThan(0.01);
}

describe('card.png and quote-card.png of the seed', () => {
  it('are valid 1200×630 PNGs that match the golden cards', async () => {
    for (const card of await seedCards()) {
      const { png, warnings } = await renderCard(card, SYSTEM);
      expect(pngHeader(png)).toMatchObject({ width: 1200, height: 630, bitDepth: 8 });
      const image = decode(png); // pngjs checks every chunk's CRC and the compressed data
      expect([image.width, image.height]).toEqual([1200, 630]);
      expect(warnings).toEqual([]);
      expectGolden(card.path, png);
    }
  });

  it('gives the same bytes for the same card', async () => {
    const [card] = await seedCards();
    const a = await renderCard(card as CardSpec, SYSTEM);
    const b = await renderCard(card as CardSpec, SYSTEM);
    expect(Buffer.from(a.png).equals(Buffer.from(b.png))).toBe(true);
  });

  it.skipIf(!hasTesseract())('reads back the headline, the source and the quote with OCR (tesseract)', async () => {
    const [card, quote] = await seedCards();
    const text = words(ocr((await renderCard(card as CardSpec, SYSTEM)).png));
    // (The newsletter's name, white on the brand colour, is not read by tesseract; the rest is.)
    for (const word of words('Putin, top Trump aide see hope of better ties in Kremlin talks Bloomberg')) expect(text).toContain(word);
    const quoted = words(ocr((await renderCard(quote as CardSpec, SYSTEM)).png));
    for (const word of words('Your visit to Moscow gives us hope — Vladimir Putin, Russian President')) expect(quoted).toContain(word);
  });
  it.runIf(!hasTesseract())('OCR read-back skipped: tesseract is not installed (apt-get install -y tesseract-ocr; CI installs it)', () => {});
});

describe('card text', () => {
  it.skipIf(!hasTesseract())('draws a <script> headline as characters', async () => {
    const { png } = await renderCard(article('<script>alert(1)</script> Ferry line funded'), SYSTEM);
    expect(ocr(png)).toMatch(/<script>\s*alert\(1\)\s*<\/script>/);
  });
});

describe('scripts other than Latin', () => {
  it.skipIf(!hasCjk)('draws Chinese, Japanese and Korean with glyphs, not blanks or boxes', async () => {
    const headline = '東京で新しいフェリー航路が開通 서울 시의회 新航线开通';
    const drawn = await renderCard(article(headline, { lang: 'ja' }), SYSTEM);
    const without = await renderCard(article(headline, { lang: 'ja' }), []);
    expect(drawn.warnings).toEqual([]);
    expect(ink(decode(drawn.png), { x: 64, y: 140, width: 1072, height: 300 }).pixels).toBeGreaterThan(20000);
    // Without the font every character is the same "no glyph" box: the two cards differ, and the
    // one without is never silent about it.
    expect(diffRatio(decode(drawn.png), decode(without.png))).toBeGreaterThan(0.03);
    expect(without.warnings.join()).toMatch(/no font for .*fonts-noto-cjk/);
  });

  it.skipIf(!hasNotoCore)('draws Arabic from right to left, and Hebrew and Devanagari with glyphs', async () => {
    const arabic = decode((await renderCard(article('خط العبارة', { lang: 'ar', dir: 'rtl', meta: '' }), SYSTEM)).png);
    const line = ink(arabic, { x: 0, y: 140, width: 1200, height: 120 });
    expect(line.right).toBeGreaterThan(1100); // starts at the right margin
    expect(line.left).toBeGreaterThan(200); // and ends before the left one
    for (const [headline, lang] of [['המועצה אישרה את קו המעבורת', 'he'], ['परिषद ने नौका लाइन को मंज़ूरी दी', 'hi']] as const) {
      const { png, warnings } = await renderCard(article(headline, { lang, dir: lang === 'he' ? 'rtl' : 'ltr', meta: '' }), SYSTEM);
      expect(warnings).toEqual([]);
      expect(ink(decode(png), { x: 0, y: 140, width: 1200, height: 300 }).pixels).toBeGreaterThan(5000);
    }
  });

  it('draws Cyrillic and Greek with the bundled font, without system fonts', async () => {
    const { png, warnings } = await renderCard(article('Совет одобрил паромную линию · Το συμβούλιο ενέκρινε τη γραμμή'), []);
    expect(warnings).toEqual([]);
    expect(ink(decode(png), { x: 64, y: 140, width: 1072, height: 300 }).pixels).toBeGreaterThan(20000);
  });
});
