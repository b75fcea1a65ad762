// The weekly edition's card.png, a cover: the period, then the top headlines, the edition number
// in the masthead.
import { BODY_HEIGHT, BODY_WIDTH, PAD, accent, frame } from './cardStyle.js';
import type { CoverCard } from './cardTypes.js';
import { box, type CardElement } from './element.js';
import type { Fit, FitRequest } from './fitText.js';

const TOP = 40;
const PERIOD = 44;
const GAP = 28;
const BOTTOM = 36;
const BULLET = 44;
const ROW_GAP = 18;

export function coverFits(card: CoverCard): FitRequest[] {
  const n = Math.max(1, card.headlines.length);
  const room = BODY_HEIGHT - TOP - BOTTOM - (card.period ? PERIOD * 1.2 + GAP : 0) - ROW_GAP * (n - 1);
  return card.headlines.map((text) => ({ text, width: BODY_WIDTH - BULLET, height: room / n, sizes: [40, 36, 32, 28, 26], weight: 700, lineHeight: 1.2 }));
}

export function coverElement(card: CoverCard, fits: Fit[], fontFamily: string): CardElement {
  // One size for every headline (the smallest any of them needed), so the list reads evenly.
  const size = Math.min(40, ...fits.map((f) => f.size));
  const rows = fits.map((fit) =>
    box({ marginBottom: ROW_GAP }, [
      box({ width: BULLET, flexShrink: 0, fontSize: size, fontWeight: 700, lineHeight: 1.2, color: accent(card.brand.color) }, '•'),
      box({ width: BODY_WIDTH - BULLET, fontSize: size, fontWeight: 700, lineHeight: 1.2, ...(fit.breakWords ? { wordBreak: 'break-word' } : {}) }, fit.text),
    ]),
  );
  const body = box({ flexDirection: 'column', flexGrow: 1, paddingTop: TOP, paddingBottom: BOTTOM, paddingLeft: PAD, paddingRight: PAD }, [
    ...(card.period ? [box({ fontSize: PERIOD, fontWeight: 700, lineHeight: 1.2, marginBottom: GAP, color: accent(card.brand.color) }, card.period)] : []),
    ...rows,
  ]);
  return frame(card.brand, card.dir, fontFamily, body, card.edition);
}
