// card.png: the headline as large as it fits, then "Source · date".
import { BODY_HEIGHT, BODY_WIDTH, MUTED, PAD, frame } from './cardStyle.js';
import type { ArticleCard } from './cardTypes.js';
import { box, type CardElement } from './element.js';
import type { Fit, FitRequest } from './fitText.js';

const TOP = 44;
const META = 34;
const GAP = 28;
const BOTTOM = 40;

export function articleFits(card: ArticleCard): FitRequest[] {
  const metaRoom = card.meta ? META * 1.3 + GAP : 0;
  return [{ text: card.headline, width: BODY_WIDTH, height: BODY_HEIGHT - TOP - BOTTOM - metaRoom, sizes: [84, 76, 68, 62, 56, 50, 44, 40], weight: 700, lineHeight: 1.15 }];
}

export function articleElement(card: ArticleCard, [headline]: Fit[], fontFamily: string): CardElement {
  const fit = headline ?? { size: 44, text: card.headline, breakWords: false };
  const body = box({ flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, paddingTop: TOP, paddingBottom: BOTTOM, paddingLeft: PAD, paddingRight: PAD }, [
    box({ width: BODY_WIDTH, fontSize: fit.size, fontWeight: 700, lineHeight: 1.15, ...(fit.breakWords ? { wordBreak: 'break-word' } : {}) }, fit.text),
    box({ fontSize: META, color: MUTED, lineHeight: 1.3 }, card.meta),
  ]);
  return frame(card.brand, card.dir, fontFamily, body);
}
