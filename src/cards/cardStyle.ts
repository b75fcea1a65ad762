// The look shared by every card: 1200×630 (the link-card size of X, LinkedIn, Bluesky and
// Mastodon), a masthead band in the brand colour with the newsletter's name (as in the email),
// dark text on white below it, and a thin brand-coloured rule at the bottom.
import type { CardBrand } from './cardTypes.js';
import { box, image, type CardChild, type CardElement } from './element.js';

export const WIDTH = 1200;
export const HEIGHT = 630;
export const PAD = 64;
export const BAND = 110;
export const RULE = 12;
export const INK = '#111827';
export const MUTED = '#4b5563';

function luminance(hex: string): number {
  const full = hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3') : hex;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** White on the brand colour, unless the colour is too light for it (WCAG contrast under 3). */
export function onBrand(color: string): string {
  return 1.05 / (luminance(color) + 0.05) >= 3 ? '#ffffff' : INK;
}

/** The brand colour for marks on white, or ink when the colour is too light to read there. */
export function accent(color: string): string {
  return onBrand(color) === '#ffffff' ? color : INK;
}

/** The masthead band: logo and name at the start, an optional label (edition number) at the end. */
export function masthead(brand: CardBrand, end = ''): CardElement {
  const ink = onBrand(brand.color);
  const start: CardChild[] = [];
  if (brand.logo) start.push(box({ marginInlineEnd: 20, marginRight: 20 }, image(brand.logo.src, brand.logo.width, brand.logo.height)));
  start.push(box({ fontSize: 36, fontWeight: 700, color: ink }, brand.name));
  return box({ height: BAND, paddingLeft: PAD, paddingRight: PAD, backgroundColor: brand.color, alignItems: 'center', justifyContent: 'space-between', flexShrink: 0 }, [
    box({ alignItems: 'center' }, start),
    box({ fontSize: 30, color: ink }, end),
  ]);
}

/** The whole card: masthead, body, bottom rule. */
export function frame(brand: CardBrand, dir: 'ltr' | 'rtl', fontFamily: string, body: CardElement, end = ''): CardElement {
  return box({ width: WIDTH, height: HEIGHT, flexDirection: 'column', backgroundColor: '#ffffff', color: INK, fontFamily, direction: dir }, [
    masthead(brand, end),
    body,
    box({ height: RULE, backgroundColor: brand.color, flexShrink: 0 }),
  ]);
}

/** Room for the body between the masthead and the rule. */
export const BODY_HEIGHT = HEIGHT - BAND - RULE;
export const BODY_WIDTH = WIDTH - 2 * PAD;
