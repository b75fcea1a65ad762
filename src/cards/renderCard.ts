// One card, in this thread: fonts for its text -> sizes that fit (fitText) -> satori (element
// objects to SVG, text as paths) -> resvg (SVG to PNG). satori and resvg are loaded on first use.
import { createRequire } from 'node:module';
import type * as Resvg from '@resvg/resvg-js';
import type Satori from 'satori';
import { articleElement, articleFits } from './articleCard.js';
import { cardFonts } from './cardFonts.js';
import { HEIGHT, WIDTH } from './cardStyle.js';
import { cardText, type CardSpec } from './cardTypes.js';
import { coverElement, coverFits } from './coverCard.js';
import type { CardElement } from './element.js';
import { fitTexts, type Layout } from './fitText.js';
import { quoteElement, quoteFits } from './quoteCard.js';

export interface RenderedCard {
  path: string;
  png: Uint8Array;
  warnings: string[];
}

// satori's CommonJS build loads in half the time of its ES module build (measured: ~90 vs ~190 ms
// of CPU), and both libraries are needed only here: required on first use.
const require = createRequire(import.meta.url);
let libraries: { satori: typeof Satori; renderAsync: typeof Resvg.renderAsync } | undefined;
function load() {
  libraries ??= { satori: (require('satori') as { default: typeof Satori }).default, renderAsync: (require('@resvg/resvg-js') as typeof Resvg).renderAsync };
  return libraries;
}

export async function renderCard(card: CardSpec, fontDirs: string[]): Promise<RenderedCard> {
  const { satori, renderAsync } = load();
  const fonts = cardFonts(cardText(card), card.lang, fontDirs);
  const fontFamily = fonts[0]?.name ?? 'Inter latin';
  // Text satori finds no font for would be left blank: it is collected and reported instead.
  const undrawn = new Set<string>();
  const loadAdditionalAsset = async (code: string, segment: string) => {
    if (code !== 'emoji' && segment.trim()) undrawn.add(segment.trim());
    return [];
  };
  type Node = Parameters<typeof satori>[0];
  // Measuring needs the layout only: no glyph paths (embedFont false) is several times faster.
  const layout: Layout = (element, options) => satori(element as unknown as Node, { ...options, embedFont: false, loadAdditionalAsset });
  const fitOptions = { layout, fonts, style: { fontFamily, direction: card.dir }, lang: card.lang };
  let element: CardElement;
  if (card.kind === 'article') element = articleElement(card, await fitTexts(articleFits(card), fitOptions), fontFamily);
  else if (card.kind === 'quote') element = quoteElement(card, await fitTexts(quoteFits(card), fitOptions), fontFamily);
  else element = coverElement(card, await fitTexts(coverFits(card), fitOptions), fontFamily);
  undrawn.clear(); // the measuring passes see the same text: report what the drawn card misses
  const svg = await satori(element as unknown as Node, { width: WIDTH, height: HEIGHT, fonts, loadAdditionalAsset });
  // The SVG holds no <text> (satori draws glyphs as paths), so resvg needs no fonts at all.
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false }, logLevel: 'off' });
  const warnings = undrawn.size ? [`${card.path}: no font for ${[...undrawn].map((s) => JSON.stringify(s.slice(0, 20))).join(', ')}: left blank on the card (install Debian's fonts-noto-core and fonts-noto-cjk, or set CRIER_FONT_DIRS)`] : [];
  return { path: card.path, png: new Uint8Array(image.asPng()), warnings };
}
