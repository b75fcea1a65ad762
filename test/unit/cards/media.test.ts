import { describe, expect, it } from 'vitest';
import type { CardSpec } from '../../../src/cards/cardTypes.js';
import { attachMedia } from '../../../src/cards/media.js';
import type { Thread } from '../../../src/types.js';

const brand = { name: 'The Brief', color: '#1a56db' };
const card: CardSpec = { kind: 'article', path: 'card.png', alt: 'Ferry line funded — The Island Times', lang: 'en', dir: 'ltr', brand, headline: 'Ferry line funded', meta: '' };
const quote: CardSpec = { kind: 'quote', path: 'quote-card.png', alt: '“We will build it before the winter” — Anna Virtanen', lang: 'en', dir: 'ltr', brand, text: 'We will build it before the winter comes', speaker: 'Anna Virtanen', meta: '' };
const post = (index: number, text: string) => ({ index, role: 'body' as const, text, length: text.length, limit: 280, ok: true });
const thread: Thread = { platform: 'x', limit: 280, counting: '', posts: [post(1, 'Ferry line funded'), post(2, 'The council voted on Monday.'), post(3, '“We will build it before the\nwinter comes,” said Anna Virtanen.')] };

describe('which post carries which card', () => {
  it('puts card.png on the first post and the quote card on the post that quotes it', () => {
    const media = attachMedia([thread], [card, quote]);
    expect(media.x).toEqual([[{ path: 'card.png', alt: card.alt }], [], [{ path: 'quote-card.png', alt: quote.alt }]]);
  });

  it('attaches the quote card to no post when none quotes it', () => {
    const media = attachMedia([{ ...thread, posts: thread.posts.slice(0, 2) }], [card, quote]);
    expect(media.x).toEqual([[{ path: 'card.png', alt: card.alt }], []]);
  });

  it('gives every post an empty list without cards', () => {
    expect(attachMedia([thread], []).x).toEqual([[], [], []]);
  });
});
