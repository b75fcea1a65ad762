// What a card shows, decided before anything is drawn (planCards.ts) so that the email, thread.json
// and schedule.csv can name a card before it is rendered alongside the email.
export interface CardBrand {
  /** The newsletter's name. */
  name: string;
  /** Hex colour (newsletter.brandColor). */
  color: string;
  /** The logo as a data: URI with its size, when cards.logo is set. */
  logo?: { src: string; width: number; height: number };
}

interface CardBase {
  /** File name in the edition folder: card.png, quote-card.png. */
  path: string;
  /** Alt text for posts: "<headline> — <source>". */
  alt: string;
  /** BCP 47 language of the text (picks CJK glyph forms and the default direction). */
  lang: string;
  dir: 'ltr' | 'rtl';
  brand: CardBrand;
}

export interface ArticleCard extends CardBase {
  kind: 'article';
  headline: string;
  /** "Source · date", or "" when neither is known. */
  meta: string;
}

export interface QuoteCard extends CardBase {
  kind: 'quote';
  text: string;
  speaker: string;
  role?: string;
  /** The article the quote comes from: "Headline · Source". */
  meta: string;
}

export interface CoverCard extends CardBase {
  kind: 'cover';
  /** "Edition 12" or "" without an edition number. */
  edition: string;
  /** The period, e.g. "23 – 29 November 2026". */
  period: string;
  headlines: string[];
}

export type CardSpec = ArticleCard | QuoteCard | CoverCard;

/** An image attached to a post (thread.json `media`). */
export interface PostMedia {
  path: string;
  alt: string;
}

/** All the text a card draws (which fonts it needs). */
export function cardText(card: CardSpec): string {
  const common = [card.brand.name];
  if (card.kind === 'article') return [...common, card.headline, card.meta].join('\n');
  if (card.kind === 'quote') return [...common, card.text, card.speaker, card.role ?? '', card.meta, '“”—'].join('\n');
  return [...common, card.edition, card.period, ...card.headlines, '•'].join('\n');
}
