// quote-card.png: the quote as large as it fits, the speaker with their role, and where it is from.
import { BODY_HEIGHT, BODY_WIDTH, MUTED, PAD, accent, frame } from './cardStyle.js';
import type { QuoteCard } from './cardTypes.js';
import { box, type CardElement } from './element.js';
import type { Fit, FitRequest } from './fitText.js';

const TOP = 36;
const MARK = 96;
const SPEAKER = 32;
const META = 24;
const BOTTOM = 32;
const TEXT_WIDTH = BODY_WIDTH - MARK;

export function quoteFits(card: QuoteCard): FitRequest[] {
  const below = SPEAKER * 1.3 * 2 + 16 + META * 1.3 + 12;
  return [
    { text: card.text, width: TEXT_WIDTH, height: BODY_HEIGHT - TOP - BOTTOM - below, sizes: [56, 50, 46, 42, 38, 34, 30], weight: 400, lineHeight: 1.25 },
    { text: card.role ? `${card.speaker}, ${card.role}` : card.speaker, width: TEXT_WIDTH, height: SPEAKER * 1.3 * 2, sizes: [SPEAKER, 28, 24], weight: 700, lineHeight: 1.3 },
    { text: card.meta, width: TEXT_WIDTH, height: META * 1.3, sizes: [META, 22, 20], weight: 400, lineHeight: 1.3 },
  ];
}

export function quoteElement(card: QuoteCard, [quote, speaker, meta]: Fit[], fontFamily: string): CardElement {
  const text = (fit: Fit | undefined, fallback: string) => fit ?? { size: 30, text: fallback, breakWords: false };
  const q = text(quote, card.text);
  const s = text(speaker, card.speaker);
  const m = text(meta, card.meta);
  // The mark is drawn large in the brand colour as a sign of the card, not as part of the quote.
  const body = box({ flexGrow: 1, paddingTop: TOP, paddingBottom: BOTTOM, paddingLeft: PAD, paddingRight: PAD }, [
    box({ width: MARK, fontSize: 150, fontWeight: 700, lineHeight: 1, color: accent(card.brand.color), flexShrink: 0 }, card.dir === 'rtl' ? '”' : '“'),
    box({ flexDirection: 'column', width: TEXT_WIDTH, justifyContent: 'space-between' }, [
      box({ width: TEXT_WIDTH, fontSize: q.size, lineHeight: 1.25, ...(q.breakWords ? { wordBreak: 'break-word' } : {}) }, q.text),
      box({ flexDirection: 'column' }, [
        box({ width: TEXT_WIDTH, fontSize: s.size, fontWeight: 700, lineHeight: 1.3, marginBottom: 16 }, `— ${s.text}`),
        box({ width: TEXT_WIDTH, fontSize: m.size, color: MUTED, lineHeight: 1.3 }, m.text),
      ]),
    ]),
  ]);
  return frame(card.brand, card.dir, fontFamily, body);
}
